/**
 * The survey macro (`survey-macro`): loads `survey/getState` for the campaign chosen in the macro config and shows
 * the state the person is in — not set up, not open yet, not in the audience, binding refused, or the tabs they may
 * use (SurveyTabs). Once the campaign is closed its customers also find the weighing of the improvement actions
 * here, above their answers (a lazy chunk: most visits to a survey never need it). A composition root: it brings
 * the survey, weighing, proxy and participation features together.
 */
import { lazy, Suspense, useState } from 'react';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives/compiled';
import type { SurveyStateView } from '@shared/contract/survey';
import { describeError } from '../../api/errors';
import { useCall } from '../../api/use-call';
import { useI18n } from '../../app/i18n';
import { formatDay } from '../../components/dates';
import { ErrorState, Loading } from '../../components/states';
import { NamingNotice, SurveyHeader } from '../../features/survey/Header';
import { SurveyTabs } from './SurveyTabs';

const WeighingStep = lazy(() => import('../../features/weighing/WeighingStep'));

export default function SurveyView({
  campaignId,
  accountId,
}: {
  campaignId: string | undefined;
  accountId: string | undefined;
}) {
  const { t } = useI18n();
  if (!campaignId) {
    return (
      <SectionMessage appearance="information" headingLevel="h1" title={t('ui.survey.notConfigured.title')}>
        <p>{t('ui.survey.notConfigured.body')}</p>
      </SectionMessage>
    );
  }
  return <BoundSurvey campaignId={campaignId} accountId={accountId} />;
}

function BoundSurvey({ campaignId, accountId }: { campaignId: string; accountId: string | undefined }) {
  const { t } = useI18n();
  const { state, retry } = useCall('survey/getState', { campaignId });
  const [conflict, setConflict] = useState(false);
  if (state.status === 'loading') return <Loading label={t('ui.survey.loading')} />;
  if (state.status === 'error') {
    const { error } = state;
    if (error.code === 'FORBIDDEN') {
      return (
        <SectionMessage appearance="warning" headingLevel="h1" title={t('ui.survey.refused.title')}>
          <Stack space="space.100">
            <p data-error-code={error.code}>{describeError(error, t)}</p>
            <p>{t('ui.survey.refused.help')}</p>
          </Stack>
        </SectionMessage>
      );
    }
    if (error.code === 'NOT_FOUND' || error.code === 'INVALID_PAYLOAD') {
      return (
        <SectionMessage appearance="warning" headingLevel="h1" title={t('ui.survey.missing.title')}>
          <p data-error-code={error.code}>{t('ui.survey.missing.body')}</p>
        </SectionMessage>
      );
    }
    return <ErrorState error={error} onRetry={retry} />;
  }
  return (
    <Survey
      view={state.data}
      accountId={accountId}
      conflict={conflict}
      onDismissConflict={() => setConflict(false)}
      onConflict={() => {
        setConflict(true);
        retry();
      }}
    />
  );
}

function Survey({
  view,
  accountId,
  conflict,
  onConflict,
  onDismissConflict,
}: {
  view: SurveyStateView;
  accountId: string | undefined;
  conflict: boolean;
  onConflict: () => void;
  onDismissConflict: () => void;
}) {
  const { t, locale } = useI18n();
  const { campaign } = view;
  return (
    <Stack space="space.300">
      <SurveyHeader campaign={campaign} />
      {conflict ? <ConflictNotice onDismiss={onDismissConflict} /> : null}
      {campaign.status === 'draft' || campaign.status === 'scheduled' ? (
        <SectionMessage appearance="information" headingLevel="h2" title={t('ui.survey.notOpen.title')}>
          <p>{t('ui.survey.notOpen.body', { date: formatDay(campaign.opensOn, locale) })}</p>
        </SectionMessage>
      ) : (
        <>
          {campaign.status === 'closed' && view.me.eligibility !== 'not-in-audience' ? (
            <Suspense fallback={<Loading label={t('ui.weighing.loading')} />}>
              <WeighingStep campaignId={campaign.id} />
            </Suspense>
          ) : null}
          {/* About the answers below, not the weighing above (kept without names in every campaign). */}
          <NamingNotice campaign={campaign} isTeam={view.me.isTeam} />
          <SurveyTabs view={view} accountId={accountId} onConflict={onConflict} />
        </>
      )}
    </Stack>
  );
}

function ConflictNotice({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <SectionMessage
      appearance="warning"
      headingLevel="h2"
      title={t('ui.survey.conflict.title')}
      actions={
        <SectionMessageAction onClick={onDismiss}>{t('ui.survey.conflict.dismiss')}</SectionMessageAction>
      }
    >
      <p>{t('ui.survey.conflict.body')}</p>
    </SectionMessage>
  );
}
