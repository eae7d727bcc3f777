/**
 * The Supplier model tab of the admin page: admins edit the supplier model and its standings; the procurement team
 * and quality managers read them. Both list the versions with the campaigns that froze them.
 */
import { useState } from 'react';
import { Stack } from '@atlaskit/primitives/compiled';
import { useCall } from '../../api/use-call';
import { useI18n } from '../../app/i18n';
import { ErrorState, Loading } from '../../components/states';
import { ModelVersions, useCampaignNames } from '../../components/ModelVersions';
import { SupplierModelEditor } from './SupplierModelEditor';
import { SupplierModelOutline } from './SupplierModelOutline';

export function SupplierModelTab({ canEdit }: { canEdit: boolean }) {
  const [reloads, setReloads] = useState(0);
  return <Loader key={reloads} canEdit={canEdit} onReload={() => setReloads((n) => n + 1)} />;
}

function Loader({ canEdit, onReload }: { canEdit: boolean; onReload: () => void }) {
  const { t } = useI18n();
  const { state, retry } = useCall('supplier-model/get', {});
  const campaignName = useCampaignNames();
  if (state.status === 'loading') return <Loading label={t('ui.admin.supplierModel.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  return (
    <Stack space="space.400">
      {canEdit ? (
        <SupplierModelEditor initial={state.data} onReload={onReload} />
      ) : (
        <SupplierModelOutline view={state.data} />
      )}
      <ModelVersions
        id="supplier-model-versions"
        current={state.data.model.version}
        versions={state.data.versions}
        campaignName={campaignName}
      />
    </Stack>
  );
}
