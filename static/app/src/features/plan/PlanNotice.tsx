/** The plan's notice: the shared ones, or the report of an issue creation (created, failed, still pending). */
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives/compiled';
import { useI18n } from '../../app/i18n';
import { NoticeBanner, NoticeMessage } from '../../components/NoticeBanner';
import type { Notice } from './plan-reducer';

export function PlanNotice({ notice, onReload }: { notice: Notice; onReload: () => void }) {
  return (
    <NoticeBanner notice={notice}>
      {notice.kind === 'report' ? (
        <CreationReport report={notice} />
      ) : (
        <NoticeMessage notice={notice} onReload={onReload} />
      )}
    </NoticeBanner>
  );
}

function CreationReport({ report }: { report: Extract<Notice, { kind: 'report' }> }) {
  const { t } = useI18n();
  const clean = report.failed === 0 && report.pending === 0;
  return (
    <SectionMessage
      appearance={clean ? 'success' : 'warning'}
      title={t('ui.plan.create.reportTitle')}
      headingLevel="h3"
    >
      <Stack space="space.100">
        <p role="status" data-report="">
          {[
            t('ui.plan.create.created', { count: report.created }),
            t('ui.plan.create.failed', { count: report.failed }),
            t('ui.plan.create.pending', { count: report.pending }),
          ].join(' · ')}
        </p>
        {report.failed > 0 ? <p>{t('ui.plan.create.reportFailed')}</p> : null}
        {report.pending > 0 ? <p>{t('ui.plan.create.reportPending')}</p> : null}
      </Stack>
    </SectionMessage>
  );
}
