/** Entry of the `config` resource: the config screen of the survey macro and of the results macro. */
import { mount } from './app/boot';
import type { AppContext } from './app/context';
import ConfigView from './features/binding/ConfigView';

export const renderConfig = (ctx: AppContext) => (
  <ConfigView campaignId={ctx.campaignId} moduleKey={ctx.moduleKey} />
);

const root = document.getElementById('root');
if (root) mount(root, renderConfig);
