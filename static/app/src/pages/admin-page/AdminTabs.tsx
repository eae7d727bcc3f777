/** The admin page's tabs. Each tab loads when first shown and stays mounted, so switching tabs keeps unsaved edits. */
import { useState } from 'react';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { useI18n } from '../../app/i18n';
import { CampaignsTab } from '../../features/admin-campaigns/CampaignsTab';
import { ModelTab } from '../../features/admin-model/ModelTab';
import { RolesTab } from '../../features/admin-roles/RolesTab';

type TabKey = 'campaigns' | 'model' | 'roles';

export function AdminTabs({ isAdmin }: { isAdmin: boolean }) {
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
