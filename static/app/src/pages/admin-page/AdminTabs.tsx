/**
 * The admin page's tabs. Each tab is its own chunk, loaded when first shown, and stays mounted, so switching tabs
 * keeps unsaved edits. "View results" in the campaign list opens the Results tab on that campaign.
 */
import { lazy, Suspense, useState } from 'react';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { useI18n } from '../../app/i18n';
import { Loading } from '../../components/states';

const CampaignsTab = lazy(() =>
  import('../../features/admin-campaigns/CampaignsTab').then((m) => ({ default: m.CampaignsTab })),
);
const ResultsTab = lazy(() =>
  import('../../features/results/ResultsTab').then((m) => ({ default: m.ResultsTab })),
);
const ModelTab = lazy(() =>
  import('../../features/admin-model/ModelTab').then((m) => ({ default: m.ModelTab })),
);
const RolesTab = lazy(() =>
  import('../../features/admin-roles/RolesTab').then((m) => ({ default: m.RolesTab })),
);

type TabKey = 'campaigns' | 'results' | 'model' | 'roles';

export function AdminTabs({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useI18n();
  const tabs: TabKey[] = isAdmin
    ? ['campaigns', 'results', 'model', 'roles']
    : ['campaigns', 'results', 'model'];
  const [selected, setSelected] = useState(0);
  const [visited, setVisited] = useState<ReadonlySet<number>>(new Set([0]));
  const [resultsOf, setResultsOf] = useState<string | null>(null);
  const show = (index: number) => {
    setSelected(index);
    setVisited((v) => new Set(v).add(index));
  };
  const panel = (key: TabKey) =>
    key === 'campaigns' ? (
      <CampaignsTab
        canEdit={isAdmin}
        onViewResults={(id) => {
          setResultsOf(id);
          show(tabs.indexOf('results'));
        }}
      />
    ) : key === 'results' ? (
      <ResultsTab campaignId={resultsOf} onChoose={setResultsOf} />
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
      <Tabs id="admin-tabs" selected={selected} onChange={show}>
        <TabList>
          {tabs.map((key) => (
            <Tab key={key}>{t(`ui.admin.tabs.${key}`)}</Tab>
          ))}
        </TabList>
        {tabs.map((key, index) => (
          <TabPanel key={key}>
            <Box paddingBlock="space.300" style={{ width: '100%' }}>
              {visited.has(index) ? (
                <Suspense fallback={<Loading label={t('ui.app.loading')} />}>{panel(key)}</Suspense>
              ) : null}
            </Box>
          </TabPanel>
        ))}
      </Tabs>
    </Stack>
  );
}
