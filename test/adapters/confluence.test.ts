/** The Confluence adapter over the real @forge/api: the sandbox's answers, and every failure as a typed error. */
import { cqlString, ConfluenceClient } from '../../src/adapters/confluence';
import { createConfluenceSandbox } from '../../sandbox/products/confluence';
import { createProductRouter } from '../../sandbox/products/router';
import { DEMO_SITE } from '../../sandbox/products/site';
import type { ProductRouter } from '../../sandbox/platform';
import { startTestRuntime, type TestRuntime } from '../helpers/forge-runtime';
import { PEOPLE } from '../helpers/people';

const sandbox = createProductRouter({ confluence: createConfluenceSandbox(DEMO_SITE) });
let answer: ProductRouter = sandbox;
const requests: string[] = [];
let rt: TestRuntime;
beforeAll(() => {
  rt = startTestRuntime({
    products: (target, path, init, identity) => {
      requests.push(path);
      return answer(target, path, init, identity);
    },
  });
});
afterAll(() => rt.close());
beforeEach(() => {
  answer = sandbox;
  requests.length = 0;
});

const as = <T>(accountId: string, fn: () => Promise<T>) => rt.invoke({ accountId }, fn).then((r) => r.result);
const client = new ConfluenceClient();

describe('against the Confluence sandbox', () => {
  it('tells a site administrator apart, as the user', async () => {
    expect(await as(PEOPLE.jean, () => client.isSiteAdmin())).toEqual({ ok: true, data: true });
    expect(await as(PEOPLE.alice, () => client.isSiteAdmin())).toEqual({ ok: true, data: false });
    expect(requests).toEqual([
      '/wiki/rest/api/user/current?expand=operations',
      '/wiki/rest/api/user/current?expand=operations',
    ]);
  });

  it('sees pages as the user: restricted and unknown pages cannot be viewed', async () => {
    const restricted = DEMO_SITE.pages.find((p) => p.viewers)!.id;
    expect(await as(PEOPLE.alice, () => client.canViewPage(DEMO_SITE.surveyPageId))).toEqual({
      ok: true,
      data: true,
    });
    expect(await as(PEOPLE.alice, () => client.canViewPage(restricted))).toEqual({
      ok: true,
      data: false,
    });
    expect(await as(PEOPLE.jean, () => client.canViewPage(restricted))).toEqual({
      ok: true,
      data: true,
    });
    expect(await as(PEOPLE.alice, () => client.canViewPage('424242'))).toEqual({
      ok: true,
      data: false,
    });
    expect(await as(PEOPLE.alice, () => client.pageUrl(DEMO_SITE.surveyPageId))).toEqual({
      ok: true,
      data: `${DEMO_SITE.siteUrl}/wiki/spaces/PROC/pages/${DEMO_SITE.surveyPageId}`,
    });
  });

  it('searches with an escaped CQL string and looks people up in one request', async () => {
    expect(cqlString('a"b\\c')).toBe('"a\\"b\\\\c"');
    const found = await as(PEOPLE.alice, () => client.searchUsers('moreau'));
    expect(found).toEqual({ ok: true, data: [{ accountId: PEOPLE.hugo, displayName: 'Hugo Moreau' }] });
    expect(decodeURIComponent(requests[0]!)).toBe(
      '/wiki/rest/api/search/user?cql=user.fullname~"moreau"&limit=25',
    );
    const bulk = await as(PEOPLE.alice, () => client.users([PEOPLE.bruno, PEOPLE.alice]));
    expect(bulk).toMatchObject({
      ok: true,
      data: [{ displayName: 'Bruno Lefèvre' }, { displayName: 'Alice Martin' }],
    });
    expect(requests).toHaveLength(2);
  });
});

describe('failures', () => {
  const reply = (status: number, body: unknown) => {
    answer = () =>
      Promise.resolve(
        new Response(typeof body === 'string' ? body : JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json' },
        }),
      );
  };

  it.each([
    [401, { message: 'no' }, 'FORBIDDEN'],
    [403, { message: 'no' }, 'FORBIDDEN'],
    [404, { message: 'no' }, 'NOT_FOUND'],
    [429, { message: 'slow down' }, 'UNAVAILABLE'],
    [500, { message: 'boom' }, 'UNAVAILABLE'],
    [503, 'gateway', 'UNAVAILABLE'],
    [200, 'not json', 'UNAVAILABLE'],
    [200, { results: 'not a list' }, 'UNAVAILABLE'],
  ])('answers %i %j as %s, never an exception', async (status, body, code) => {
    reply(status, body);
    const result = await as(PEOPLE.alice, () => client.searchUsers('x'));
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('turns a network failure into UNAVAILABLE', async () => {
    answer = () => Promise.reject(new Error('socket hang up'));
    expect(await as(PEOPLE.alice, () => client.users(['a']))).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
  });

  it('answers every look-up with a typed failure when Confluence fails (the features choose their safe value)', async () => {
    reply(500, {});
    await as(PEOPLE.alice, async () => {
      const unavailable = { ok: false, error: { code: 'UNAVAILABLE', reason: 'confluence.status' } };
      expect(await client.canViewPage('65601')).toMatchObject(unavailable);
      expect(await client.isSiteAdmin()).toMatchObject(unavailable);
      expect(await client.pageUrl('65601')).toMatchObject(unavailable);
      expect(await client.users(['a'])).toMatchObject(unavailable);
      expect(await client.searchUsers('a')).toMatchObject(unavailable);
    });
    // A page the user cannot view is "cannot view", not an outage.
    reply(404, {});
    expect(await as(PEOPLE.alice, () => client.canViewPage('65601'))).toEqual({
      ok: true,
      data: false,
    });
    reply(503, {});
    expect(await as(PEOPLE.alice, () => client.canViewPage('65601'))).toMatchObject({ ok: false });
  });
});
