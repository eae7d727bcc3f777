/** Fault injection of the emulated KVS, seen through the real @forge/kvs SDK. */
import { kvs } from '@forge/kvs';
import { createKvsService } from '../../sandbox/kvs';
import { startTestRuntime, type TestRuntime } from '../helpers/forge-runtime';
import { apiError } from '../helpers/kvs-errors';

let t: TestRuntime;
beforeEach(() => {
  t = startTestRuntime();
});
afterEach(() => t.close());

test('429 on the n-th call surfaces as ForgeKvsAPIError RATE_LIMIT_EXCEEDED, and the write did not happen', async () => {
  t.kvs.faults.failNth(2, 429);
  await kvs.set('a', 1);
  const error = await apiError(kvs.set('b', 2));
  expect(error.responseDetails).toMatchObject({ status: 429, httpPath: '/api/v1/set', httpMethod: 'POST' });
  expect(error.code).toBe('RATE_LIMIT_EXCEEDED');
  await kvs.set('c', 3);
  expect(t.kvs.dump().kvs.map((r) => r.key)).toEqual(['a', 'c']);
});

test('the wire answer of a 429 carries Retry-After', async () => {
  t.kvs.faults.failNth(1, 429);
  const response = await t.kvs.fetch('/api/v1/get', { method: 'POST', body: JSON.stringify({ key: 'x' }) });
  expect(response.status).toBe(429);
  expect(response.headers.get('retry-after')).toBe('1');
  expect(await response.json()).toEqual({ code: 'RATE_LIMIT_EXCEEDED', message: expect.any(String) });
});

test('5xx on the n-th call of one path only, for several calls', async () => {
  t.kvs.faults.inject({ path: '/api/v1/get', nth: 1, count: 2, status: 503 });
  await kvs.set('k', 'v');
  expect((await apiError(kvs.get('k'))).responseDetails.status).toBe(503);
  expect((await apiError(kvs.get('k'))).code).toBe('SERVICE_UNAVAILABLE');
  expect(await kvs.get('k')).toBe('v');
  t.kvs.faults.failNth(1, 500);
  expect((await apiError(kvs.get('k'))).code).toBe('INTERNAL_SERVER_ERROR');
});

test('a transaction that fails after write is committed although the caller sees an error', async () => {
  t.kvs.faults.failAfterWrite(1, 500, { path: '/api/v1/transaction' });
  await kvs.set('before', 1);
  const error = await apiError(kvs.transact().set('t:1', 1).set('t:2', 2).execute());
  expect(error.responseDetails.status).toBe(500);
  expect(await kvs.get('t:1')).toBe(1);
  expect(await kvs.get('t:2')).toBe(2);
  // a retry with FAIL_IF_EXISTS now sees the committed write
  await kvs.set('once', 1);
  t.kvs.faults.failAfterWrite(1, 504);
  await apiError(kvs.set('once2', 1, { keyPolicy: 'FAIL_IF_EXISTS' }));
  expect((await apiError(kvs.set('once2', 1, { keyPolicy: 'FAIL_IF_EXISTS' }))).responseDetails.status).toBe(
    409,
  );
});

test('latency delays every request', async () => {
  t.kvs.faults.latency(30);
  const started = Date.now();
  await kvs.set('slow', 1);
  await kvs.get('slow');
  expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  t.kvs.faults.clear();
});

test('reset empties the store and clears faults', async () => {
  await kvs.set('a', 1);
  t.kvs.faults.failNth(5, 500);
  t.kvs.reset();
  expect(t.kvs.dump()).toEqual({ kvs: [], secrets: [], entities: [] });
  for (let i = 0; i < 6; i++) await kvs.set(`k${i}`, i);
});

test('requestsPerSecond answers 429 beyond the budget of the one-second window', async () => {
  t.close();
  t = startTestRuntime({ requestsPerSecond: 3 });
  for (let i = 0; i < 3; i++) await kvs.set(`k${i}`, i);
  expect((await apiError(kvs.set('k3', 3))).responseDetails.status).toBe(429);
  t.clock.advance(1_000);
  await kvs.set('k3', 3);
});

test('malformed requests and unknown endpoints', async () => {
  expect(await t.kvs.handle('/api/v1/get', 'nope')).toMatchObject({
    status: 400,
    body: { code: 'BAD_REQUEST' },
  });
  expect(await t.kvs.handle('/api/v1/nope', {})).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
  const response = await t.kvs.fetch('/api/v1/get', { method: 'POST', body: '{not json' });
  expect(response.status).toBe(400);
});

test('the store persists in a file', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'kvs-'));
  try {
    const filename = join(dir, 'kvs.sqlite');
    const first = createKvsService({ filename, entities: [] });
    await first.handle('/api/v1/set', { key: 'durable', value: { ok: true } });
    first.close();
    const second = createKvsService({ filename, entities: [] });
    expect(await second.handle('/api/v1/get', { key: 'durable' })).toMatchObject({
      status: 200,
      body: { value: { ok: true } },
    });
    second.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
