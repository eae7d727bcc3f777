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
import { ModelOutline, Versions } from './ModelOutline';
import { localized } from '../../components/text';

export function ModelTab({ canEdit }: { canEdit: boolean }) {
  const [reloads, setReloads] = useState(0);
  return <ModelLoader key={reloads} canEdit={canEdit} onReload={() => setReloads((n) => n + 1)} />;
}

function ModelLoader({ canEdit, onReload }: { canEdit: boolean; onReload: () => void }) {
  const { t, locale } = useI18n();
  const { state, retry } = useCall('model/get', {});
  const campaigns = useCall('campaigns/list', {});
  if (state.status === 'loading') return <Loading label={t('ui.admin.model.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  const names = new Map(
    campaigns.state.status === 'ready'
      ? campaigns.state.data.map((c) => [c.id, localized(c.name, locale)] as const)
      : [],
  );
  return (
    <Stack space="space.400">
      {canEdit ? (
        <ModelEditor initial={state.data} onReload={onReload} />
      ) : (
        <ModelOutline model={state.data.model} />
      )}
      <Versions view={state.data} campaignName={(id) => names.get(id) ?? id} />
    </Stack>
  );
}
