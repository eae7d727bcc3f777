/**
 * The local host over HTTP, as the host page and the Custom UI frames use it: the page, the frames' files,
 * translations, resolver invocations as a persona, macro config, modals and call counts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_PERSONA, PERSONAS } from '../../sandbox/personas';
import { SURVEY_MACRO_LOCAL_ID } from '../../sandbox/server/state';
import { hostFetch, invokeAs, startTestHost, type Host } from '../helpers/host';

const CUSTOMER = PERSONAS[0]!;
const OTHER_CUSTOMER = PERSONAS[2]!;
const MACRO_FRAME = `macro-${SURVEY_MACRO_LOCAL_ID}`;
const CONFIG_FRAME = `config-${SURVEY_MACRO_LOCAL_ID}`;
const FIXTURE_MANIFEST = join(__dirname, '..', 'fixtures', 'events-app', 'manifest.yml');
const built = existsSync(join(__dirname, '..', '..', 'static', 'app', 'build', 'main', 'index.html'));

describe('local Forge host (the app)', () => {
  let host: Host;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host.close());

  it('serves a Confluence-like page with the survey macro frame and the persona switcher', async () => {
    const page = await hostFetch(host, '/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = String(page.body);
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain('Procurement satisfaction survey 2026');
    expect(html).toContain(`src="/app/main/${MACRO_FRAME}/index.html"`);
    expect(html).toContain('id="persona-switcher"');
    for (const persona of PERSONAS) expect(html).toContain(`value="${persona.accountId}"`);
    expect(html).toMatch(/<main id="main"/);
    expect(html).not.toMatch(/<script>(?!<)/); // no inline script
  });

  it('keeps persona, theme and locale from the query in cookies', async () => {
    const page = await hostFetch(
      host,
      `/?persona=${encodeURIComponent(ADMIN_PERSONA.accountId)}&theme=dark&locale=fr-FR`,
    );
    const cookies = page.headers.getSetCookie().join('\n');
    expect(cookies).toContain(`forge_host_persona=${encodeURIComponent(ADMIN_PERSONA.accountId)}`);
    expect(cookies).toContain('forge_host_theme=dark');
    expect(cookies).toContain('forge_host_locale=fr-FR');
    expect(String(page.body)).toContain('data-color-mode="dark"');
  });

  it('shows the admin page module in its own frame', async () => {
    const page = await hostFetch(host, '/?view=admin');
    expect(String(page.body)).toContain('src="/app/main/page-admin-page/index.html"');
  });

  (built ? it : it.skip)(
    'serves the Custom UI with the bridge script first and a Forge-like CSP',
    async () => {
      const index = await hostFetch(host, `/app/main/${MACRO_FRAME}/index.html`);
      expect(index.status).toBe(200);
      expect(String(index.body)).toMatch(
        new RegExp(`<head>\\s*<script src="/__host/bridge.js\\?frame=${MACRO_FRAME}"></script>`),
      );
      const csp = index.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);

      const bridge = await hostFetch(host, `/__host/bridge.js?frame=${MACRO_FRAME}`);
      expect(bridge.headers.get('content-type')).toContain('javascript');
      expect(String(bridge.body)).toContain('window.__bridge');
      expect((await hostFetch(host, '/__host/bridge.js?frame=nope')).status).toBe(404);
    },
  );

  it('refuses files outside the resource and frames of another resource', async () => {
    expect((await hostFetch(host, `/app/main/${MACRO_FRAME}/..%2F..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await hostFetch(host, `/app/config/${MACRO_FRAME}/index.html`)).status).toBe(404);
    expect((await hostFetch(host, '/app/main/unknown-frame/index.html')).status).toBe(404);
  });

  it('serves the translations under __LOCALES__ in the shape @forge/i18n reads', async () => {
    const info = await hostFetch(host, `/app/main/${MACRO_FRAME}/__LOCALES__/i18n-info.json`);
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({
      config: { locales: ['en-US', 'fr-FR'], fallback: { default: 'en-US' } },
    });
    const fr = await hostFetch(host, `/app/main/${MACRO_FRAME}/__LOCALES__/fr-FR.json`);
    expect(fr.body).toMatchObject({ modules: { adminPage: { title: expect.any(String) } } });
    expect((await hostFetch(host, `/app/main/${MACRO_FRAME}/__LOCALES__/de-DE.json`)).status).toBe(404);
  });

  it('gives each frame the Forge context of its module, as the current persona', async () => {
    const context = await hostFetch(host, `/__host/context?frame=${MACRO_FRAME}`, {
      persona: CUSTOMER.accountId,
      headers: { 'x-forge-host-locale': 'fr-FR', 'x-forge-host-theme': 'dark' },
    });
    expect(context.body).toMatchObject({
      accountId: CUSTOMER.accountId,
      localId: SURVEY_MACRO_LOCAL_ID,
      moduleKey: 'survey-macro',
      locale: 'fr-FR',
      environmentType: 'DEVELOPMENT',
      theme: { colorMode: 'dark' },
      extension: {
        type: 'macro',
        content: { id: '65601', type: 'page' },
        space: { key: 'PROC' },
        config: {},
      },
    });
    const admin = await hostFetch(host, '/__host/context?frame=page-admin-page');
    expect(admin.body).toMatchObject({
      moduleKey: 'admin-page',
      extension: { type: 'confluence:globalSettings' },
    });
  });

  it('invokes survey/getState as a persona and answers the seeded open campaign', async () => {
    const answer = await invokeAs(host, CUSTOMER.accountId, 'survey/getState', {
      campaignId: 'campaign-2026',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      ok: true,
      data: { campaign: { id: 'campaign-2026', period: '2026' }, model: { id: 'procurement-default' } },
    });
    const data = (answer.body as { data: { model: { sections: unknown[] } } }).data;
    expect(data.model.sections).toHaveLength(5);
  });

  it('answers a wrong payload with the typed INVALID_PAYLOAD error', async () => {
    const answer = await invokeAs(host, CUSTOMER.accountId, 'survey/getState', { campaignId: '../../etc' });
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });

  it('returns the platform calls of each invocation and keeps totals', async () => {
    await hostFetch(host, '/__host/counts/reset', { method: 'POST' });
    const answer = await invokeAs(host, CUSTOMER.accountId, 'survey/getState', {
      campaignId: 'campaign-2026',
    });
    const counts = JSON.parse(answer.headers.get('x-forge-call-counts') ?? '{}');
    // How many Confluence calls a use case makes is the app's business: the host reports whatever it made.
    expect(counts).toEqual({
      storage: expect.any(Number),
      jira: 0,
      confluence: expect.any(Number),
      events: 0,
    });
    expect(counts.storage).toBeGreaterThan(0);
    const totals = await hostFetch(host, '/__host/counts');
    expect(totals.body).toEqual(counts);
  });

  it('stores the macro config submitted by the config screen in host state, not in the app storage', async () => {
    const storedBefore = host.kvs.dump();
    const config = { campaignId: 'campaign-2025' };
    const submitted = await hostFetch(host, '/__host/submit', {
      persona: ADMIN_PERSONA.accountId,
      body: { frame: CONFIG_FRAME, payload: { config } },
    });
    expect(submitted.body).toMatchObject({ submitted: true });
    const context = await hostFetch(host, `/__host/context?frame=${MACRO_FRAME}`);
    expect(context.body).toMatchObject({ extension: { config } });
    const configContext = await hostFetch(host, `/__host/context?frame=${CONFIG_FRAME}`);
    expect(configContext.body).toMatchObject({
      extension: { config, isConfig: true, macro: { isConfiguring: true } },
    });
    expect(host.kvs.dump()).toEqual(storedBefore);
    // Only the config screen submits: the macro itself cannot.
    expect(
      (
        await hostFetch(host, '/__host/submit', {
          persona: ADMIN_PERSONA.accountId,
          body: { frame: MACRO_FRAME, payload: { config } },
        })
      ).body,
    ).toEqual({ submitted: false });
    await hostFetch(host, '/__host/submit', {
      persona: ADMIN_PERSONA.accountId,
      body: { frame: CONFIG_FRAME, payload: { config: {} } },
    });
  });

  it('opens modal frames that carry the custom context', async () => {
    const opened = await hostFetch(host, '/__host/frames', {
      body: { frame: MACRO_FRAME, resource: null, context: { step: 2 } },
    });
    const { frameId, resourceKey } = opened.body as { frameId: string; resourceKey: string };
    expect(resourceKey).toBe('main');
    const context = await hostFetch(host, `/__host/context?frame=${frameId}`);
    expect(context.body).toMatchObject({
      moduleKey: 'survey-macro',
      extension: { type: 'macro', modal: { step: 2 } },
    });
    expect(
      (await hostFetch(host, '/__host/frames', { body: { frame: MACRO_FRAME, resource: 'nope' } })).status,
    ).toBe(400);
  });

  it('runs product calls of the front end as the persona', async () => {
    const customer = await hostFetch(host, '/__host/product', {
      persona: CUSTOMER.accountId,
      body: {
        frame: MACRO_FRAME,
        product: 'confluence',
        restPath: '/wiki/api/v2/pages/65601/operations',
        fetchRequestInit: { method: 'GET' },
      },
    });
    expect(customer.body).toMatchObject({ status: 200 });
    const operations = JSON.parse((customer.body as { body: string }).body).operations as {
      operation: string;
    }[];
    expect(operations.map((o) => o.operation)).toEqual(['read']);
    const jira = await hostFetch(host, '/__host/product', {
      body: {
        frame: MACRO_FRAME,
        product: 'jira',
        restPath: '/rest/api/3/project/PROC',
        fetchRequestInit: { method: 'GET' },
      },
    });
    // Answered by the Jira sandbox as the persona (what it answers depends on the manifest's scopes).
    expect(host.jira.requests().at(-1)).toMatchObject({
      method: 'GET',
      path: '/rest/api/3/project/PROC',
      accountId: CUSTOMER.accountId,
      status: (jira.body as { status: number }).status,
    });
  });

  it('sets preferences through POST and refuses unknown values', async () => {
    const ok = await hostFetch(host, '/__host/theme', { body: { value: 'dark' } });
    expect(ok.headers.get('set-cookie')).toContain('forge_host_theme=dark');
    expect((await hostFetch(host, '/__host/persona', { body: { value: 'nobody' } })).status).toBe(400);
    expect((await hostFetch(host, '/__host/locale', { body: { value: 'xx-XX' } })).status).toBe(400);
  });

  it('answers unknown frames with 404', async () => {
    expect(
      (await hostFetch(host, '/__host/invoke', { body: { frame: 'nope', functionKey: 'survey/getState' } }))
        .status,
    ).toBe(404);
  });
});

describe('local Forge host (identity and failures, with a fixture app)', () => {
  let host: Host;
  beforeAll(async () => {
    host = await startTestHost({ manifestPath: FIXTURE_MANIFEST, seed: false });
  });
  afterAll(() => host.close());
  const frame = () => `macro-${[...host.state.macros.keys()][0]}`;

  it('gives the resolver the account id of the persona the page chose, never one from the payload', async () => {
    const first = await hostFetch(host, '/__host/invoke', {
      persona: CUSTOMER.accountId,
      body: { frame: frame(), functionKey: 'whoami', payload: { accountId: 'forged' } },
    });
    expect(first.body).toMatchObject({ accountId: CUSTOMER.accountId, moduleKey: 'events-macro' });
    const second = await hostFetch(host, '/__host/invoke', {
      persona: OTHER_CUSTOMER.accountId,
      body: { frame: frame(), functionKey: 'whoami' },
    });
    expect(second.body).toMatchObject({ accountId: OTHER_CUSTOMER.accountId });
    // The cookie the page sets works the same way as the header.
    const third = await fetch(`${host.url}/__host/invoke`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forge-host-token': host.token,
        cookie: `forge_host_persona=${encodeURIComponent(ADMIN_PERSONA.accountId)}`,
      },
      body: JSON.stringify({ frame: frame(), functionKey: 'whoami' }),
    });
    expect(await third.json()).toMatchObject({ accountId: ADMIN_PERSONA.accountId });
  });

  it('answers a throwing handler like Forge: an error the bridge rejects with', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await hostFetch(host, '/__host/invoke', { body: { frame: frame(), functionKey: 'boom' } });
    spy.mockRestore();
    expect(answer.status).toBe(500);
    expect(answer.body).toMatchObject({
      error: { message: expect.stringContaining('fixture resolver failed') },
    });
  });
});

describe('local Forge host (file storage)', () => {
  it('seeds once: a second start on the same file changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-host-'));
    try {
      const dbFile = join(dir, 'app.sqlite');
      const first = await startTestHost({ dbFile });
      const seeded = first.kvs.dump();
      await first.close();
      const second = await startTestHost({ dbFile });
      expect(second.kvs.dump()).toEqual(seeded);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
