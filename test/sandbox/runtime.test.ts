/** The runtime globals: what @forge/api, @forge/kvs and @forge/events see, and the request counters. */
import api, { __getRuntime, authorize, getAppContext, route } from '@forge/api';
import { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import type { ForgeFetchTarget, InvocationIdentity, ProductRouter } from '../../sandbox/platform';
import { classifyRequest } from '../../sandbox/runtime';
import { startTestRuntime, type TestRuntime } from '../helpers/forge-runtime';

const seen: Array<{ target: ForgeFetchTarget; path: string; identity: InvocationIdentity }> = [];
const products: ProductRouter = (target, path, _init, identity) => {
  seen.push({ target, path, identity });
  const status = path.startsWith('/webhook/queue/publish') ? 201 : 200; // what @forge/events expects of a push
  return Promise.resolve(
    new Response(JSON.stringify({ ok: true, path }), {
      status,
      headers: { 'content-type': 'application/json' },
    }),
  );
};

let t: TestRuntime;
beforeEach(() => {
  seen.length = 0;
  t = startTestRuntime({ products });
});
afterEach(() => t.close());

test('@forge/kvs talks through {type: "kvs", provider: "app", remote: "kvs"}', async () => {
  const targets: ForgeFetchTarget[] = [];
  const installed = (globalThis as { __forge_fetch__?: (...args: unknown[]) => Promise<Response> })
    .__forge_fetch__;
  expect(installed).toBe(t.runtime.fetch);
  (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__ = (
    target: ForgeFetchTarget,
    path: string,
    init?: RequestInit,
  ) => {
    targets.push(target);
    return t.runtime.fetch(target, path, init);
  };
  try {
    await kvs.set('k', 1);
  } finally {
    (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__ = installed;
  }
  expect(targets).toEqual([{ type: 'kvs', provider: 'app', remote: 'kvs' }]);
  expect((globalThis as { __forge_runtime__?: { kvs?: unknown } }).__forge_runtime__?.kvs).toBeUndefined();
});

test('invoke counts storage round trips, product and event requests of that invocation only', async () => {
  const { result, counts } = await t.invoke({ accountId: 'u1', moduleKey: 'survey-macro' }, async () => {
    await kvs.set('a', 1);
    await kvs.get('a');
    await kvs.batchSet([
      { key: 'b', value: 1 },
      { key: 'c', value: 2 },
    ]); // one round trip
    await kvs.transact().set('d', 1).delete('a').execute(); // one round trip
    await api.asApp().requestJira(route`/rest/api/3/issue/${'PROJ-1'}`);
    await api.asUser().requestConfluence(route`/wiki/api/v2/pages/${'123'}`);
    await api.asApp().requestConfluence(route`/wiki/api/v2/spaces`);
    await new Queue({ key: 'follow-up' }).push([{ body: { campaignId: 'c1' } }]);
    return 'done';
  });
  expect(result).toBe('done');
  expect(counts).toEqual({ storage: 4, jira: 1, confluence: 2, events: 1 });
  expect(seen.map((s) => [s.target.remote, s.path])).toEqual([
    ['jira', '/rest/api/3/issue/PROJ-1'],
    ['confluence', '/wiki/api/v2/pages/123'],
    ['confluence', '/wiki/api/v2/spaces'],
    ['stargate', expect.stringMatching(/^\/webhook\/queue\/publish\//)],
  ]);
  expect(seen[1]?.target).toMatchObject({ provider: 'user', accountId: undefined });
  expect(seen.every((s) => s.identity.accountId === 'u1')).toBe(true);
  expect(t.runtime.totals()).toEqual(counts);
  t.runtime.resetTotals();
  expect(t.runtime.totals()).toEqual({ storage: 0, jira: 0, confluence: 0, events: 0 });
});

test('overlapping invocations keep their own identity and counters', async () => {
  const gate = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const run = (accountId: string, writes: number, delay: number) =>
    t.invoke({ accountId, moduleKey: `m-${accountId}` }, async () => {
      const before = __getRuntime().aaid;
      for (let i = 0; i < writes; i++) {
        await kvs.set(`${accountId}:${i}`, i);
        await gate(delay);
      }
      return { before, after: __getRuntime().aaid, moduleKey: getAppContext().moduleKey };
    });
  const [a, b] = await Promise.all([run('alice', 3, 5), run('bob', 5, 2)]);
  expect(a.result).toEqual({ before: 'alice', after: 'alice', moduleKey: 'm-alice' });
  expect(b.result).toEqual({ before: 'bob', after: 'bob', moduleKey: 'm-bob' });
  expect(a.counts.storage).toBe(3);
  expect(b.counts.storage).toBe(5);
  expect(t.runtime.totals().storage).toBe(8);
  expect(__getRuntime().aaid).toBeUndefined();
});

test('getAppContext and the remaining time follow the invocation', async () => {
  const { result } = await t.invoke(
    { accountId: 'u1', moduleKey: 'consumer', installContext: 'ari:cloud:confluence::site/abc' },
    async () => {
      const context = getAppContext();
      const start = context.invocationRemainingTimeInMillis();
      await kvs.set('tick', 1);
      t.clock.advance(1_500);
      return { context, start, later: context.invocationRemainingTimeInMillis() };
    },
    { timeoutMs: 900_000 },
  );
  expect(result.start).toBe(900_000);
  expect(result.later).toBe(898_500);
  expect(String(result.context.appAri)).toBe('ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000');
  expect(result.context.moduleKey).toBe('consumer');
  expect(result.context.invocationId).toEqual(expect.any(String));
  expect(result.context.permissions?.scopes).toEqual(['storage:app']);
  expect(t.runtime.current()).toBeUndefined();
});

test('authorize() reads the invocation account and fails outside of one', async () => {
  expect(() => authorize()).toThrow(/accountId/);
  const { result } = await t.invoke({ accountId: 'u-auth' }, () =>
    Promise.resolve(typeof authorize().onConfluenceContent),
  );
  expect(result).toBe('function');
});

test('errors thrown in an invocation propagate', async () => {
  await expect(t.invoke({ accountId: 'x' }, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
});

test('classifyRequest', () => {
  expect(classifyRequest({ type: 'kvs' }, '/api/v1/get')).toBe('storage');
  expect(classifyRequest({ type: 'fpp', remote: 'jira' }, '/rest/api/3/search/jql')).toBe('jira');
  expect(classifyRequest({ type: 'fpp', remote: 'confluence' }, '/wiki/api/v2/pages')).toBe('confluence');
  expect(classifyRequest({ type: 'fpp', remote: 'stargate' }, '/ex/jira/cloud-id/rest/api/3/issue')).toBe(
    'jira',
  );
  expect(
    classifyRequest({ type: 'fpp', provider: 'app', remote: 'stargate' }, '/webhook/queue/publish/x'),
  ).toBe('events');
});

test('uninstall restores the previous globals', () => {
  const g = globalThis as { __forge_fetch__?: unknown; __forge_runtime__?: unknown };
  t.runtime.uninstall();
  expect(g.__forge_fetch__).toBeUndefined();
  expect(g.__forge_runtime__).toBeUndefined();
  t.runtime.install();
  expect(g.__forge_fetch__).toBe(t.runtime.fetch);
});
