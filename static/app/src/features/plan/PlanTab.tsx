/** The admin page's Plan tab: a closed campaign (the latest by default, or the one chosen in the list) and its plan. */
import { lazy, Suspense } from 'react';
import { useI18n } from '../../app/i18n';
import { ClosedCampaignPicker } from '../../components/ClosedCampaignPicker';
import { Loading } from '../../components/states';

const PlanPanel = lazy(() => import('./PlanPanel'));

export function PlanTab({
  campaignId,
  onChoose,
  isAdmin,
}: {
  campaignId: string | null;
  onChoose: (campaignId: string) => void;
  isAdmin: boolean;
}) {
  const { t } = useI18n();
  return (
    <ClosedCampaignPicker
      inputId="plan-campaign"
      label={t('ui.plan.campaign')}
      loadingLabel={t('ui.plan.loading')}
      emptyText={t('ui.plan.noClosedCampaigns')}
      campaignId={campaignId}
      onChoose={onChoose}
    >
      {(selected) => (
        <Suspense fallback={<Loading label={t('ui.plan.loading')} />}>
          <PlanPanel key={selected} campaignId={selected} isAdmin={isAdmin} />
        </Suspense>
      )}
    </ClosedCampaignPicker>
  );
}
