/**
 * The app on the fake host (./backend): `beforeAll(bootApp)` installs the fake bridge and then imports the app
 * (`@forge/bridge` reads the bridge when it is first imported), and `showMain` / `showConfig` render a module of
 * the `main` or `config` resource for one test.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as Boot from '../../static/app/src/app/boot';
import type * as EntryConfig from '../../static/app/src/entry-config';
import type * as EntryMain from '../../static/app/src/entry-main';
import { fakeBackend, installBridge, ME, useHost, type Host, type HostOptions, type Seed } from './backend';

let app: {
  App: typeof Boot.App;
  renderMain: typeof EntryMain.renderMain;
  renderConfig: typeof EntryConfig.renderConfig;
} | null = null;

export async function bootApp(): Promise<void> {
  installBridge(); // before the first import of @forge/bridge
  const { App } = await import('../../static/app/src/app/boot');
  const { renderMain } = await import('../../static/app/src/entry-main');
  const { renderConfig } = await import('../../static/app/src/entry-config');
  app = { App, renderMain, renderConfig };
}

function booted() {
  if (!app) throw new Error('the app is not booted: beforeAll(bootApp)');
  return app;
}

/** A module of the `main` resource (the macros, the admin page, the issue panel) on a host set up by `options`. */
export function showMain(options: HostOptions = {}): Host {
  const { App, renderMain } = booted();
  const host = useHost(options);
  render(<App render={renderMain} />);
  return host;
}

/** The config screen (the `config` resource) on a host set up by `options`. */
export function showConfig(options: HostOptions = {}): Host {
  const { App, renderConfig } = booted();
  const host = useHost(options);
  render(<App render={renderConfig} />);
  return host;
}

/** The macro `moduleKey` for a member of the procurement team, on a backend with what `seed` gives. */
export function showAsTeam(
  moduleKey: string,
  seed: Seed = {},
  locale = 'en-US',
  config: object = { campaignId: 'survey-2026' },
) {
  const backend = fakeBackend({ access: { accountId: ME, roles: ['team'], canBootstrap: false }, ...seed });
  showMain({ moduleKey, locale, config: config as Record<string, unknown>, backend });
  return { user: userEvent.setup(), backend };
}
