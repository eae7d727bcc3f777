/** The admin page's Results tab: a closed campaign to look at (the latest by default), and its report. */
import { lazy, Suspense } from 'react';
import { useI18n } from '../../app/i18n';
import { ClosedCampaignPicker } from '../../components/ClosedCampaignPicker';
import { Loading } from '../../components/states';

const ResultsPanel = lazy(() => import('./ResultsPanel'));

export function ResultsTab({
  campaignId,
  onChoose,
}: {
  campaignId: string | null;
  onChoose: (campaignId: string) => void;
}) {
  const { t } = useI18n();
  return (
    <ClosedCampaignPicker
      inputId="results-campaign"
      label={t('ui.results.campaign')}
      loadingLabel={t('ui.results.loading')}
      emptyText={t('ui.results.noClosedCampaigns')}
      campaignId={campaignId}
      onChoose={onChoose}
      className="results-no-print"
    >
      {(selected) => (
        <Suspense fallback={<Loading label={t('ui.results.loading')} />}>
          <ResultsPanel key={selected} campaignId={selected} />
        </Suspense>
      )}
    </ClosedCampaignPicker>
  );
}
