/**
 * Issue 7, item 2: storage latency and eventually consistent reads of the emulated KVS, as Forge storage has them.
 * Latency delays every request (counted through an injected sleep, or with fake timers; never wall-clock), jitter
 * lets concurrent requests overtake each other under a seed; stale reads answer a version of the key that was the
 * latest at some moment of the last `windowMs`, never an older or a newer one; writes, conditions and transactions
 * always see the latest value.
 */
import { Filter, FilterConditions, kvs, WhereConditions } from '@forge/kvs';
import {
  createKvsService,
  kvsBehaviourFromEnv,
  ManualClock,
  parseEntities,
  type KvsService,
} from '../../sandbox/kvs';
import { startTestRuntime, type TestRuntime } from '../helpers/forge-runtime';
import { apiError } from '../helpers/kvs-errors';

const ENTITIES = parseEntities([
  {
    name: 'item',
    attributes: { group: { type: 'string' }, status: { type: 'string' }, rank: { type: 'integer' } },
    indexes: [{ name: 'by-group', partition: ['group'], range: ['rank'] }],
  },
]);

interface Item {
  group: string;
  status: string;
  rank: number;
}

/** A sleep the test releases by hand: records every wait, resolves the shortest first (a virtual clock). */
function virtualSleep() {
  const pending: { ms: number; seq: number; resolve: () => void }[] = [];
  const waits: number[] = [];
  let seq = 0;
  return {
    waits,
    pending,
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        waits.push(ms);
        pending.push({ ms, seq: seq++, resolve });
      }),
    /** Resolves every pending wait in (ms, issue order), letting each woken request run before the next. */
    async flush() {
      for (let guard = 0; guard < 1000 && pending.length > 0; guard++) {
        pending.sort((a, b) => a.ms - b.ms || a.seq - b.seq);
        pending.shift()!.resolve();
        for (let i = 0; i < 20; i++) await Promise.resolve();
      }
    },
  };
}

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 20; i++) await Promise.resolve();
  return done;
};

describe('latency', () => {
  let service: KvsService;
  afterEach(() => {
    jest.useRealTimers();
    service.close();
  });

  it('makes every request wait latencyMs before it is served (counted waits)', async () => {
    const clock = virtualSleep();
    service = createKvsService({ filename: ':memory:', entities: [], latencyMs: 40, sleep: clock.sleep });
    const write = service.handle('/api/v1/set', { key: 'k', value: 1 });
    expect(await settled(write)).toBe(false);
    expect(service.dump().kvs).toEqual([]); // not served yet: the write waits first
    await clock.flush();
    expect((await write).status).toBe(204);
    await Promise.all([
      service.handle('/api/v1/get', { key: 'k' }),
      service.handle('/api/v1/batch/get', [{ key: 'k' }]),
      service.handle('/api/v1/query', {}),
      clock.flush(),
    ]);
    expect(clock.waits).toEqual([40, 40, 40, 40]);
  });

  it('uses real timers by default: nothing is served before latencyMs has passed (fake timers)', async () => {
    jest.useFakeTimers();
    service = createKvsService({ filename: ':memory:', entities: [], latencyMs: 25 });
    const write = service.handle('/api/v1/set', { key: 'k', value: 1 });
    await jest.advanceTimersByTimeAsync(24);
    expect(await settled(write)).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(await settled(write)).toBe(true);
    expect(service.dump().kvs.map((r) => r.key)).toEqual(['k']);
  });

  it('with jitter, concurrent writes can land out of order, the same way for the same seed', async () => {
    const outcome = async (seed: number) => {
      const clock = virtualSleep();
      const s = createKvsService({
        filename: ':memory:',
        entities: [],
        latencyMs: 10,
        latencyJitterMs: 50,
        seed,
        sleep: clock.sleep,
      });
      const first = s.handle('/api/v1/set', { key: 'k', value: 'first' });
      const second = s.handle('/api/v1/set', { key: 'k', value: 'second' });
      await clock.flush();
      await Promise.all([first, second]);
      const value = s.dump().kvs[0]!.value;
      expect(clock.waits.every((ms) => ms >= 10 && ms < 60)).toBe(true);
      s.close();
      return value;
    };
    const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
    const results = await Promise.all(seeds.map(outcome));
    // Issued first, served last: the earlier write wins for some seeds, and a seed always says the same.
    expect(new Set(results)).toEqual(new Set(['first', 'second']));
    expect(await Promise.all(seeds.map(outcome))).toEqual(results);
    service = createKvsService({ filename: ':memory:', entities: [] });
  });

  it('without jitter keeps the order requests were issued in', async () => {
    const clock = virtualSleep();
    service = createKvsService({ filename: ':memory:', entities: [], latencyMs: 30, sleep: clock.sleep });
    const first = service.handle('/api/v1/set', { key: 'k', value: 'first' });
    const second = service.handle('/api/v1/set', { key: 'k', value: 'second' });
    await clock.flush();
    await Promise.all([first, second]);
    expect(service.dump().kvs[0]!.value).toBe('second');
  });

  it('is an option of the test runtime, seen through the real SDK', async () => {
    const clock = virtualSleep();
    const t = startTestRuntime({ latencyMs: 15, sleep: clock.sleep });
    try {
      const done = kvs.set('a', 1).then(() => kvs.get('a'));
      expect(await settled(done)).toBe(false);
      await clock.flush();
      await Promise.resolve();
      for (let i = 0; i < 5 && clock.pending.length > 0; i++) await clock.flush();
      expect(await done).toBe(1);
      expect(clock.waits).toEqual([15, 15]);
    } finally {
      t.close();
    }
    service = createKvsService({ filename: ':memory:', entities: [] });
  });
});

describe('stale reads', () => {
  let clock: ManualClock;
  let service: KvsService;
  const make = (staleReads: Parameters<typeof createKvsService>[0]['staleReads'], seed = 7) => {
    clock = new ManualClock();
    service = createKvsService({
      filename: ':memory:',
      entities: ENTITIES,
      now: clock.now,
      staleReads,
      seed,
    });
    return service;
  };
  afterEach(() => service.close());

  const set = (key: string, value: unknown) => service.handle('/api/v1/set', { key, value });
  const valueOf = async (key: string) => {
    const answer = await service.handle('/api/v1/get', { key });
    return answer.status === 404 ? 'missing' : (answer.body as { value: unknown }).value;
  };
  const reads = async (key: string, n = 200) => {
    const seen: unknown[] = [];
    for (let i = 0; i < n; i++) seen.push(await valueOf(key));
    return seen;
  };

  it('can answer the previous value of a key written within the window, and the latest otherwise', async () => {
    make({ probability: 0.5, windowMs: 1000 });
    await set('k', 1);
    clock.advance(100);
    await set('k', 2);
    const seen = await reads('k');
    expect(new Set(seen)).toEqual(new Set([1, 2, 'missing']));
    expect(seen.filter((v) => v === 2).length).toBeGreaterThan(50);
    expect(service.consistency.staleAnswers).toBeGreaterThan(0);
  });

  it('never answers a version superseded before the window, nor one newer than the latest', async () => {
    make({ probability: 0.9, windowMs: 15, maxVersions: 10 });
    await set('k', 'v1');
    clock.advance(10);
    await set('k', 'v2'); // v1 stops being the latest at t+10
    clock.advance(10);
    await set('k', 'v3'); // v2 stops at t+20
    expect(new Set(await reads('k'))).toEqual(new Set(['v1', 'v2', 'v3']));
    clock.advance(6); // v1 was replaced 16 ms ago: out of the window
    expect(new Set(await reads('k'))).toEqual(new Set(['v2', 'v3']));
    clock.advance(15); // v2 was replaced 21 ms ago
    expect(new Set(await reads('k'))).toEqual(new Set(['v3']));
  });

  it('interleaved with writes, a read only ever answers a value already written, from within the window', async () => {
    make({ probability: 0.5, windowMs: 30, maxVersions: 10 });
    const writtenAt: Array<{ value: number; at: number }> = [];
    for (let n = 0; n < 60; n++) {
      await set('k', n);
      writtenAt.push({ value: n, at: clock.now() });
      clock.advance(7);
      const value = await valueOf('k');
      const now = clock.now();
      // `value` was the latest during [its write, the next write): that interval must reach into the window.
      // "missing" is the state before the first write.
      const index = value === 'missing' ? -1 : writtenAt.findIndex((w) => w.value === value);
      expect(value === 'missing' || index >= 0).toBe(true);
      const replacedAt = writtenAt[index + 1]?.at ?? Infinity;
      expect(now - replacedAt).toBeLessThan(30);
    }
  });

  it('may miss a key created within the window and still show one deleted within it, unless includeMissing is off', async () => {
    make({ probability: 0.5, windowMs: 1000 });
    await set('new', 'v');
    expect(new Set(await reads('new'))).toEqual(new Set(['v', 'missing']));
    await service.handle('/api/v1/delete', { key: 'new' });
    expect(new Set(await reads('new'))).toEqual(new Set(['v', 'missing']));
    service.close();

    make({ probability: 1, windowMs: 1000, includeMissing: false });
    await set('new', 'v');
    expect(new Set(await reads('new', 50))).toEqual(new Set(['v']));
  });

  it('applies to secrets, entity gets and batch gets', async () => {
    make({ probability: 1, windowMs: 1000, includeMissing: false });
    await service.handle('/api/v1/secret/set', { key: 's', value: 'old' });
    await service.handle('/api/v1/secret/set', { key: 's', value: 'new' });
    expect((await service.handle('/api/v1/secret/get', { key: 's' })).body).toMatchObject({ value: 'old' });
    const item = (status: string) => ({ group: 'g', status, rank: 1 });
    await service.handle('/api/v1/entity/set', { entityName: 'item', key: 'i', value: item('open') });
    await service.handle('/api/v1/entity/set', { entityName: 'item', key: 'i', value: item('closed') });
    expect((await service.handle('/api/v1/entity/get', { entityName: 'item', key: 'i' })).body).toMatchObject(
      {
        value: { status: 'open' },
      },
    );
    await set('a', 1);
    await set('a', 2);
    const batch = await service.handle('/api/v1/batch/get', [{ key: 'a' }, { key: 'i', entityName: 'item' }]);
    expect(batch.body).toMatchObject({
      successfulKeys: [
        { key: 'a', value: 1 },
        { key: 'i', entityName: 'item', value: { status: 'open' } },
      ],
      failedKeys: [],
    });
  });

  it('applies to key queries: a stale value, a deleted key still listed, a new one not yet', async () => {
    make({ probability: 1, windowMs: 1000 });
    await set('p:a', 'a1');
    await set('p:b', 'b1');
    clock.advance(5000); // p:a and p:b are settled
    await set('p:a', 'a2');
    await service.handle('/api/v1/delete', { key: 'p:b' });
    await set('p:c', 'c1');
    const page = await service.handle('/api/v1/query', {
      where: [{ property: 'key', condition: 'BEGINS_WITH', values: ['p:'] }],
    });
    expect((page.body as { data: unknown[] }).data).toEqual([
      { key: 'p:a', value: 'a1' },
      { key: 'p:b', value: 'b1' },
    ]);
  });

  it('applies to entity queries: an item still in the partition it left, with its old value', async () => {
    make({ probability: 1, windowMs: 1000 });
    const put = (key: string, value: Item) =>
      service.handle('/api/v1/entity/set', { entityName: 'item', key, value });
    await put('x', { group: 'a', status: 'open', rank: 1 });
    await put('y', { group: 'a', status: 'open', rank: 2 });
    clock.advance(5000);
    await put('x', { group: 'b', status: 'moved', rank: 1 }); // left group a
    await put('y', { group: 'a', status: 'closed', rank: 2 });
    const query = (group: string) =>
      service
        .handle('/api/v1/entity/query', { entityName: 'item', indexName: 'by-group', partition: [group] })
        .then((a) => (a.body as { data: { key: string; value: Item }[] }).data);
    expect(await query('a')).toEqual([
      { key: 'x', value: { group: 'a', status: 'open', rank: 1 } },
      { key: 'y', value: { group: 'a', status: 'open', rank: 2 } },
    ]);
    expect(await query('b')).toEqual([]);
    clock.advance(5000); // replicated
    expect((await query('a')).map((r) => r.value.status)).toEqual(['closed']);
    expect((await query('b')).map((r) => r.value.status)).toEqual(['moved']);
  });

  it('keeps writes, FAIL_IF_EXISTS, returnValue, deletes and transaction conditions on the latest value', async () => {
    make({ probability: 1, windowMs: 60_000 });
    const put = (value: Item) =>
      service.handle('/api/v1/entity/set', { entityName: 'item', key: 'c', value });
    await put({ group: 'g', status: 'open', rank: 1 });
    await put({ group: 'g', status: 'closed', rank: 1 });
    // A read may well say "open" (or missing) ...
    const read = await service.handle('/api/v1/entity/get', { entityName: 'item', key: 'c' });
    expect(read.status === 404 || (read.body as { value: Item }).value.status === 'open').toBe(true);
    // ... but a condition is checked against the latest value, every time.
    const transact = (status: string) =>
      service.handle('/api/v1/transaction', {
        set: [{ key: 'after', value: status }],
        check: [
          {
            key: 'c',
            entityName: 'item',
            conditions: { and: [{ property: 'status', condition: 'EQUAL_TO', values: [status] }] },
          },
        ],
      });
    for (let i = 0; i < 20; i++) {
      expect((await transact('open')).status).toBe(409);
      expect((await transact('closed')).status).toBe(204);
    }
    await set('once', 1); // a stale read may say it is missing; creating it again must still conflict
    expect(
      (
        await service.handle('/api/v1/set', {
          key: 'once',
          value: 2,
          options: { keyPolicy: 'FAIL_IF_EXISTS' },
        })
      ).status,
    ).toBe(409);
    await set('r', 'old');
    await set('r', 'mid');
    const previous = await service.handle('/api/v1/set', {
      key: 'r',
      value: 'new',
      options: { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' },
    });
    expect(previous.body).toMatchObject({ value: 'mid' });
    await service.handle('/api/v1/delete', { key: 'r' });
    expect((await service.handle('/api/v1/delete', { key: 'r' })).status).toBe(404);
  });

  it('is deterministic under a seed, and settle() makes every read see the latest', async () => {
    const run = async (seed: number) => {
      make({ probability: 0.5, windowMs: 1000 }, seed);
      await set('k', 1);
      await set('k', 2);
      await set('k', 3);
      const seen = await reads('k', 40);
      service.close();
      return seen;
    };
    const a = await run(42);
    expect(await run(42)).toEqual(a);
    expect(await run(43)).not.toEqual(a);
    make({ probability: 1, windowMs: 1000 });
    await set('k', 1);
    await set('k', 2);
    service.consistency.settle();
    expect(new Set(await reads('k', 20))).toEqual(new Set([2]));
  });

  it('can be switched on and off at run time', async () => {
    make(undefined);
    await set('k', 1);
    await set('k', 2);
    expect(new Set(await reads('k', 20))).toEqual(new Set([2]));
    service.consistency.staleReads({ probability: 1, windowMs: 1000, includeMissing: false });
    await set('k', 3);
    expect(new Set(await reads('k', 20))).toEqual(new Set([2]));
    service.consistency.staleReads(null);
    expect(new Set(await reads('k', 20))).toEqual(new Set([3]));
  });
});

describe('stale reads through the real SDK (startTestRuntime options)', () => {
  let t: TestRuntime;
  afterEach(() => t.close());

  it('kvs.get, entity queries and transactions', async () => {
    t = startTestRuntime({
      entities: ENTITIES,
      staleReads: { probability: 1, windowMs: 10_000, includeMissing: false },
      seed: 3,
    });
    await kvs.set('k', 'old');
    await kvs.set('k', 'new');
    expect(await kvs.get('k')).toBe('old');
    t.clock.advance(10_000);
    expect(await kvs.get('k')).toBe('new');

    const items = kvs.entity<Item>('item');
    await items.set('i', { group: 'g', status: 'open', rank: 1 });
    await items.set('i', { group: 'g', status: 'closed', rank: 1 });
    const page = await items
      .query()
      .index('by-group', { partition: ['g'] })
      .where(WhereConditions.equalTo(1))
      .getMany();
    expect(page.results.map((r) => r.value.status)).toEqual(['open']);
    const status = (value: string) => new Filter<Item>().and('status', FilterConditions.equalTo(value));
    const stale = await apiError(
      kvs
        .transact()
        .set('x', 1)
        .check<Item>('i', { entityName: 'item', conditions: status('open') })
        .execute(),
    );
    expect(stale.responseDetails.status).toBe(409);
    await kvs
      .transact()
      .set('x', 2)
      .check<Item>('i', { entityName: 'item', conditions: status('closed') })
      .execute();
    expect(t.kvs.dump().kvs.find((r) => r.key === 'x')?.value).toBe(2);
    t.clock.advance(10_000);
    expect((await items.get('i'))?.status).toBe('closed');
  });
});

describe('npm start settings (FORGE_LOCAL_KVS_*)', () => {
  it('reads latency, jitter, stale reads and seed from the environment, and refuses nonsense', () => {
    expect(kvsBehaviourFromEnv({})).toEqual({});
    expect(
      kvsBehaviourFromEnv({
        FORGE_LOCAL_KVS_LATENCY_MS: '20',
        FORGE_LOCAL_KVS_LATENCY_JITTER_MS: '5',
        FORGE_LOCAL_KVS_STALE_READS: '0.25',
        FORGE_LOCAL_KVS_SEED: '9',
      }),
    ).toEqual({
      latencyMs: 20,
      latencyJitterMs: 5,
      staleReads: { probability: 0.25, windowMs: 1000 },
      seed: 9,
    });
    expect(
      kvsBehaviourFromEnv({ FORGE_LOCAL_KVS_STALE_READS: '1', FORGE_LOCAL_KVS_STALE_WINDOW_MS: '50' })
        .staleReads,
    ).toEqual({ probability: 1, windowMs: 50 });
    expect(() => kvsBehaviourFromEnv({ FORGE_LOCAL_KVS_LATENCY_MS: 'fast' })).toThrow(
      /FORGE_LOCAL_KVS_LATENCY_MS/,
    );
    expect(() => kvsBehaviourFromEnv({ FORGE_LOCAL_KVS_STALE_READS: '2' })).toThrow(/probability/);
    expect(() =>
      createKvsService({
        filename: ':memory:',
        entities: [],
        staleReads: { probability: 0.5, windowMs: -1 },
      }),
    ).toThrow(/windowMs/);
  });
});
