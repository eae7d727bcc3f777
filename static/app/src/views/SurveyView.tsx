/**
 * The survey macro (`survey-macro`): loads `survey/getState` for the campaign chosen in the macro config and shows
 * the state the person is in — not set up, not open yet, not in the audience, binding refused, or the tabs they may
 * use: their answer, the team's self-assessment, proxy entry and participation (the last two as lazy chunks).
 */
import { lazy, Suspense, useState } from 'react';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives/compiled';
import type { SurveyStateView } from '@shared/contract';
import type { AppContext } from '../context';
import { useI18n } from '../i18n';
import { ErrorState, Loading } from './states';
import { useCall } from './use-call';
import { SurveyHeader } from './survey/Header';
import { ResponseForm } from './survey/ResponseForm';
import { Tabs, type TabDef } from './survey/Tabs';
import { formatDay } from './survey/format';

const ProxyPanel = lazy(() => import('./survey/ProxyPanel'));
const ParticipationPanel = lazy(() => import('./survey/ParticipationPanel'));

export default function SurveyView({ ctx }: { ctx: AppContext }) {
  const { t } = useI18n();
  if (!ctx.campaignId) {
    return (
      <SectionMessage appearance="information" headingLevel="h1" title={t('ui.survey.notConfigured.title')}>
        <p>{t('ui.survey.notConfigured.body')}</p>
      </SectionMessage>
    );
  }
  return <BoundSurvey campaignId={ctx.campaignId} accountId={ctx.accountId} />;
}

function BoundSurvey({ campaignId, accountId }: { campaignId: string; accountId: string | undefined }) {
  const { t } = useI18n();
  const { state, retry } = useCall('survey/getState', { campaignId });
  const [conflict, setConflict] = useState(false);
  if (state.status === 'loading') return <Loading label={t('ui.survey.loading')} />;
  if (state.status === 'error') {
    const { error } = state;
    if (error.code === 'FORBIDDEN') {
      return (
        <SectionMessage appearance="warning" headingLevel="h1" title={t('ui.survey.refused.title')}>
          <Stack space="space.100">
            <p data-error-code={error.code}>{error.message}</p>
            <p>{t('ui.survey.refused.help')}</p>
          </Stack>
        </SectionMessage>
      );
    }
    if (error.code === 'NOT_FOUND' || error.code === 'INVALID_PAYLOAD') {
      return (
        <SectionMessage appearance="warning" headingLevel="h1" title={t('ui.survey.missing.title')}>
          <p data-error-code={error.code}>{t('ui.survey.missing.body')}</p>
        </SectionMessage>
      );
    }
    return <ErrorState error={error} onRetry={retry} />;
  }
  return (
    <Survey
      view={state.data}
      accountId={accountId}
      conflict={conflict}
      onDismissConflict={() => setConflict(false)}
      onConflict={() => {
        setConflict(true);
        retry();
      }}
    />
  );
}

function Survey({
  view,
  accountId,
  conflict,
  onConflict,
  onDismissConflict,
}: {
  view: SurveyStateView;
  accountId: string | undefined;
  conflict: boolean;
  onConflict: () => void;
  onDismissConflict: () => void;
}) {
  const { t, locale } = useI18n();
  const { campaign, me } = view;
  const eligible = me.eligibility !== 'not-in-audience';

  let body: React.ReactNode;
  if (campaign.status === 'draft') {
    body = (
      <SectionMessage appearance="information" headingLevel="h2" title={t('ui.survey.notOpen.title')}>
        <p>{t('ui.survey.notOpen.body', { date: formatDay(campaign.opensOn, locale) })}</p>
      </SectionMessage>
    );
  } else {
    const tabs: TabDef[] = [];
    const customer = () => (
      <ResponseForm
        state={view}
        kind="customer"
        response={view.response}
        accountId={accountId}
        onConflict={onConflict}
      />
    );
    if (eligible) tabs.push({ id: 'customer', label: t('ui.survey.tabs.customer'), render: customer });
    else if (me.isTeam)
      tabs.push({ id: 'customer', label: t('ui.survey.tabs.customer'), render: () => <NotInAudience /> });
    if (me.isTeam) {
      tabs.push({
        id: 'self',
        label: t('ui.survey.tabs.self'),
        render: () => (
          <Stack space="space.200">
            <p>{t('ui.survey.self.intro')}</p>
            <ResponseForm
              state={view}
              kind="self"
              response={view.selfAssessment}
              accountId={accountId}
              onConflict={onConflict}
            />
          </Stack>
        ),
      });
    }
    if (me.canProxy && campaign.status === 'open') {
      tabs.push({
        id: 'proxy',
        label: t('ui.survey.tabs.proxy'),
        render: () => (
          <Suspense fallback={<Loading label={t('ui.app.loading')} />}>
            <ProxyPanel state={view} accountId={accountId} />
          </Suspense>
        ),
      });
    }
    if (me.canSeeParticipation) {
      tabs.push({
        id: 'participation',
        label: t('ui.participation.tab'),
        render: () => (
          <Suspense fallback={<Loading label={t('ui.app.loading')} />}>
            <ParticipationPanel campaignId={campaign.id} accountId={accountId} />
          </Suspense>
        ),
      });
    }
    if (tabs.length === 0) body = <NotInAudience />;
    else if (tabs.length === 1) body = tabs[0]!.render();
    else
      body = (
        <Tabs
          tabs={tabs}
          label={t('ui.survey.tabs.label')}
          initial={eligible ? 'customer' : me.isTeam ? 'self' : tabs[0]!.id}
        />
      );
  }

  return (
    <Stack space="space.300">
      <SurveyHeader campaign={campaign} />
      {conflict ? (
        <SectionMessage
          appearance="warning"
          headingLevel="h2"
          title={t('ui.survey.conflict.title')}
          actions={
            <SectionMessageAction onClick={onDismissConflict}>
              {t('ui.survey.conflict.dismiss')}
            </SectionMessageAction>
          }
        >
          <p>{t('ui.survey.conflict.body')}</p>
        </SectionMessage>
      ) : null}
      {body}
    </Stack>
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
