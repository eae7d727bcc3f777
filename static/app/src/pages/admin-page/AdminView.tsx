/**
 * The admin page (`admin-page`, confluence:globalSettings): an access gate (`roles/getAccess`), then tabs.
 * Admins see and edit everything; procurement team and quality managers see campaigns and the model read-only.
 * A composition root: the tabs are the admin features (campaigns, model, roles).
 */
import { useState } from 'react';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { AccessView } from '@shared/contract/roles';
import { useCall } from '../../api/use-call';
import { useI18n } from '../../app/i18n';
import { ROLE_LABEL } from '../../components/labels';
import { DirectoryProvider } from '../../components/directory';
import { ErrorState, Loading } from '../../components/states';
import { NoAccess, SetupState } from './AccessGate';
import { AdminTabs } from './AdminTabs';

export default function AdminView() {
  const { t } = useI18n();
  const { state, retry } = useCall('roles/getAccess', {});
  const [claimed, setClaimed] = useState<AccessView | null>(null);
  const access = claimed ?? (state.status === 'ready' ? state.data : null);

  return (
    <Stack space="space.300">
      <Stack space="space.100">
        <Inline space="space.150" alignBlock="center" shouldWrap>
          <Heading as="h1" size="xlarge">
            {t('ui.admin.title')}
          </Heading>
          {access?.roles.map((role) => (
            <Lozenge key={role} appearance="inprogress">
              {t(ROLE_LABEL[role])}
            </Lozenge>
          ))}
        </Inline>
        <Text as="p">{t('ui.admin.description')}</Text>
      </Stack>
      {state.status === 'loading' && !claimed ? <Loading label={t('ui.admin.loadingAccess')} /> : null}
      {state.status === 'error' && !claimed ? <ErrorState error={state.error} onRetry={retry} /> : null}
      {access && access.roles.length === 0 ? (
        access.canBootstrap ? (
          <SetupState onDone={setClaimed} />
        ) : (
          <NoAccess />
        )
      ) : null}
      {access && access.roles.length > 0 ? (
        <DirectoryProvider>
          <AdminTabs isAdmin={access.roles.includes('admin')} />
        </DirectoryProvider>
      ) : null}
    </Stack>
  );
}
