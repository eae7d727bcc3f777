/**
 * The tabs a person may use in an open or closed survey: their answer, the team's self-assessment, proxy entry and
 * participation (the last two as lazy chunks). One tab shows without a tab list; none says "not in the audience".
 */
import { lazy, Suspense, type ReactNode } from 'react';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives/compiled';
import type { SurveyStateView } from '@shared/contract/survey';
import { useI18n, type Translate } from '../../app/i18n';
import { Loading } from '../../components/states';
import { Tabs, type TabDef } from '../../components/Tabs';
import { ResponseForm } from '../../features/survey/ResponseForm';

const ProxyPanel = lazy(() => import('../../features/proxy/ProxyPanel'));
const ParticipationPanel = lazy(() => import('../../features/participation/ParticipationPanel'));

interface SurveyTabsProps {
  view: SurveyStateView;
  accountId: string | undefined;
  onConflict: () => void;
}

function Lazy({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return <Suspense fallback={<Loading label={t('ui.app.loading')} />}>{children}</Suspense>;
}

function tabsOf({ view, accountId, onConflict }: SurveyTabsProps, t: Translate): TabDef[] {
  const { campaign, me } = view;
  const tabs: TabDef[] = [];
  const form = (kind: 'customer' | 'self') => (
    <ResponseForm
      state={view}
      kind={kind}
      response={kind === 'customer' ? view.response : view.selfAssessment}
      accountId={accountId}
      onConflict={onConflict}
    />
  );
  const customer = t('ui.survey.tabs.customer');
  if (me.eligibility !== 'not-in-audience')
    tabs.push({ id: 'customer', label: customer, render: () => form('customer') });
  else if (me.isTeam) tabs.push({ id: 'customer', label: customer, render: () => <NotInAudience /> });
  if (me.isTeam) {
    tabs.push({
      id: 'self',
      label: t('ui.survey.tabs.self'),
      render: () => (
        <Stack space="space.200">
          <p>{t('ui.survey.self.intro')}</p>
          {form('self')}
        </Stack>
      ),
    });
  }
  if (me.canProxy && campaign.status === 'open') {
    tabs.push({
      id: 'proxy',
      label: t('ui.survey.tabs.proxy'),
      render: () => (
        <Lazy>
          <ProxyPanel state={view} accountId={accountId} />
        </Lazy>
      ),
    });
  }
  if (me.canSeeParticipation) {
    tabs.push({
      id: 'participation',
      label: t('ui.participation.tab'),
      render: () => (
        <Lazy>
          <ParticipationPanel campaign={campaign} isTeam={me.isTeam} accountId={accountId} />
        </Lazy>
      ),
    });
  }
  return tabs;
}

export function SurveyTabs(props: SurveyTabsProps) {
  const { t } = useI18n();
  const { me } = props.view;
  const tabs = tabsOf(props, t);
  if (tabs.length === 0) return <NotInAudience />;
  if (tabs.length === 1) return <>{tabs[0]!.render()}</>;
  const eligible = me.eligibility !== 'not-in-audience';
  return (
    <Tabs
      tabs={tabs}
      label={t('ui.survey.tabs.label')}
      initial={eligible ? 'customer' : me.isTeam ? 'self' : tabs[0]!.id}
    />
  );
}

function NotInAudience() {
  const { t } = useI18n();
  return (
    <SectionMessage appearance="information" headingLevel="h2" title={t('ui.survey.notInAudience.title')}>
      <p>{t('ui.survey.notInAudience.body')}</p>
    </SectionMessage>
  );
}
