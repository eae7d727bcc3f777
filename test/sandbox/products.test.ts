/**
 * Product calls as the app makes them (@forge/api inside an invocation) against the Confluence sandbox, checked
 * against Atlassian's OpenAPI subset; Jira through its sandbox (or 404 without one); and forwarding to a real site
 * with basic auth.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import api, { route } from '@forge/api';
import { checkRequest, checkResponse } from '../../sandbox/openapi/contract';
import { ADMIN_PERSONA, PERSONAS } from '../../sandbox/personas';
import { createConfluenceSandbox } from '../../sandbox/products/confluence';
import { createJiraSandbox } from '../../sandbox/products/jira';
import { realSiteFromEnv } from '../../sandbox/products/real-site';
import { createProductRouter, type ProductExchange } from '../../sandbox/products/router';
import { DEMO_SITE } from '../../sandbox/products/site';
import { startTestHost, type Host } from '../helpers/host';

const CUSTOMER = PERSONAS[0]!;
const BUYER = PERSONAS.find((p) => p.role === 'buyer')!;

describe('Confluence sandbox through @forge/api', () => {
  let host: Host;
  const exchanges: ProductExchange[] = [];
  beforeAll(async () => {
    host = await startTestHost({ seed: false, onProductExchange: (e) => exchanges.push(e) });
  });
  afterAll(() => host.close());
  afterEach(() => {
    // Every answer the sandbox gave that the contract covers must conform to Atlassian's schema.
    for (const e of exchanges.splice(0)) {
      if (e.product !== 'confluence' || !e.path.startsWith('/wiki/api/v2/')) continue;
      expect(checkRequest('confluence', e.method, e.path, e.requestBody)).toEqual([]);
      // Confluence answers errors with an `{ errors: [...] }` body its OpenAPI does not document: check the status only.
      const body = e.status < 400 ? e.responseBody : undefined;
      expect(checkResponse('confluence', e.method, e.path, e.status, body)).toEqual([]);
    }
  });

  const asUser = <T>(accountId: string, fn: () => Promise<T>) =>
    host.runtime.invoke({ accountId, moduleKey: 'survey-macro' }, fn).then((r) => r.result);

  it('returns a demo page in the v2 shape, and 404 for another id', async () => {
    const page = await asUser(CUSTOMER.accountId, async () => {
      const response = await api
        .asUser()
        .requestConfluence(route`/wiki/api/v2/pages/${DEMO_SITE.surveyPageId}`);
      return { status: response.status, body: await response.json() };
    });
    expect(page).toMatchObject({
      status: 200,
      body: { id: '65601', title: 'Procurement satisfaction survey 2026', spaceId: DEMO_SITE.space.id },
    });
    const missing = await asUser(
      CUSTOMER.accountId,
      async () => (await api.asUser().requestConfluence(route`/wiki/api/v2/pages/${'1'}`)).status,
    );
    expect(missing).toBe(404);
  });

  it('answers page operations that depend on the persona', async () => {
    const operationsOf = (accountId: string) =>
      asUser(accountId, async () => {
        const response = await api
          .asUser()
          .requestConfluence(route`/wiki/api/v2/pages/${DEMO_SITE.surveyPageId}/operations`);
        return ((await response.json()) as { operations: { operation: string }[] }).operations.map(
          (o) => o.operation,
        );
      });
    expect(await operationsOf(CUSTOMER.accountId)).toEqual(['read']);
    expect(await operationsOf(BUYER.accountId)).toEqual(expect.arrayContaining(['read', 'update']));
  });

  it('tells a Confluence admin apart (space operations, and the v1 current user with operations)', async () => {
    const spaceOps = (accountId: string) =>
      asUser(accountId, async () => {
        const response = await api
          .asUser()
          .requestConfluence(route`/wiki/api/v2/spaces/${DEMO_SITE.space.id}/operations`);
        return ((await response.json()) as { operations: { operation: string; targetType: string }[] })
          .operations;
      });
    expect(await spaceOps(ADMIN_PERSONA.accountId)).toContainEqual({
      operation: 'administer',
      targetType: 'space',
    });
    expect(await spaceOps(CUSTOMER.accountId)).not.toContainEqual({
      operation: 'administer',
      targetType: 'space',
    });

    const current = (accountId: string) =>
      asUser(
        accountId,
        async () =>
          (
            await api.asUser().requestConfluence(route`/wiki/rest/api/user/current?expand=operations`)
          ).json() as Promise<unknown>,
      );
    expect(await current(ADMIN_PERSONA.accountId)).toMatchObject({
      accountId: ADMIN_PERSONA.accountId,
      operations: expect.arrayContaining([{ operation: 'administer', targetType: 'application' }]),
    });
    const customer = (await current(CUSTOMER.accountId)) as { operations: unknown[] };
    expect(customer.operations).not.toContainEqual({ operation: 'administer', targetType: 'application' });
  });

  it('counts Confluence calls per invocation', async () => {
    const { counts } = await host.runtime.invoke({ accountId: CUSTOMER.accountId }, async () => {
      await api.asUser().requestConfluence(route`/wiki/api/v2/pages/${DEMO_SITE.surveyPageId}`);
    });
    expect(counts).toMatchObject({ confluence: 1, jira: 0 });
  });
});

describe('Jira through the product router', () => {
  it('hands Jira calls to the Jira sandbox as the caller (see jira.test.ts), and their answers conform', async () => {
    const router = createProductRouter({
      confluence: createConfluenceSandbox(DEMO_SITE),
      jira: createJiraSandbox({ scopes: ['read:jira-user'] }),
    });
    const target = { type: 'fpp', provider: 'user', remote: 'jira', accountId: CUSTOMER.accountId };
    const response = await router(target, '/rest/api/3/myself', undefined, {});
    const body: unknown = await response.json();
    expect({ status: response.status, body }).toMatchObject({
      status: 200,
      body: { accountId: CUSTOMER.accountId },
    });
    expect(checkResponse('jira', 'GET', '/rest/api/3/myself', 200, body)).toEqual([]);
  });

  it('answers every Jira call 404 without a Jira sandbox, as a site without Jira does', async () => {
    const router = createProductRouter({ confluence: createConfluenceSandbox(DEMO_SITE) });
    const response = await router(
      { type: 'fpp', provider: 'app', remote: 'jira' },
      '/rest/api/3/myself',
      undefined,
      {},
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errorMessages: ['Jira is not connected to this site.'],
      errors: {},
    });
  });
});

describe('Confluence sandbox (direct)', () => {
  const confluence = createConfluenceSandbox(DEMO_SITE);
  it('refuses unknown users and unknown endpoints', () => {
    expect(confluence({ method: 'GET', path: '/wiki/api/v2/pages/65601', accountId: 'nobody' }).status).toBe(
      401,
    );
    expect(confluence({ method: 'DELETE', path: '/wiki/api/v2/pages/65601' }).status).toBe(404);
  });
  it('lists the groups of a persona', () => {
    const answer = confluence({
      method: 'GET',
      path: `/wiki/rest/api/user/memberof?accountId=${ADMIN_PERSONA.accountId}`,
    });
    expect(answer.body).toMatchObject({
      results: expect.arrayContaining([expect.objectContaining({ name: 'confluence-admins' })]),
    });
  });
});

describe('real site routing', () => {
  it('reads the site from the environment only when all three settings are there', () => {
    expect(realSiteFromEnv({ ATLASSIAN_SITE_URL: 'https://x.atlassian.net' })).toBeUndefined();
    expect(
      realSiteFromEnv({
        ATLASSIAN_SITE_URL: 'https://x.atlassian.net/',
        ATLASSIAN_EMAIL: 'a@b.c',
        ATLASSIAN_API_TOKEN: 't',
      }),
    ).toEqual({
      url: 'https://x.atlassian.net',
      email: 'a@b.c',
      apiToken: 't',
    });
  });

  it('forwards product calls with basic auth instead of using the sandboxes', async () => {
    const seen: { url?: string; headers?: IncomingHttpHeaders }[] = [];
    const site = createServer((req, res) => {
      seen.push({ url: req.url, headers: req.headers });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ accountId: 'real-user' }));
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    const host = await startTestHost({
      seed: false,
      site: { url, email: 'me@example.com', apiToken: 'secret-token' },
    });
    try {
      // An operation the manifest's scopes allow (read:confluence-user); see host-security.test.ts for the others.
      const { result } = await host.runtime.invoke(
        { accountId: CUSTOMER.accountId },
        async () =>
          (
            await api.asUser().requestConfluence(route`/wiki/rest/api/user/current`)
          ).json() as Promise<unknown>,
      );
      expect(result).toEqual({ accountId: 'real-user' });
      expect(seen[0]?.url).toBe('/wiki/rest/api/user/current');
      expect(seen[0]?.headers?.authorization).toBe(
        `Basic ${Buffer.from('me@example.com:secret-token').toString('base64')}`,
      );
    } finally {
      await host.close();
      site.close();
    }
  });
});
