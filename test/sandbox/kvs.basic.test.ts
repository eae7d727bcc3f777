/** Conformance of the emulated KVS with the real @forge/kvs SDK: plain keys, secrets, queries, batches, limits. */
import { kvs, MetadataField, WhereConditions } from '@forge/kvs';
import { startTestRuntime, type TestRuntime } from '../helpers/forge-runtime';
import { apiError } from '../helpers/kvs-errors';

let t: TestRuntime;
beforeEach(() => {
  t = startTestRuntime();
});
afterEach(() => t.close());

describe('get / set / delete', () => {
  test('round-trips every JSON value type', async () => {
    const values = [
      'text',
      42,
      1.5,
      true,
      false,
      [1, 'two', { three: 3 }],
      { nested: { list: [null, 'x'] } },
    ];
    for (const [i, value] of values.entries()) await kvs.set(`k:${i}`, value);
    for (const [i, value] of values.entries()) expect(await kvs.get(`k:${i}`)).toEqual(value);
  });

  test('a missing key answers 404 KEY_NOT_FOUND on the wire, which the SDK turns into undefined', async () => {
    const wire = await t.kvs.handle('/api/v1/get', { key: 'missing' });
    expect(wire).toMatchObject({ status: 404, body: { code: 'KEY_NOT_FOUND', message: expect.any(String) } });
    expect(await kvs.get('missing')).toBeUndefined();
  });

  test('delete removes the key, and deleting a missing key is not an error', async () => {
    await kvs.set('gone', 1);
    await kvs.delete('gone');
    expect(await kvs.get('gone')).toBeUndefined();
    await expect(kvs.delete('gone')).resolves.toBeUndefined();
    expect(t.kvs.dump().kvs).toEqual([]);
  });

  test('set overrides by default (last write wins) and keeps createdAt', async () => {
    await kvs.set('k', 1);
    t.clock.advance(5_000);
    await kvs.set('k', 2);
    const got = await kvs.get('k', { metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT] });
    expect(got).toMatchObject({ key: 'k', value: 2 });
    const { createdAt, updatedAt } = got as unknown as { createdAt: number; updatedAt: number };
    expect(updatedAt - createdAt).toBe(5);
  });

  test('keyPolicy FAIL_IF_EXISTS answers 409 when the key exists and leaves the value', async () => {
    await kvs.set('once', 'first', { keyPolicy: 'FAIL_IF_EXISTS' });
    const error = await apiError(kvs.set('once', 'second', { keyPolicy: 'FAIL_IF_EXISTS' }));
    expect(error.responseDetails.status).toBe(409);
    expect(error.code).toBe('KEY_CONFLICT');
    expect(await kvs.get('once')).toBe('first');
    await kvs.set('once', 'third', { keyPolicy: 'OVERRIDE' });
    expect(await kvs.get('once')).toBe('third');
  });

  test('returnValue LATEST / PREVIOUS with returnMetadataFields', async () => {
    expect(await kvs.set('r', 'a', { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toBeUndefined();
    const latest = await kvs.set('r', 'b', {
      keyPolicy: 'OVERRIDE',
      returnValue: 'LATEST',
      returnMetadataFields: [MetadataField.CREATED_AT],
    });
    expect(latest).toEqual({ key: 'r', value: 'b', createdAt: expect.any(Number) });
    expect(await kvs.set('r', 'c', { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toEqual({
      key: 'r',
      value: 'b',
    });
  });

  test('TTL: the value expires on the service clock, and EXPIRE_TIME reports it', async () => {
    await kvs.set('ttl', 'soon gone', { ttl: { value: 2, unit: 'MINUTES' } });
    const got = await kvs.get('ttl', { metadataFields: [MetadataField.EXPIRE_TIME] });
    expect(got).toEqual({
      key: 'ttl',
      value: 'soon gone',
      expireTime: new Date(t.clock.now() + 120_000).toISOString(),
    });
    t.clock.advance(119_000);
    expect(await kvs.get('ttl')).toBe('soon gone');
    t.clock.advance(1_000);
    expect(await kvs.get('ttl')).toBeUndefined();
    expect(t.kvs.dump().kvs).toEqual([]);
    expect(t.kvs.purgeExpired()).toBe(1);
  });

  test('an invalid TTL is rejected', async () => {
    const error = await apiError(kvs.set('ttl', 1, { ttl: { value: 0, unit: 'SECONDS' } }));
    expect(error.responseDetails.status).toBe(400);
  });
});

describe('limits', () => {
  test('keys: empty, longer than 500 characters, or with characters outside the pattern are rejected', async () => {
    expect((await apiError(kvs.set('', 1))).code).toBe('EMPTY_KEY');
    expect((await apiError(kvs.set('k'.repeat(501), 1))).code).toBe('KEY_TOO_LONG');
    await kvs.set('k'.repeat(500), 1);
    for (const bad of ['a/b', 'é', 'a?b', '   ', 'a@b']) {
      const error = await apiError(kvs.set(bad, 1));
      expect([error.responseDetails.status, error.code]).toEqual([400, 'INVALID_KEY']);
    }
    await kvs.set('ok:Key_1.2 -#x', 1);
    expect(await kvs.get('ok:Key_1.2 -#x')).toBe(1);
  });

  test('values larger than 240 KiB are rejected with MAX_SIZE; exactly 240 KiB is accepted', async () => {
    const fits = 'x'.repeat(240 * 1024 - 2); // the JSON string adds two quotes
    await kvs.set('big', fits);
    const error = await apiError(kvs.set('big', fits + 'x'));
    expect([error.responseDetails.status, error.code]).toEqual([400, 'MAX_SIZE']);
    expect(await kvs.get('big')).toBe(fits);
  });

  test('values nested deeper than 32 levels are rejected with MAX_DEPTH', async () => {
    const nest = (depth: number): unknown => (depth === 0 ? 'leaf' : { d: nest(depth - 1) });
    await kvs.set('deep', nest(32));
    expect((await apiError(kvs.set('deep', nest(33)))).code).toBe('MAX_DEPTH');
  });

  test('a query page limit above 100 (or below 1) is rejected', async () => {
    expect((await apiError(kvs.query().limit(101).getMany())).code).toBe('LIST_QUERY_LIMIT_EXCEEDED');
    expect((await apiError(kvs.query().limit(0).getMany())).responseDetails.status).toBe(400);
    await expect(kvs.query().limit(100).getMany()).resolves.toEqual({ results: [] });
  });
});

describe('query', () => {
  test('beginsWith + cursor pages through more than 100 keys in key order, without other prefixes', async () => {
    const keys = Array.from({ length: 230 }, (_, i) => `item:${String(i).padStart(4, '0')}`);
    for (let i = 0; i < keys.length; i += 25) {
      await kvs.batchSet(keys.slice(i, i + 25).map((key, j) => ({ key, value: { n: i + j } })));
    }
    await kvs.set('other:1', 'x');
    await kvs.set('itemz', 'not a match');

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      let q = kvs.query().where('key', WhereConditions.beginsWith('item:')).limit(100);
      if (cursor) q = q.cursor(cursor);
      const page = await q.getMany<{ n: number }>();
      seen.push(...page.results.map((r) => r.key));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(keys);
  });

  test('getOne and the default page size', async () => {
    for (let i = 0; i < 15; i++) await kvs.set(`p:${String(i).padStart(2, '0')}`, i);
    expect(await kvs.query().where('key', WhereConditions.beginsWith('p:')).getOne()).toEqual({
      key: 'p:00',
      value: 0,
    });
    const page = await kvs.query().getMany();
    expect(page.results).toHaveLength(10);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  test('query does not see entities or secrets', async () => {
    await kvs.setSecret('s:1', 'secret');
    await kvs.entity('campaign').set('c:1', { name: 'n' });
    await kvs.set('plain', 1);
    expect((await kvs.query().getMany()).results).toEqual([{ key: 'plain', value: 1 }]);
  });

  test('where on another field than key, or another condition, is rejected', async () => {
    const wrongField = await t.kvs.handle('/api/v1/query', {
      where: [{ property: 'value', condition: 'BEGINS_WITH', values: ['a'] }],
    });
    expect(wrongField).toMatchObject({ status: 400, body: { code: 'QUERY_WHERE_FIELD_INVALID' } });
    const twoWheres = await t.kvs.handle('/api/v1/query', {
      where: [
        { property: 'key', condition: 'BEGINS_WITH', values: ['a'] },
        { property: 'key', condition: 'BEGINS_WITH', values: ['b'] },
      ],
    });
    expect(twoWheres).toMatchObject({ status: 400, body: { code: 'QUERY_WHERE_INVALID' } });
    const wrongCondition = await t.kvs.handle('/api/v1/query', {
      where: [{ property: 'key', condition: 'EQUAL_TO', values: ['a'] }],
    });
    expect(wrongCondition).toMatchObject({ status: 400, body: { code: 'INVALID_FILTER_CONDITION' } });
  });
});

describe('secrets', () => {
  test('setSecret / getSecret / deleteSecret live apart from plain keys', async () => {
    await kvs.setSecret('token', { apiToken: 'abc' });
    expect(await kvs.getSecret('token')).toEqual({ apiToken: 'abc' });
    expect(await kvs.get('token')).toBeUndefined();
    expect(t.kvs.dump().secrets).toEqual([
      expect.objectContaining({ key: 'token', value: { apiToken: 'abc' } }),
    ]);
    await kvs.deleteSecret('token');
    expect(await kvs.getSecret('token')).toBeUndefined();
    await expect(kvs.deleteSecret('token')).resolves.toBeUndefined();
  });

  test('setSecret honours FAIL_IF_EXISTS', async () => {
    await kvs.setSecret('once', 1);
    expect(
      (await apiError(kvs.setSecret('once', 2, { keyPolicy: 'FAIL_IF_EXISTS' }))).responseDetails.status,
    ).toBe(409);
  });
});

describe('batch operations', () => {
  test('batchSet mixes plain keys and entities and reports per-item failures', async () => {
    const result = await kvs.batchSet<unknown>([
      { key: 'b:1', value: 'one' },
      { key: 'c:1', value: { name: 'Campaign', modelVersion: 1 }, entityName: 'campaign' },
      { key: 'c:2', value: { modelVersion: 'not an integer' }, entityName: 'campaign' },
      { key: 'bad/key', value: 1 },
    ]);
    expect(result.successfulKeys).toEqual([{ key: 'b:1' }, { key: 'c:1', entityName: 'campaign' }]);
    expect(result.failedKeys).toEqual([
      {
        key: 'c:2',
        entityName: 'campaign',
        error: { code: 'INVALID_ENTITY_VALUE', message: expect.any(String) },
      },
      { key: 'bad/key', error: { code: 'INVALID_KEY', message: expect.any(String) } },
    ]);
    expect(await kvs.get('b:1')).toBe('one');
    expect(await kvs.entity('campaign').get('c:1')).toEqual({ name: 'Campaign', modelVersion: 1 });
  });

  test('batchGet returns values and reports missing keys', async () => {
    await kvs.set('g:1', 1);
    await kvs.entity('campaign').set('c:1', { name: 'A' });
    const result = await kvs.batchGet([
      { key: 'g:1' },
      { key: 'c:1', entityName: 'campaign' },
      { key: 'g:missing' },
    ]);
    expect(result.successfulKeys).toEqual([
      { key: 'g:1', value: 1 },
      { key: 'c:1', entityName: 'campaign', value: { name: 'A' } },
    ]);
    expect(result.failedKeys).toEqual([
      { key: 'g:missing', error: { code: 'KEY_NOT_FOUND', message: expect.any(String) } },
    ]);
  });

  test('batchDelete deletes and reports missing keys', async () => {
    await kvs.set('d:1', 1);
    const result = await kvs.batchDelete([{ key: 'd:1' }, { key: 'd:2' }]);
    expect(result.successfulKeys).toEqual([{ key: 'd:1' }]);
    expect(result.failedKeys).toEqual([
      { key: 'd:2', error: { code: 'KEY_NOT_FOUND', message: expect.any(String) } },
    ]);
    expect(await kvs.get('d:1')).toBeUndefined();
  });

  test('a batch that is empty, holds more than 25 keys or the same key twice fails entirely', async () => {
    expect((await apiError(kvs.batchSet([]))).responseDetails.status).toBe(400);
    const many = Array.from({ length: 26 }, (_, i) => ({ key: `m:${i}`, value: i }));
    expect((await apiError(kvs.batchSet(many))).code).toBe('TOO_MANY_OPERATIONS');
    expect(
      (
        await apiError(
          kvs.batchSet([
            { key: 'x', value: 1 },
            { key: 'x', value: 2 },
          ]),
        )
      ).code,
    ).toBe('DUPLICATE_KEYS');
    expect(t.kvs.dump().kvs).toEqual([]);
    // the same key in two spaces is two keys
    await kvs.batchSet<unknown>([
      { key: 'same', value: 1 },
      { key: 'same', value: { name: 'e' }, entityName: 'campaign' },
    ]);
  });
});
