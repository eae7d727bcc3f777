/**
 * A fake Forge host for the Custom UI tests: `window.__bridge.callBridge` (answering getContext, invoke, submit,
 * close, enableTheming) and `fetch` for the translation bundle the host serves at `./__LOCALES__/`, built from the
 * real `locales/*.json` and the manifest's `translations` section. Every invoke goes to the test's fake backend.
 *
 * `@forge/bridge` captures `__bridge.callBridge` when it is first imported, so `installBridge()` must run before the
 * app is imported (the tests import it with a dynamic `import()` in `beforeAll`); the installed function delegates to
 * whatever host the current test configured with `useHost()`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Locale } from '../../../src/shared/i18n';
import { fakeBackend, type UiBackend } from './fake';
import { TEST_ACCOUNT_ID } from './views/people';
import { surveyStateView } from './views/survey';

const root = path.resolve(__dirname, '../../..');

export interface HostOptions {
  moduleKey?: string;
  locale?: string;
  config?: Record<string, unknown>;
  /** What answers the invokes; defaults to a fake backend whose survey state is in the host's locale. */
  backend?: UiBackend;
  submit?: (payload: unknown) => unknown;
  /** Rejects getContext this many times. */
  contextFailures?: number;
  /** Rejects the theming call, as a host without theming would. */
  themingFails?: boolean;
  /** The signed-in user's account id in the view context (default TEST_ACCOUNT_ID; null: none). */
  accountId?: string | null;
  /** Rejects `realtime.subscribe`, as a host without realtime would. */
  realtimeUnavailable?: boolean;
}

interface RealtimeSubscription {
  channelName: string;
  onEvent: (payload: unknown) => void;
}

export interface BridgeCall {
  name: string;
  payload: unknown;
}

export interface Host {
  calls: BridgeCall[];
  invocations: () => { functionKey: string; payload: unknown }[];
  named: (name: string) => BridgeCall[];
  /** The realtime channels subscribed to now, one entry per subscription. */
  channels: () => string[];
  /** Delivers an event to the subscriptions of `channelName`, as Forge realtime does. */
  hint: (channelName: string, payload?: unknown) => void;
}

let current: {
  options: HostOptions;
  backend: UiBackend;
  calls: BridgeCall[];
  subscriptions: RealtimeSubscription[];
} | null = null;

/**
 * A text as Testing Library reads the page (whitespace collapsed, so a French no-break space before ":" is a space):
 * for matching translations that contain such spaces.
 */
export const plain = (text: string): string => text.replace(/\s+/g, ' ');

const toLocale = (raw: string | undefined): Locale =>
  (raw ?? '').toLowerCase().startsWith('fr') ? 'fr-FR' : 'en-US';

function answer(name: string, payload?: unknown): unknown {
  if (!current) throw new Error(`fake bridge: no host configured (call to ${name})`);
  const { options, backend, calls } = current;
  calls.push({ name, payload });
  switch (name) {
    case 'getContext':
      if (options.contextFailures && options.contextFailures-- > 0) throw new Error('no context');
      return {
        ...(options.accountId === null ? {} : { accountId: options.accountId ?? TEST_ACCOUNT_ID }),
        moduleKey: options.moduleKey ?? 'survey-macro',
        locale: options.locale ?? 'en-US',
        localId: 'local-1',
        extension: { type: 'macro', config: options.config },
      };
    case 'invoke': {
      const { functionKey, payload: body } = payload as { functionKey: string; payload: unknown };
      return backend.resolve(functionKey, body);
    }
    case 'enableTheming':
      if (options.themingFails) throw new Error('theming not supported');
      document.documentElement.setAttribute('data-color-mode', 'light');
      return undefined;
    case 'submit':
      return options.submit ? options.submit(payload) : true;
    case 'close':
    case 'navigate':
      return true;
    case 'showFlag':
    case 'closeFlag':
      return true;
    case 'subscribeRealtimeChannel': {
      if (options.realtimeUnavailable) throw new Error('realtime is not available');
      const subscription = payload as RealtimeSubscription;
      const { subscriptions } = current;
      subscriptions.push(subscription);
      return {
        unsubscribe: () => {
          subscriptions.splice(subscriptions.indexOf(subscription), 1);
          return Promise.resolve();
        },
      };
    }
    default:
      throw new Error(`fake bridge: unexpected call ${name}`);
  }
}

/** What the host's `__bridge.callBridge` does: always a promise, a throwing handler becomes a rejection. */
const callBridge = (name: string, payload?: unknown): Promise<unknown> =>
  new Promise((resolve) => resolve(answer(name, payload)));

export function installBridge(): void {
  (globalThis as unknown as { __bridge: unknown }).__bridge = { callBridge };
  installLocales();
}

export function useHost(options: HostOptions = {}): Host {
  const calls: BridgeCall[] = [];
  const backend =
    options.backend ?? fakeBackend({ survey: surveyStateView({ locale: toLocale(options.locale) }) });
  const subscriptions: RealtimeSubscription[] = [];
  current = { options, backend, calls, subscriptions };
  return {
    calls,
    channels: () => subscriptions.map((s) => s.channelName),
    hint: (channelName, payload = {}) => {
      for (const s of subscriptions.filter((s) => s.channelName === channelName)) s.onEvent(payload);
    },
    named: (name) => calls.filter((c) => c.name === name),
    invocations: () =>
      calls
        .filter((c) => c.name === 'invoke')
        .map((c) => c.payload as { functionKey: string; payload: unknown }),
  };
}

/** What Forge builds from the manifest's `translations` into `__LOCALES__/i18n-info.json`. */
export function i18nInfo(): { config: { locales: string[]; fallback: Record<string, unknown> } } {
  const manifest = parse(fs.readFileSync(path.join(root, 'manifest.yml'), 'utf8')) as {
    translations: { resources: { key: string; path: string }[]; fallback: Record<string, unknown> };
  };
  return {
    config: {
      locales: manifest.translations.resources.map((r) => r.key),
      fallback: manifest.translations.fallback,
    },
  };
}

export const fetchLog: string[] = [];

function installLocales(): void {
  const info = i18nInfo();
  const files = new Map<string, unknown>([['./__LOCALES__/i18n-info.json', info]]);
  for (const locale of info.config.locales) {
    files.set(
      `./__LOCALES__/${locale}.json`,
      JSON.parse(fs.readFileSync(path.join(root, 'locales', `${locale}.json`), 'utf8')),
    );
  }
  (globalThis as { fetch: unknown }).fetch = (input: unknown) => {
    const url = String(input);
    fetchLog.push(url);
    const body = files.get(url);
    return Promise.resolve({
      ok: body !== undefined,
      status: body === undefined ? 404 : 200,
      statusText: body === undefined ? 'Not Found' : 'OK',
      json: () => Promise.resolve(body),
    });
  };
}
