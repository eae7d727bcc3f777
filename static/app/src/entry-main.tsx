/**
 * Entry of the `main` resource. One bundle serves every module but the config screen (the survey, results,
 * follow-up and commitments macros, the Jira issue panel, the admin page, the home feed, the supplier register), routed by `context.moduleKey`; each page
 * is a lazy chunk, so a module never downloads another's page.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import SectionMessage from '@atlaskit/section-message';
import { mount, type PrepareView } from './app/boot';
import { MODULE_KEYS, type AppContext } from './app/context';
import { useI18n } from './app/i18n';
import { Loading } from './components/states';

/** A page's chunk, requested once: by `prepareMain` as soon as the module is known, or else when it renders. */
function page<P>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const once = () => (loading ??= load());
  return { preload: () => void once(), View: lazy(once) };
}

const PAGES = {
  [MODULE_KEYS.surveyMacro]: page(() => import('./pages/survey-macro/SurveyView')),
  [MODULE_KEYS.adminPage]: page(() => import('./pages/admin-page/AdminView')),
  [MODULE_KEYS.resultsMacro]: page(() => import('./pages/results-macro/ResultsMacroView')),
  [MODULE_KEYS.followupMacro]: page(() => import('./pages/followup-macro/FollowupMacroView')),
  [MODULE_KEYS.commitmentsMacro]: page(() => import('./pages/commitments-macro/CommitmentsMacroView')),
  [MODULE_KEYS.issuePanel]: page(() => import('./pages/action-issue-panel/IssuePanelView')),
  [MODULE_KEYS.homeFeed]: page(() => import('./pages/home-feed/HomeFeedView')),
  [MODULE_KEYS.suppliersPage]: page(() => import('./pages/suppliers-page/SuppliersPageView')),
};
const SurveyView = PAGES[MODULE_KEYS.surveyMacro].View;
const AdminView = PAGES[MODULE_KEYS.adminPage].View;
const ResultsMacroView = PAGES[MODULE_KEYS.resultsMacro].View;
const FollowupMacroView = PAGES[MODULE_KEYS.followupMacro].View;
const CommitmentsMacroView = PAGES[MODULE_KEYS.commitmentsMacro].View;
const IssuePanelView = PAGES[MODULE_KEYS.issuePanel].View;
const HomeFeedView = PAGES[MODULE_KEYS.homeFeed].View;
const SuppliersPageView = PAGES[MODULE_KEYS.suppliersPage].View;

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
    ) : ctx.moduleKey === MODULE_KEYS.homeFeed ? (
      <HomeFeedView />
    ) : ctx.moduleKey === MODULE_KEYS.suppliersPage ? (
      <SuppliersPageView />
    ) : (
      <UnknownModule moduleKey={ctx.moduleKey} />
    );
  return <Suspense fallback={<Loading label={t('ui.app.loading')} />}>{view}</Suspense>;
}

export const renderMain = (ctx: AppContext) => <Route ctx={ctx} />;

/** The module's page starts downloading while the translations load (boot.tsx), not once they are in. */
export const prepareMain: PrepareView = (ctx) => {
  if (Object.hasOwn(PAGES, ctx.moduleKey)) PAGES[ctx.moduleKey as keyof typeof PAGES].preload();
};

const root = document.getElementById('root');
if (root) mount(root, renderMain, prepareMain);
