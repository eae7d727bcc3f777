/**
 * The Evaluation model tab: admins edit the model (ModelEditor); other roles see it read-only. Both list the
 * model's versions with the campaigns that use them.
 */
import { useState } from 'react';
import { Stack } from '@atlaskit/primitives/compiled';
import { useCall } from '../../api/use-call';
import { useI18n } from '../../app/i18n';
import { ErrorState, Loading } from '../../components/states';
import { ModelEditor } from './ModelEditor';
import { ModelOutline } from './ModelOutline';
import { ModelVersions, useCampaignNames } from '../../components/ModelVersions';

export function ModelTab({ canEdit }: { canEdit: boolean }) {
  const [reloads, setReloads] = useState(0);
  return <ModelLoader key={reloads} canEdit={canEdit} onReload={() => setReloads((n) => n + 1)} />;
}

function ModelLoader({ canEdit, onReload }: { canEdit: boolean; onReload: () => void }) {
  const { t } = useI18n();
  const { state, retry } = useCall('model/get', {});
  const campaignName = useCampaignNames();
  if (state.status === 'loading') return <Loading label={t('ui.admin.model.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  return (
    <Stack space="space.400">
      {canEdit ? (
        <ModelEditor initial={state.data} onReload={onReload} />
      ) : (
        <ModelOutline model={state.data.model} />
      )}
      <ModelVersions
        id="model-versions"
        current={state.data.model.version}
        versions={state.data.versions}
        campaignName={campaignName}
      />
    </Stack>
  );
}
