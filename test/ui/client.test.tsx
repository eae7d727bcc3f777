/** The typed resolver client and the translation loading, against the fake host. */
import { fakeBackend, fetchLog, installBridge, useHost } from './backend';
import type * as Api from '../../static/app/src/api/call';
import type * as I18nModule from '../../static/app/src/app/i18n';
import type * as Context from '../../static/app/src/app/context';
import type * as DraftSyncModule from '../../static/app/src/features/survey/draft-sync';

let call: typeof Api.call;
let loadI18n: typeof I18nModule.loadI18n;
let parseContext: typeof Context.parseContext;

beforeAll(async () => {
  installBridge();
  ({ call } = await import('../../static/app/src/api/call'));
  ({ loadI18n } = await import('../../static/app/src/app/i18n'));
  ({ parseContext } = await import('../../static/app/src/app/context'));
});

describe('api.call', () => {
  it('passes the key and payload to invoke and returns the Result', async () => {
    const host = useHost({ backend: fakeBackend() });
    const result = await call('survey/getState', { campaignId: 'c1' });
    expect(result.ok).toBe(true);
    expect(host.invocations()).toEqual([{ functionKey: 'survey/getState', payload: { campaignId: 'c1' } }]);
  });

  it('turns a rejected invoke into an UNAVAILABLE error', async () => {
    useHost({
      backend: fakeBackend().onAnyReply('model/get', () => {
        throw new Error('boom');
      }),
    });
    expect(await call('model/get', {})).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: 'boom' },
    });
  });

  it('keeps error Results (code, message, issues) and rejects replies that are not Results', async () => {
    const issues = [{ path: 'campaignId', message: 'bad' }];
    const backend = fakeBackend();
    useHost({ backend });
    backend.onAnyReply('model/get', () => ({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', message: 'no', issues },
    }));
    expect(await call('model/get', {})).toEqual({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', message: 'no', issues },
    });
    backend.onAnyReply('model/get', () => ({ ok: false, error: { code: 'WHATEVER' } }));
    expect(await call('model/get', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    backend.onAnyReply('model/get', () => 'hello');
    expect(await call('model/get', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('keeps a known reason and its string and number params; drops an unknown reason and other params', async () => {
    const issues = [{ path: 'name', reason: 'field.tooLong', params: { max: 200 }, message: 'is too long' }];
    const backend = fakeBackend();
    useHost({ backend });
    backend.onAnyReply('model/get', () => ({
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: 'model.stale',
        params: { version: 4, note: 'x', nested: { a: 1 }, flag: true },
        message: 'stale',
        issues,
      },
    }));
    expect(await call('model/get', {})).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: 'model.stale',
        params: { version: 4, note: 'x' },
        message: 'stale',
        issues,
      },
    });
    backend.onAnyReply('model/get', () => ({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'no.such.reason', params: { a: 1 }, message: 'no' },
    }));
    expect(await call('model/get', {})).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'no' } });
    backend.onAnyReply('model/get', () => ({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'survey.otherPage', params: 'x' },
    }));
    expect(await call('model/get', {})).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'survey.otherPage', message: 'FORBIDDEN' },
    });
  });
});

describe('context', () => {
  it('reads moduleKey, locale and the macro config', () => {
    expect(
      parseContext({
        moduleKey: 'survey-macro',
        locale: 'fr_FR',
        extension: { config: { campaignId: ' c-1 ' } },
      }),
    ).toEqual({ moduleKey: 'survey-macro', locale: 'fr-FR', campaignId: 'c-1' });
    expect(parseContext({ moduleKey: 'admin-page', locale: 'de-DE', extension: {} })).toEqual({
      moduleKey: 'admin-page',
      locale: 'en-US',
    });
    expect(parseContext(null)).toEqual({ moduleKey: '', locale: 'en-US' });
    expect(parseContext({ moduleKey: 'survey-macro', accountId: '712020:abc' })).toEqual({
      moduleKey: 'survey-macro',
      locale: 'en-US',
      accountId: '712020:abc',
    });
  });
});

describe('translations', () => {
  it('come from the Forge bundle under ./__LOCALES__/ and interpolate', async () => {
    useHost();
    const { t, locale } = await loadI18n('fr-FR');
    expect(locale).toBe('fr-FR');
    expect(t('ui.survey.period', { period: '2025' })).toBe('Période : 2025');
    // Keys the UI never asks for: the lookup still reads the whole bundle, and a missing key shows itself.
    expect(t('modules.surveyMacro.title' as I18nModule.MessageKey)).toBe('Enquête de satisfaction Achats');
    expect(t('ui.no.such.key' as I18nModule.MessageKey)).toBe('ui.no.such.key');
    expect(fetchLog).toEqual(
      expect.arrayContaining(['./__LOCALES__/i18n-info.json', './__LOCALES__/fr-FR.json']),
    );
    expect(document.documentElement.lang).toBe('fr-FR');
  });

  it('fall back to the bundled locale files when the host serves no bundle', async () => {
    jest.resetModules();
    const fetchBefore = globalThis.fetch;
    (globalThis as { fetch: unknown }).fetch = () =>
      Promise.resolve({ ok: false, status: 404, statusText: 'Not Found' });
    try {
      const fresh = await import('../../static/app/src/app/i18n');
      const { t } = await fresh.loadI18n('en-US');
      expect(t('ui.scale.2')).toBe('Not really satisfied');
    } finally {
      globalThis.fetch = fetchBefore;
    }
  });
});

describe('DraftSync (autosave engine)', () => {
  let DraftSync: typeof DraftSyncModule.DraftSync;
  beforeAll(async () => {
    ({ DraftSync } = await import('../../static/app/src/features/survey/draft-sync'));
  });
  afterEach(() => jest.useRealTimers());

  it('a change made while a save is in flight is sent after it, on the acknowledged revision', async () => {
    jest.useFakeTimers();
    window.localStorage.clear();
    const sent: { answers: unknown; baseRevision: number }[] = [];
    let release: () => void = () => undefined;
    const engine = new DraftSync({
      storageKey: 'k',
      initial: { answers: {}, status: null, revision: 3 },
      send: (_mode, snapshot) => {
        sent.push({ answers: snapshot.answers, baseRevision: snapshot.baseRevision });
        return new Promise((resolve) => {
          release = () =>
            resolve({
              ok: true,
              data: { revision: snapshot.baseRevision + 1, status: 'draft', updatedDay: 'd' },
            });
        });
      },
      canSubmit: () => true,
      onState: () => undefined,
      onConflict: () => undefined,
      debounceMs: 800,
      backoffMs: () => 1000,
    });
    engine.change({ a: { value: 1 } }, undefined);
    await jest.advanceTimersByTimeAsync(800);
    expect(sent).toEqual([{ answers: { a: { value: 1 } }, baseRevision: 3 }]);
    engine.change({ a: { value: 2 } }, undefined); // while the first save is out
    await jest.advanceTimersByTimeAsync(800);
    expect(sent).toHaveLength(1); // one request at a time
    release();
    await jest.advanceTimersByTimeAsync(800);
    expect(sent[1]).toEqual({ answers: { a: { value: 2 } }, baseRevision: 4 });
    expect(JSON.parse(window.localStorage.getItem('k')!)).toMatchObject({ answers: { a: { value: 2 } } });
    release();
    await jest.advanceTimersByTimeAsync(0);
    expect(window.localStorage.getItem('k')).toBeNull();
    expect(engine.current).toMatchObject({ revision: 5, unsaved: false });
    engine.dispose();
  });
});
