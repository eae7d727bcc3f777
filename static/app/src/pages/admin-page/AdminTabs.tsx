/**
 * The admin page's tabs. Each tab is its own chunk, loaded when first shown, and stays mounted, so switching tabs
 * keeps unsaved edits. "View results" and "Plan" in the campaign list open the Results and Plan tabs on that
 * campaign. The Jira tab (the plans' Jira project) is the admins'.
 */
import { lazy, Suspense, useState } from 'react';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { useI18n, type MessageKey } from '../../app/i18n';
import { Loading } from '../../components/states';

const CampaignsTab = lazy(() =>
  import('../../features/campaigns/CampaignsTab').then((m) => ({ default: m.CampaignsTab })),
);
const ResultsTab = lazy(() =>
  import('../../features/results/ResultsTab').then((m) => ({ default: m.ResultsTab })),
);
const ModelTab = lazy(() => import('../../features/model/ModelTab').then((m) => ({ default: m.ModelTab })));
const RolesTab = lazy(() => import('../../features/roles/RolesTab').then((m) => ({ default: m.RolesTab })));
const PlanTab = lazy(() => import('../../features/plan/PlanTab').then((m) => ({ default: m.PlanTab })));
const SupplierModelTab = lazy(() =>
  import('../../features/supplier-model/SupplierModelTab').then((m) => ({ default: m.SupplierModelTab })),
);
const JiraTab = lazy(() =>
  import('../../features/jira-settings/JiraTab').then((m) => ({ default: m.JiraTab })),
);

type TabKey = 'campaigns' | 'results' | 'plan' | 'model' | 'supplierModel' | 'roles' | 'jira';

/** The plan's tabs are worded by the plan's strings (ui.plan), the others by the admin page's. */
const LABEL_KEYS: Record<TabKey, MessageKey> = {
  campaigns: 'ui.admin.tabs.campaigns',
  results: 'ui.admin.tabs.results',
  plan: 'ui.plan.tab',
  model: 'ui.admin.tabs.model',
  supplierModel: 'ui.admin.tabs.supplierModel',
  roles: 'ui.admin.tabs.roles',
  jira: 'ui.plan.jiraTab',
};

export function AdminTabs({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useI18n();
  const tabs: TabKey[] = isAdmin
    ? ['campaigns', 'results', 'plan', 'model', 'supplierModel', 'roles', 'jira']
    : ['campaigns', 'results', 'plan', 'model', 'supplierModel'];
  const [selected, setSelected] = useState(0);
  const [visited, setVisited] = useState<ReadonlySet<number>>(new Set([0]));
  const [resultsOf, setResultsOf] = useState<string | null>(null);
  const [planOf, setPlanOf] = useState<string | null>(null);
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
        onViewPlan={(id) => {
          setPlanOf(id);
          show(tabs.indexOf('plan'));
        }}
      />
    ) : key === 'results' ? (
      <ResultsTab campaignId={resultsOf} onChoose={setResultsOf} />
    ) : key === 'plan' ? (
      <PlanTab campaignId={planOf} onChoose={setPlanOf} isAdmin={isAdmin} />
    ) : key === 'model' ? (
      <ModelTab canEdit={isAdmin} />
    ) : key === 'supplierModel' ? (
      <SupplierModelTab canEdit={isAdmin} />
    ) : key === 'jira' ? (
      <JiraTab />
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
            <Tab key={key}>{t(LABEL_KEYS[key])}</Tab>
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
