/**
 * Entry of the `main` resource. One bundle serves two modules, routed by `context.moduleKey`; each view is a lazy
 * chunk, so the survey macro never downloads the admin page and vice versa.
 */
import { lazy, Suspense } from 'react';
import { MODULE_KEYS, type AppContext } from './context';
import { mount } from './boot';
import { useI18n } from './i18n';
import { Loading } from './views/states';
import SectionMessage from '@atlaskit/section-message';

const SurveyView = lazy(() => import('./views/SurveyView'));
const AdminView = lazy(() => import('./views/AdminView'));

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
      <SurveyView ctx={ctx} />
    ) : ctx.moduleKey === MODULE_KEYS.adminPage ? (
      <AdminView ctx={ctx} />
    ) : (
      <UnknownModule moduleKey={ctx.moduleKey} />
    );
  return <Suspense fallback={<Loading label={t('ui.app.loading')} />}>{view}</Suspense>;
}

export const renderMain = (ctx: AppContext) => <Route ctx={ctx} />;

const root = document.getElementById('root');
if (root) mount(root, renderMain);
