/** Entry of the `config` resource: the survey macro's config screen. */
import { mount } from './boot';
import type { AppContext } from './context';
import ConfigView from './views/ConfigView';

export const renderConfig = (ctx: AppContext) => <ConfigView ctx={ctx} />;

const root = document.getElementById('root');
if (root) mount(root, renderConfig);
