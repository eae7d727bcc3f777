/** Conformance of emulated transactions (all-or-nothing, conditions, limits) with the real @forge/kvs SDK. */
import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { startTestRuntime, type TestRuntime } from '../helpers/forge-runtime';
import { apiError } from '../helpers/kvs-errors';

interface Campaign {
  name?: string;
  status?: string;
  modelVersion?: number;
}

let t: TestRuntime;
beforeEach(() => {
  t = startTestRuntime();
});
afterEach(() => t.close());

const version = (n: number) => new Filter<Campaign>().and('modelVersion', FilterConditions.equalTo(n));

test('set, delete and check commit together', async () => {
  await kvs.set('old', 1);
  await kvs.entity<Campaign>('campaign').set('c:1', { status: 'open', modelVersion: 1 });
  await kvs
    .transact()
    .set('new', { a: 1 })
    .delete('old')
    .set<Campaign>('c:2', { status: 'draft' }, { entityName: 'campaign' })
    .check<Campaign>('c:1', { entityName: 'campaign', conditions: version(1) })
    .execute();
  expect(await kvs.get('new')).toEqual({ a: 1 });
  expect(await kvs.get('old')).toBeUndefined();
  expect(await kvs.entity('campaign').get('c:2')).toEqual({ status: 'draft' });
});

test('a failed condition writes nothing (optimistic concurrency on a version attribute)', async () => {
  const campaigns = kvs.entity<Campaign>('campaign');
  await campaigns.set('c:1', { name: 'A', modelVersion: 1 });
  await kvs.set('keep', 'kept');
  const before = t.kvs.dump();

  const error = await apiError(
    kvs
      .transact()
      .set('written', 'no')
      .delete('keep')
      .set<Campaign>(
        'c:1',
        { name: 'B', modelVersion: 3 },
        { entityName: 'campaign', conditions: version(2) },
      )
      .execute(),
  );
  expect(error.responseDetails.status).toBe(409);
  expect(error.code).toBe('CONDITIONAL_CHECK_FAILED');
  expect(t.kvs.dump()).toEqual(before);

  await kvs
    .transact()
    .set<Campaign>('c:1', { name: 'B', modelVersion: 2 }, { entityName: 'campaign', conditions: version(1) })
    .execute();
  expect(await campaigns.get('c:1')).toEqual({ name: 'B', modelVersion: 2 });
});

test('a failed check writes nothing; conditions on a missing item only pass for notExists', async () => {
  await apiError(
    kvs
      .transact()
      .set('x', 1)
      .check<Campaign>('missing', {
        entityName: 'campaign',
        conditions: new Filter<Campaign>().and('status', FilterConditions.exists()),
      })
      .execute(),
  );
  expect(t.kvs.dump().kvs).toEqual([]);
  await kvs
    .transact()
    .set<Campaign>(
      'fresh',
      { status: 'open' },
      {
        entityName: 'campaign',
        conditions: new Filter<Campaign>().and('status', FilterConditions.notExists()),
      },
    )
    .execute();
  expect(await kvs.entity('campaign').get('fresh')).toEqual({ status: 'open' });
});

test('or-conditions', async () => {
  await kvs.entity<Campaign>('campaign').set('c', { status: 'closed' });
  const openOrDraft = new Filter<Campaign>()
    .or('status', FilterConditions.equalTo('open'))
    .or('status', FilterConditions.equalTo('draft'));
  await apiError(
    kvs.transact().delete<Campaign>('c', { entityName: 'campaign', conditions: openOrDraft }).execute(),
  );
  expect(await kvs.entity('campaign').get('c')).toEqual({ status: 'closed' });
  const closedOrDraft = new Filter<Campaign>()
    .or('status', FilterConditions.equalTo('closed'))
    .or('status', FilterConditions.equalTo('draft'));
  await kvs.transact().delete<Campaign>('c', { entityName: 'campaign', conditions: closedOrDraft }).execute();
  expect(await kvs.entity('campaign').get('c')).toBeUndefined();
});

test('more than 25 operations are rejected; exactly 25 pass', async () => {
  const build = (n: number) => {
    const tx = kvs.transact();
    for (let i = 0; i < n; i++) tx.set(`k:${i}`, i);
    return tx;
  };
  const error = await apiError(build(26).execute());
  expect([error.responseDetails.status, error.code]).toEqual([400, 'TOO_MANY_OPERATIONS']);
  expect(t.kvs.dump().kvs).toEqual([]);
  await build(25).execute();
  expect(t.kvs.dump().kvs).toHaveLength(25);
});

test('each key once: a key used twice is rejected, the same key in two spaces is not', async () => {
  expect((await apiError(kvs.transact().set('a', 1).delete('a').execute())).code).toBe('DUPLICATE_KEYS');
  await kvs.transact().set('a', 1).set('a', { status: 'x' }, { entityName: 'campaign' }).execute();
});

test('limits apply inside transactions: invalid key, oversized value, invalid entity value', async () => {
  expect((await apiError(kvs.transact().set('ok', 1).set('bad/key', 1).execute())).code).toBe('INVALID_KEY');
  expect(
    (
      await apiError(
        kvs
          .transact()
          .set('ok', 1)
          .set('big', 'x'.repeat(240 * 1024))
          .execute(),
      )
    ).code,
  ).toBe('MAX_SIZE');
  expect(
    (await apiError(kvs.transact().set('ok', 1).set('c', { nope: 1 }, { entityName: 'campaign' }).execute()))
      .code,
  ).toBe('INVALID_ENTITY_VALUE');
  expect(t.kvs.dump().kvs).toEqual([]);
});

test('transaction TTL and deleting a missing key', async () => {
  await kvs
    .transact()
    .set('ttl', 1, undefined, { ttl: { value: 10, unit: 'SECONDS' } })
    .delete('never-there')
    .execute();
  expect(await kvs.get('ttl')).toBe(1);
  t.clock.advance(10_000);
  expect(await kvs.get('ttl')).toBeUndefined();
});

test('an empty transaction is rejected', async () => {
  expect((await apiError(kvs.transact().execute())).responseDetails.status).toBe(400);
});
