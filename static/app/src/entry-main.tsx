/**
 * Entry of the `main` resource. One bundle serves every module but the config screen (the survey, results,
 * follow-up and commitments macros, the Jira issue panel, the admin page), routed by `context.moduleKey`; each page
 * is a lazy chunk, so a module never downloads another's page.
 */
import { lazy, Suspense } from 'react';
import SectionMessage from '@atlaskit/section-message';
import { mount } from './app/boot';
import { MODULE_KEYS, type AppContext } from './app/context';
import { useI18n } from './app/i18n';
import { Loading } from './components/states';

const SurveyView = lazy(() => import('./pages/survey-macro/SurveyView'));
const AdminView = lazy(() => import('./pages/admin-page/AdminView'));
const ResultsMacroView = lazy(() => import('./pages/results-macro/ResultsMacroView'));
const FollowupMacroView = lazy(() => import('./pages/followup-macro/FollowupMacroView'));
const CommitmentsMacroView = lazy(() => import('./pages/commitments-macro/CommitmentsMacroView'));
const IssuePanelView = lazy(() => import('./pages/action-issue-panel/IssuePanelView'));

function UnknownModule({ moduleKey }: { moduleKey: string }) {
  const { t } = useI18n();
  return (
    <SectionMessage appearance="warning">
      <p>{t('ui.errors.unknownModule', { moduleKey: moduleKey || '—' })}</p>
    </SectionMessage>
  );
}

function Route({ ctx }: { ctx: AppContext }) {
  const { t } = useI18n();
  const view =
    ctx.moduleKey === MODULE_KEYS.surveyMacro ? (
      <SurveyView campaignId={ctx.campaignId} accountId={ctx.accountId} />
    ) : ctx.moduleKey === MODULE_KEYS.resultsMacro ? (
      <ResultsMacroView campaignId={ctx.campaignId} />
    ) : ctx.moduleKey === MODULE_KEYS.followupMacro ? (
      <FollowupMacroView campaignId={ctx.campaignId} />
    ) : ctx.moduleKey === MODULE_KEYS.commitmentsMacro ? (
      <CommitmentsMacroView campaignId={ctx.campaignId} />
    ) : ctx.moduleKey === MODULE_KEYS.issuePanel ? (
      <IssuePanelView />
    ) : ctx.moduleKey === MODULE_KEYS.adminPage ? (
      <AdminView />
    ) : (
      <UnknownModule moduleKey={ctx.moduleKey} />
    );
  return <Suspense fallback={<Loading label={t('ui.app.loading')} />}>{view}</Suspense>;
}

export const renderMain = (ctx: AppContext) => <Route ctx={ctx} />;

const root = document.getElementById('root');
if (root) mount(root, renderMain);
