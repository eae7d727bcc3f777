/**
 * Loads one campaign's plan and shows the board, or why there is none: the campaign is not closed yet or not this
 * reader's (information, with the server's reason), or a failure with a retry.
 */
import SectionMessage from '@atlaskit/section-message';
import { describeError } from '../../api/errors';
import { useI18n } from '../../app/i18n';
import { ErrorState, Loading } from '../../components/states';
import { PlanBoard } from './PlanBoard';
import { usePlanLoad } from './use-plan-load';

/** Failures that describe the campaign, not a fault: said as information, without a retry. */
const EXPECTED = new Set(['plan.notClosed', 'campaign.missing']);

export default function PlanPanel({ campaignId, isAdmin }: { campaignId: string; isAdmin: boolean }) {
  const { t } = useI18n();
  const { load, reload } = usePlanLoad(campaignId);
  if (load.status === 'loading') return <Loading label={t('ui.plan.loading')} />;
  if (load.status === 'error') {
    const { error } = load;
    if (EXPECTED.has(error.reason ?? '')) {
      return (
        <SectionMessage appearance="information" title={t('ui.plan.unavailableTitle')} headingLevel="h2">
          <p data-error-code={error.code}>{describeError(error, t)}</p>
        </SectionMessage>
      );
    }
    return <ErrorState error={error} message={describeError(error, t)} onRetry={reload} />;
  }
  return <PlanBoard plan={load.plan} model={load.model} isAdmin={isAdmin} onReload={reload} />;
}
