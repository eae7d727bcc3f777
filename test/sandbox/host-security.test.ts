/**
 * Issue 7, item 10: another web page cannot drive the local host. `Host` must be the host's own (DNS rebinding),
 * state-changing requests refuse a foreign `Origin` and need the per-start token the page carries, an unknown persona
 * is an error, only page editors change macro settings, and a real site only gets the operations the manifest's
 * scopes allow.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import api, { route } from '@forge/api';
import { ADMIN_PERSONA, PERSONAS } from '../../sandbox/personas';
import { siteAllowlist } from '../../sandbox/products/allowlist';
import { SURVEY_MACRO_LOCAL_ID } from '../../sandbox/server/state';
import { hostFetch, invokeAs, rawRequest, startTestHost, type Host } from '../helpers/host';

const CUSTOMER = PERSONAS.find((p) => p.role === 'customer')!;
const BUYER = PERSONAS.find((p) => p.role === 'buyer')!;
const QUALITY = PERSONAS.find((p) => p.role === 'quality-manager')!;
const MACRO_FRAME = `macro-${SURVEY_MACRO_LOCAL_ID}`;
const CONFIG_FRAME = `config-${SURVEY_MACRO_LOCAL_ID}`;
const ADMIN_FRAME = 'page-admin-page';

const errorMessage = (body: unknown) => (body as { error?: { message?: string } }).error?.message ?? '';

describe('local host: Host, Origin and token', () => {
  let host: Host;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host.close());

  const rolesOf = async () =>
    (
      (await invokeAs(host, ADMIN_PERSONA.accountId, 'roles/get', {}, ADMIN_FRAME)).body as {
        data: { team: { accountId: string }[] };
      }
    ).data.team.map((u) => u.accountId);

  it('refuses a cross-origin text/plain POST that would change roles (a CSRF from any web page)', async () => {
    const before = await rolesOf();
    const attack = await rawRequest(host, {
      method: 'POST',
      path: `/__host/invoke?persona=${encodeURIComponent(ADMIN_PERSONA.accountId)}`,
      headers: { origin: 'http://evil.example', 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({
        frame: ADMIN_FRAME,
        functionKey: 'roles/set',
        payload: { admins: [ADMIN_PERSONA.accountId], team: [CUSTOMER.accountId], quality: [] },
      }),
    });
    expect(attack.status).toBe(403);
    expect(errorMessage(attack.body)).toMatch(/origin/i);
    expect(await rolesOf()).toEqual(before);
  });

  it('refuses a foreign Origin even with the right token, and Origin "null"', async () => {
    for (const origin of ['http://evil.example', 'null', `http://localhost:${host.port + 1}`]) {
      const answer = await hostFetch(host, '/__host/counts/reset', {
        method: 'POST',
        headers: { origin },
      });
      expect({ origin, status: answer.status }).toEqual({ origin, status: 403 });
    }
  });

  it("accepts the host's own origin, under each loopback name, and no Origin at all (curl, tests)", async () => {
    for (const name of ['localhost', '127.0.0.1', '[::1]']) {
      const answer = await rawRequest(host, {
        method: 'POST',
        path: '/__host/counts/reset',
        headers: {
          host: `${name}:${host.port}`,
          origin: `http://${name}:${host.port}`,
          'x-forge-host-token': host.token,
        },
      });
      expect({ name, status: answer.status }).toEqual({ name, status: 200 });
    }
    expect((await hostFetch(host, '/__host/counts/reset', { method: 'POST' })).status).toBe(200);
  });

  it('refuses any request whose Host is not its own (DNS rebinding), GETs included', async () => {
    for (const hostHeader of [
      `evil.example:${host.port}`,
      'evil.example',
      `localhost:${host.port + 1}`,
      `127.0.0.1.evil.example:${host.port}`,
    ]) {
      for (const path of ['/', '/__host/state', `/__host/context?frame=${MACRO_FRAME}`]) {
        const answer = await rawRequest(host, { path, headers: { host: hostHeader } });
        expect({ hostHeader, path, status: answer.status }).toEqual({ hostHeader, path, status: 403 });
        expect(errorMessage(answer.body)).toMatch(/host/i);
        expect(String(JSON.stringify(answer.body))).not.toContain(host.token);
      }
    }
    const post = await rawRequest(host, {
      method: 'POST',
      path: '/__host/counts/reset',
      headers: { host: `evil.example:${host.port}`, 'x-forge-host-token': host.token },
    });
    expect(post.status).toBe(403);
    for (const name of ['localhost', '127.0.0.1', '[::1]']) {
      const page = await rawRequest(host, { path: '/', headers: { host: `${name}:${host.port}` } });
      expect({ name, status: page.status }).toEqual({ name, status: 200 });
    }
  });

  it('needs the token on every state-changing host call, and changes nothing without it', async () => {
    await invokeAs(host, CUSTOMER.accountId, 'survey/getState', { campaignId: 'campaign-2026' });
    const totals = (await hostFetch(host, '/__host/counts')).body;
    const calls: [string, unknown][] = [
      ['/__host/invoke', { frame: MACRO_FRAME, functionKey: 'survey/getState', payload: {} }],
      ['/__host/persona', { value: ADMIN_PERSONA.accountId }],
      ['/__host/theme', { value: 'dark' }],
      ['/__host/locale', { value: 'fr-FR' }],
      ['/__host/counts/reset', {}],
      ['/__host/scheduled/close-due-campaigns', {}],
      ['/__host/submit', { frame: CONFIG_FRAME, payload: { config: { campaignId: 'x' } } }],
      ['/__host/frames', { frame: MACRO_FRAME, resource: null, context: {} }],
      [
        '/__host/product',
        { frame: MACRO_FRAME, product: 'confluence', restPath: '/wiki/api/v2/pages/65601' },
      ],
      ['/__host/product-events', { eventType: 'avi:jira:updated:issue', payload: {} }],
      ['/__host/jira/transition', { key: 'PROC-1', status: 'Done' }],
      ['/__host/jira/faults', { kind: 'rate-limit' }],
      ['/__host/jira/faults/clear', {}],
      ['/__host/jira/connection', { connected: false }],
      ['/__host/jira/delivery', { copies: 2 }],
      ['/__host/jira/events/hold', {}],
      ['/__host/jira/events/release', {}],
      ['/__host/jira/requests/reset', {}],
    ];
    host.jira.createIssue({ summary: 'Stays in To Do' });
    host.jira.faults.serverError({ path: '/rest/api/3/nothing' });
    const jiraBefore = {
      issues: host.jira.issues(),
      faults: host.jira.faults.pending(),
      requests: host.jira.requests(),
      delivery: host.jira.eventDelivery(),
    };
    const stored = host.kvs.dump();
    for (const [path, body] of calls) {
      for (const token of [null, '', 'not-the-token', `${host.token}x`]) {
        const answer = await hostFetch(host, path, { body, token, persona: ADMIN_PERSONA.accountId });
        expect({ path, token, status: answer.status }).toEqual({ path, token, status: 403 });
        expect(errorMessage(answer.body)).toMatch(/token/i);
        expect(answer.headers.get('set-cookie')).toBeNull();
      }
    }
    // Other methods are state-changing too.
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      expect((await hostFetch(host, '/__host/counts/reset', { method, token: null })).status).toBe(403);
    }
    expect((await hostFetch(host, '/__host/counts')).body).toEqual(totals);
    expect(host.kvs.dump()).toEqual(stored);
    expect(host.state.macros.get(SURVEY_MACRO_LOCAL_ID)?.config).toEqual({ campaignId: 'campaign-2026' });
    expect({
      issues: host.jira.issues(),
      faults: host.jira.faults.pending(),
      requests: host.jira.requests(),
      delivery: host.jira.eventDelivery(),
    }).toEqual(jiraBefore);
    expect({ connected: host.jira.connected, holding: host.jira.holdingEvents }).toEqual({
      connected: true,
      holding: false,
    });
    host.jira.reset();
  });

  it('hands the token to the page only, in a meta tag (no inline script), new at each start', async () => {
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    const page = await hostFetch(host, '/');
    const html = String(page.body);
    expect(html).toContain(`<meta name="forge-host-token" content="${host.token}">`);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // every script is a file
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    for (const path of [
      '/__host/state',
      `/__host/context?frame=${MACRO_FRAME}`,
      '/__host/page/host.js',
      `/__host/bridge.js?frame=${MACRO_FRAME}`,
      '/__host/counts',
    ]) {
      const answer = await hostFetch(host, path);
      expect({ path, leaks: JSON.stringify(answer.body).includes(host.token) }).toEqual({
        path,
        leaks: false,
      });
    }
    const other = await startTestHost({ seed: false });
    try {
      expect(other.token).not.toBe(host.token);
      const refused = await fetch(`${other.url}/__host/counts/reset`, {
        method: 'POST',
        headers: { 'x-forge-host-token': host.token },
      });
      expect(refused.status).toBe(403);
    } finally {
      await other.close();
    }
  });

  it('does not persist the persona of a link followed from another site', async () => {
    const page = await rawRequest(host, {
      path: `/?persona=${encodeURIComponent(ADMIN_PERSONA.accountId)}`,
      headers: {
        'sec-fetch-site': 'cross-site',
        'sec-fetch-mode': 'navigate',
        cookie: `forge_host_persona=${encodeURIComponent(CUSTOMER.accountId)}`,
      },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(String(page.body)).toContain(`data-persona="${CUSTOMER.accountId}"`);
    // Typed in the address bar (or from the page itself): persisted.
    const typed = await rawRequest(host, {
      path: `/?persona=${encodeURIComponent(ADMIN_PERSONA.accountId)}`,
      headers: { 'sec-fetch-site': 'none' },
    });
    expect(typed.headers.get('set-cookie')).toContain(encodeURIComponent(ADMIN_PERSONA.accountId));
  });
});

describe('local host: personas', () => {
  let host: Host;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host.close());

  it('answers 400 to an unknown persona in the header, the query or the cookie, never falling back', async () => {
    const header = await hostFetch(host, '/__host/state', { persona: 'nobody' });
    expect(header.status).toBe(400);
    expect(errorMessage(header.body)).toMatch(/unknown persona "nobody"/);

    const query = await hostFetch(host, '/__host/state?persona=712020%3Aforged');
    expect(query.status).toBe(400);
    expect(errorMessage(query.body)).toContain('712020:forged');

    const cookie = await hostFetch(host, '/', { headers: { cookie: 'forge_host_persona=gone' } });
    expect(cookie.status).toBe(400);
    expect(errorMessage(cookie.body)).toMatch(/unknown persona "gone"/);
    // The page clears the bad cookie, so a reload gets the default persona back.
    expect(cookie.headers.get('set-cookie')).toMatch(/forge_host_persona=;.*Max-Age=0/);

    const invoked = await hostFetch(host, '/__host/invoke', {
      persona: 'nobody',
      body: { frame: MACRO_FRAME, functionKey: 'survey/getState', payload: { campaignId: 'campaign-2026' } },
    });
    expect(invoked.status).toBe(400);
    expect(invoked.headers.get('x-forge-call-counts')).toBeNull();
  });

  it('still uses the default persona when none is given at all', async () => {
    const state = await hostFetch(host, '/__host/state');
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({ persona: { accountId: PERSONAS[0]!.accountId } });
  });
});

describe('local host: macro settings', () => {
  let host: Host;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host.close());

  const submitAs = (accountId: string, config: Record<string, unknown>) =>
    hostFetch(host, '/__host/submit', {
      persona: accountId,
      body: { frame: CONFIG_FRAME, payload: { config } },
    });
  const config = () => host.state.macros.get(SURVEY_MACRO_LOCAL_ID)?.config;

  it('refuses macro settings from those who may not edit the page: customers and the quality manager', async () => {
    for (const persona of PERSONAS.filter((p) => p.role === 'customer' || p.role === 'quality-manager')) {
      const answer = await submitAs(persona.accountId, { campaignId: 'campaign-2025' });
      expect({ who: persona.displayName, status: answer.status }).toEqual({
        who: persona.displayName,
        status: 403,
      });
      expect(errorMessage(answer.body)).toMatch(/edit/i);
    }
    expect(config()).toEqual({ campaignId: 'campaign-2026' });
    // The Confluence sandbox agrees: the page is read-only to them.
    const operations = await hostFetch(host, '/__host/product', {
      persona: QUALITY.accountId,
      body: { frame: MACRO_FRAME, product: 'confluence', restPath: '/wiki/api/v2/pages/65601/operations' },
    });
    const ops = JSON.parse((operations.body as { body: string }).body) as {
      operations: { operation: string }[];
    };
    expect(ops.operations.map((o) => o.operation)).toEqual(['read']);
  });

  it('accepts them from the admin and the buyers (the team)', async () => {
    for (const persona of [ADMIN_PERSONA, ...PERSONAS.filter((p) => p.role === 'buyer')]) {
      const wanted = { campaignId: `campaign-of-${persona.accountId.slice(-2)}` };
      const answer = await submitAs(persona.accountId, wanted);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ submitted: true });
      expect(config()).toEqual(wanted);
    }
    await submitAs(BUYER.accountId, { campaignId: 'campaign-2026' });
  });
});

describe('local host: forwarding to a real site', () => {
  let site: ReturnType<typeof createServer>;
  let siteUrl: string;
  let host: Host;
  const seen: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];
  beforeAll(async () => {
    site = createServer((req, res) => {
      seen.push({ method: req.method, url: req.url, headers: req.headers });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ reached: true }));
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', () => r()));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    host = await startTestHost({
      seed: false,
      site: { url: siteUrl, email: 'me@example.com', apiToken: 'api-token' },
    });
  });
  afterAll(async () => {
    await host.close();
    site.close();
  });
  beforeEach(() => seen.splice(0));

  const fromFrontEnd = (method: string, restPath: string, product = 'confluence') =>
    hostFetch(host, '/__host/product', {
      persona: CUSTOMER.accountId,
      body: { frame: MACRO_FRAME, product, restPath, fetchRequestInit: { method } },
    });

  it('forwards the operations the manifest scopes allow, with the API token', async () => {
    for (const [method, path] of [
      ['GET', '/wiki/api/v2/pages/65601'],
      ['GET', '/wiki/api/v2/pages/65601/operations'],
      ['GET', '/wiki/rest/api/user/current?expand=operations'],
      ['GET', '/wiki/rest/api/search/user?cql=user.fullname~%22Al%22&limit=10'],
      ['GET', `/wiki/rest/api/user/bulk?accountId=${CUSTOMER.accountId}&limit=1`],
    ] as const) {
      const answer = await fromFrontEnd(method, path);
      expect({ path, status: answer.status }).toEqual({ path, status: 200 });
      expect(answer.body).toMatchObject({ status: 200 });
    }
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET /wiki/api/v2/pages/65601',
      'GET /wiki/api/v2/pages/65601/operations',
      'GET /wiki/rest/api/user/current?expand=operations',
      'GET /wiki/rest/api/search/user?cql=user.fullname~%22Al%22&limit=10',
      `GET /wiki/rest/api/user/bulk?accountId=${CUSTOMER.accountId}&limit=1`,
    ]);
    expect(seen[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from('me@example.com:api-token').toString('base64')}`,
    );
  });

  it('refuses, with 403 and a message, every other method and path, and sends nothing', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const [method, path, product] of [
      ['DELETE', '/wiki/api/v2/pages/65601', 'confluence'],
      ['PUT', '/wiki/api/v2/pages/65601', 'confluence'],
      ['POST', '/wiki/rest/api/content', 'confluence'],
      ['GET', '/wiki/api/v2/spaces/98304', 'confluence'], // read:space:confluence is not in the manifest
      ['DELETE', '/rest/api/3/issue/PROC-1', 'jira'], // deleting issues is no operation of the subset
      ['GET', '/rest/api/3/search?jql=project%3DPROC', 'jira'], // the old search, gone from Jira Cloud
      ['GET', '/wiki/api/v2/pages/65601/../../../../rest/api/3/myself', 'confluence'],
      ['GET', '/wiki/api/v2/pages/1%2F..%2F..%2Fspaces%2F98304', 'confluence'],
      ['GET', '/wiki/api/v2/pages/abc', 'confluence'],
      ['GET', '/admin/users', 'confluence'],
      ['GET', '/rest/api/3/myself', 'confluence'],
      ['GET', '//evil.example/wiki/api/v2/pages/65601', 'confluence'],
      ['GET', '/\\evil.example/wiki/api/v2/pages/65601', 'confluence'],
    ] as const) {
      const answer = await fromFrontEnd(method, path, product);
      expect({ method, path, status: answer.status }).toEqual({ method, path, status: 403 });
      expect(errorMessage(answer.body)).toMatch(/scopes/);
    }
    // The app's own backend calls go through the same gate.
    const { result } = await host.runtime.invoke({ accountId: CUSTOMER.accountId }, async () => {
      const response = await api
        .asApp()
        .requestConfluence(route`/wiki/rest/api/content`, { method: 'POST', body: '{}' });
      return { status: response.status, body: (await response.json()) as { message: string } };
    });
    expect(result.status).toBe(403);
    expect(result.body.message).toMatch(/POST \/wiki\/rest\/api\/content.*scopes/);
    expect(seen).toEqual([]);
    // The developer sees each refusal on the console too.
    expect(warn).toHaveBeenCalledTimes(14);
    expect(String(warn.mock.calls[0]?.[0])).toContain('refused to forward DELETE /wiki/api/v2/pages/65601');
    warn.mockRestore();
  });

  it('forwards Jira calls too once the scopes grant read:jira-work and write:jira-work', async () => {
    const jiraSite = await startTestHost({
      seed: false,
      site: { url: siteUrl, email: 'me@example.com', apiToken: 'api-token' },
      siteScopes: ['read:jira-work', 'write:jira-work', 'read:jira-user'],
    });
    try {
      const { result } = await jiraSite.runtime.invoke({ accountId: CUSTOMER.accountId }, async () => {
        const response = await api.asUser().requestJira(route`/rest/api/3/issue`, {
          method: 'POST',
          body: JSON.stringify({
            fields: { project: { key: 'PROC' }, summary: 'x', issuetype: { id: '10002' } },
          }),
        });
        return response.status;
      });
      expect(result).toBe(200);
      const front = await hostFetch(jiraSite, '/__host/product', {
        persona: CUSTOMER.accountId,
        body: { frame: MACRO_FRAME, product: 'jira', restPath: '/rest/api/3/myself', fetchRequestInit: {} },
      });
      expect(front.body).toMatchObject({ status: 200 });
      expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
        'POST /rest/api/3/issue',
        'GET /rest/api/3/myself',
      ]);
      expect(seen[0]?.headers.authorization).toBe(
        `Basic ${Buffer.from('me@example.com:api-token').toString('base64')}`,
      );
      // The sandbox saw none of it.
      expect(jiraSite.jira.requests()).toEqual([]);
    } finally {
      await jiraSite.close();
    }
  });

  it('derives the allowlist from the committed OpenAPI subset and the granted scopes', () => {
    const describe = (scopes: string[]) =>
      siteAllowlist(scopes)
        .operations.map((o) => `${o.method} ${o.template}`)
        .sort();
    expect(describe(['read:page:confluence'])).toEqual([
      'GET /wiki/api/v2/pages/{id}',
      'GET /wiki/api/v2/pages/{id}/operations',
    ]);
    expect(describe(['read:jira-work'])).toEqual([
      'GET /rest/api/3/issue/{issueIdOrKey}',
      'GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
      'GET /rest/api/3/issue/{issueIdOrKey}/transitions',
      'GET /rest/api/3/project/{projectIdOrKey}',
      'GET /rest/api/3/search/jql',
      'POST /rest/api/3/search/jql',
    ]);
    expect(describe([])).toEqual([]);
    const writes = siteAllowlist(['write:jira-work']);
    expect(writes.check('jira', 'POST', '/rest/api/3/issue')).toMatchObject({ ok: true });
    expect(writes.check('jira', 'POST', '/rest/api/3/issue/bulk')).toMatchObject({ ok: true });
    expect(writes.check('jira', 'GET', '/rest/api/3/issue/PROC-1')).toMatchObject({ ok: false });
    expect(writes.check('confluence', 'POST', '/rest/api/3/issue')).toMatchObject({ ok: false });
  });
});
