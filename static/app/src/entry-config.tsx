/** Entry of the `config` resource: the survey macro's config screen. */
import { mount } from './app/boot';
import type { AppContext } from './app/context';
import ConfigView from './features/config/ConfigView';

export const renderConfig = (ctx: AppContext) => <ConfigView campaignId={ctx.campaignId} />;

const root = document.getElementById('root');
if (root) mount(root, renderConfig);
