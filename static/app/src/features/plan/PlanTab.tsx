/** The admin page's Plan tab: a closed campaign (the latest by default, or the one chosen in the list) and its plan. */
import { lazy, Suspense, useId } from 'react';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useCall } from '../../api/use-call';
import { useI18n } from '../../app/i18n';
import { LazyPicker } from '../../components/LazyPicker';
import { ErrorState, Loading } from '../../components/states';
import { localized } from '../../components/text';

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
  const { t, locale } = useI18n();
  const labelId = useId();
  const { state, retry } = useCall('campaigns/list', {});
  if (state.status === 'loading') return <Loading label={t('ui.plan.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  const closed = state.data
    .filter((c) => c.status === 'closed')
    .sort((a, b) => (b.closedOn ?? b.closesOn).localeCompare(a.closedOn ?? a.closesOn));
  if (closed.length === 0) {
    return (
      <Text as="p" color="color.text.subtle">
        {t('ui.plan.noClosedCampaigns')}
      </Text>
    );
  }
  const selected = closed.find((c) => c.id === campaignId)?.id ?? closed[0]!.id;
  return (
    <Stack space="space.300">
      <div style={{ maxWidth: '28rem' }}>
        <label id={labelId} htmlFor="plan-campaign">
          <Text weight="medium">{t('ui.plan.campaign')}</Text>
        </label>
        <LazyPicker
          inputId="plan-campaign"
          labelId={labelId}
          options={closed.map((c) => ({ value: c.id, label: `${localized(c.name, locale)} (${c.period})` }))}
          value={selected}
          onChange={(id) => id && onChoose(id)}
        />
      </div>
      <Suspense fallback={<Loading label={t('ui.plan.loading')} />}>
        <PlanPanel key={selected} campaignId={selected} isAdmin={isAdmin} />
      </Suspense>
    </Stack>
  );
}
