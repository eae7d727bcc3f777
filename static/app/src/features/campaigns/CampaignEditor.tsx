/**
 * One campaign: loads it (`campaigns/get`), or for a new one the model it will use (`model/get`), and hands it to
 * the form. "Reload" after a conflict loads it again from scratch.
 */
import { useState } from 'react';
import { Stack } from '@atlaskit/primitives/compiled';
import type { AppError } from '@shared/result';
import { useCall } from '../../api/use-call';
import { useI18n } from '../../app/i18n';
import { ErrorState, Loading } from '../../components/states';
import { draftOf, newCampaignDraft } from './campaign-draft';
import { BackButton } from './CampaignHeader';
import { CampaignForm, type EditorProps } from './CampaignForm';

export function CampaignEditor({ campaignId, ...props }: EditorProps & { campaignId: string | null }) {
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);
  return campaignId ? (
    <ExistingCampaign key={reloads} campaignId={campaignId} onReload={reload} {...props} />
  ) : (
    <NewCampaign {...props} onReload={reload} />
  );
}

function LoadFailed({
  error,
  onRetry,
  onBack,
}: {
  error: AppError;
  onRetry: () => void;
  onBack: () => void;
}) {
  return (
    <Stack space="space.200">
      <BackButton onBack={onBack} />
      <ErrorState error={error} onRetry={onRetry} />
    </Stack>
  );
}

function ExistingCampaign({
  campaignId,
  ...props
}: EditorProps & { campaignId: string; onReload: () => void }) {
  const { t } = useI18n();
  const { state, retry } = useCall('campaigns/get', { campaignId });
  if (state.status === 'loading') return <Loading label={t('ui.admin.campaign.loading')} />;
  if (state.status === 'error')
    return <LoadFailed error={state.error} onRetry={retry} onBack={props.onBack} />;
  return <CampaignForm initial={state.data} initialDraft={draftOf(state.data)} {...props} />;
}

function NewCampaign(props: EditorProps & { onReload: () => void }) {
  const { t } = useI18n();
  const { state, retry } = useCall('model/get', {});
  if (state.status === 'loading') return <Loading label={t('ui.admin.campaign.loading')} />;
  if (state.status === 'error')
    return <LoadFailed error={state.error} onRetry={retry} onBack={props.onBack} />;
  return <CampaignForm initial={null} initialDraft={newCampaignDraft(state.data.model.id)} {...props} />;
}
