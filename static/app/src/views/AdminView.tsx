/**
 * The admin page (`admin-page`, confluence:globalSettings): an access gate (`admin/getAccess`), then tabs.
 * Admins see and edit everything; procurement team and quality managers see campaigns and the model read-only.
 * Each tab loads when first shown and stays mounted, so switching tabs keeps unsaved edits.
 */
import { useState } from 'react';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { AccessView } from '@shared/contract';
import type { AppContext } from '../context';
import { useI18n } from '../i18n';
import { ErrorState, Loading } from './states';
import { useCall } from './use-call';
import { NoAccess, SetupState } from './admin/AccessGate';
import { CampaignsTab } from './admin/CampaignsTab';
import { DirectoryProvider } from './admin/directory';
import { ModelTab } from './admin/ModelTab';
import { RolesTab } from './admin/RolesTab';

export default function AdminView(_props: { ctx: AppContext }) {
  const { t } = useI18n();
  const { state, retry } = useCall('admin/getAccess', {});
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
              {t(`ui.admin.roles.${role}`)}
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

type TabKey = 'campaigns' | 'model' | 'roles';

function AdminTabs({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useI18n();
  const tabs: TabKey[] = isAdmin ? ['campaigns', 'model', 'roles'] : ['campaigns', 'model'];
  const [selected, setSelected] = useState(0);
  const [visited, setVisited] = useState<ReadonlySet<number>>(new Set([0]));
  const panel = (key: TabKey) =>
    key === 'campaigns' ? (
      <CampaignsTab canEdit={isAdmin} />
    ) : key === 'model' ? (
      <ModelTab canEdit={isAdmin} />
    ) : (
      <RolesTab />
    );
  return (
    <Stack space="space.200">
      {isAdmin ? null : (
        <Text as="p" color="color.text.subtle">
          {t('ui.admin.readOnlyRole')}
        </Text>
      )}
      <Tabs
        id="admin-tabs"
        selected={selected}
        onChange={(index) => {
          setSelected(index);
          setVisited((v) => new Set(v).add(index));
        }}
      >
        <TabList>
          {tabs.map((key) => (
            <Tab key={key}>{t(`ui.admin.tabs.${key}`)}</Tab>
          ))}
        </TabList>
        {tabs.map((key, index) => (
          <TabPanel key={key}>
            <Box paddingBlock="space.300" style={{ width: '100%' }}>
              {visited.has(index) ? panel(key) : null}
            </Box>
          </TabPanel>
        ))}
      </Tabs>
    </Stack>
  );
}
