/**
 * Loads one campaign's results and shows the report, or why there is none for this reader: not closed yet, not
 * shared with them (an information message, not an error), or a failure with a retry.
 */
import SectionMessage from '@atlaskit/section-message';
import { useCall } from '../../api/use-call';
import { describeError } from '../../api/errors';
import { useI18n } from '../../app/i18n';
import { ErrorState, Loading } from '../../components/states';
import { ResultsReport } from './ResultsReport';

const EXPECTED = new Set(['results.notClosed', 'results.notShared', 'results.preparing']);

export default function ResultsPanel({ campaignId }: { campaignId: string }) {
  const { t } = useI18n();
  const { state, retry } = useCall('results/get', { campaignId });
  if (state.status === 'loading') return <Loading label={t('ui.results.loading')} />;
  if (state.status === 'error') {
    if (EXPECTED.has(state.error.reason ?? '')) {
      return (
        <SectionMessage appearance="information" title={t('ui.results.unavailableTitle')} headingLevel="h2">
          <p>{describeError(state.error, t)}</p>
        </SectionMessage>
      );
    }
    return <ErrorState error={state.error} onRetry={retry} />;
  }
  return <ResultsReport view={state.data} />;
}
