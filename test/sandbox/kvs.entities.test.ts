/** Conformance of the emulated Custom Entity Store with the real @forge/kvs SDK and the manifest's indexes. */
import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { parseEntities } from '../../sandbox/kvs';
import { startTestRuntime, type TestRuntime } from '../helpers/forge-runtime';
import { apiError } from '../helpers/kvs-errors';

interface Campaign {
  id?: string;
  name?: string;
  period?: string;
  status?: string;
  closesOn?: string;
  modelId?: string;
  modelVersion?: number;
  createdAt?: number;
}

interface Response {
  campaignId: string;
  respondentKey: string;
  departmentId: string;
  status: string;
}

let t: TestRuntime;
beforeEach(() => {
  t = startTestRuntime();
});
afterEach(() => t.close());

const campaigns = kvs.entity<Campaign>('campaign');
const responses = kvs.entity<Response>('response');

async function seedResponses(): Promise<void> {
  const departments = ['finance', 'hr', 'it', 'legal', 'sales'];
  const items = Array.from({ length: 60 }, (_, i) => ({
    key: `r:${i}`,
    entityName: 'response',
    value: {
      campaignId: i < 50 ? 'c1' : 'c2',
      respondentKey: `resp-${String(i).padStart(3, '0')}`,
      departmentId: departments[i % 5] as string,
      status: i % 3 === 0 ? 'submitted' : 'draft',
    },
  }));
  for (let i = 0; i < items.length; i += 25) await kvs.batchSet(items.slice(i, i + 25));
}

describe('entity get / set / delete', () => {
  test('round-trip, missing key, delete', async () => {
    await campaigns.set('c:1', { id: 'c1', name: 'Q1', status: 'open', modelVersion: 3 });
    expect(await campaigns.get('c:1')).toEqual({ id: 'c1', name: 'Q1', status: 'open', modelVersion: 3 });
    expect(await campaigns.get('c:2')).toBeUndefined();
    await campaigns.delete('c:1');
    expect(await campaigns.get('c:1')).toBeUndefined();
    await expect(campaigns.delete('c:1')).resolves.toBeUndefined();
  });

  test('entities are separate key spaces from plain keys and from each other', async () => {
    await kvs.set('same', 'plain');
    await campaigns.set('same', { name: 'campaign' });
    await responses.set('same', { campaignId: 'c', respondentKey: 'r', departmentId: 'd', status: 's' });
    expect(await kvs.get('same')).toBe('plain');
    expect(await campaigns.get('same')).toEqual({ name: 'campaign' });
    expect(t.kvs.dump().entities.map((e) => e.entityName)).toEqual(['campaign', 'response']);
  });

  test('values must fit the manifest: declared attributes, declared types, 32-bit integers', async () => {
    const untyped = kvs.entity<Record<string, unknown>>('campaign');
    expect((await apiError(untyped.set('c', { unknownAttribute: 1 }))).code).toBe('INVALID_ENTITY_VALUE');
    expect((await apiError(untyped.set('c', { modelVersion: '3' }))).code).toBe('INVALID_ENTITY_VALUE');
    expect((await apiError(untyped.set('c', { modelVersion: 1.5 }))).code).toBe('INVALID_ENTITY_VALUE');
    // epoch milliseconds do not fit an `integer` attribute (hence `createdAt: float` in the manifest)
    expect((await apiError(untyped.set('c', { modelVersion: Date.UTC(2025, 0, 1) }))).code).toBe(
      'INVALID_ENTITY_VALUE',
    );
    expect(
      (await apiError(untyped.set('c', ['not', 'an', 'object'] as unknown as Record<string, unknown>))).code,
    ).toBe('INVALID_ENTITY_VALUE');
    await untyped.set('c', { modelVersion: 2_147_483_647, createdAt: Date.UTC(2025, 0, 1) });
  });

  test('an entity that the manifest does not declare is rejected', async () => {
    const error = await apiError(kvs.entity('not-declared').set('k', {}));
    expect([error.responseDetails.status, error.code]).toEqual([400, 'INVALID_ENTITY_TYPE']);
    expect((await apiError(kvs.entity('ab').get('k'))).code).toBe('ENTITY_TYPE_TOO_SHORT');
  });

  test('entity set honours FAIL_IF_EXISTS and TTL', async () => {
    await campaigns.set(
      'once',
      { name: 'a' },
      { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: 1, unit: 'HOURS' } },
    );
    expect(
      (await apiError(campaigns.set('once', { name: 'b' }, { keyPolicy: 'FAIL_IF_EXISTS' }))).responseDetails
        .status,
    ).toBe(409);
    t.clock.advance(3_600_000);
    expect(await campaigns.get('once')).toBeUndefined();
    expect((await campaigns.query().index('status').getMany()).results).toEqual([]);
  });
});

describe('index queries', () => {
  test('partition + range where conditions on a string range', async () => {
    await seedResponses();
    const byCampaign = () => responses.query().index('by-campaign', { partition: ['c1'] });

    const all = await byCampaign().limit(100).getMany();
    expect(all.results).toHaveLength(50);
    expect(all.results.map((r) => r.value.respondentKey)).toEqual(
      [...all.results.map((r) => r.value.respondentKey)].sort(),
    );
    expect(all.nextCursor).toBeUndefined();

    const keysOf = (page: { results: Array<{ value: Response }> }) =>
      page.results.map((r) => r.value.respondentKey);
    expect(keysOf(await byCampaign().where(WhereConditions.equalTo('resp-007')).getMany())).toEqual([
      'resp-007',
    ]);
    expect(
      keysOf(await byCampaign().where(WhereConditions.beginsWith('resp-01')).limit(100).getMany()),
    ).toHaveLength(10);
    expect(
      keysOf(await byCampaign().where(WhereConditions.between('resp-010', 'resp-012')).getMany()),
    ).toEqual(['resp-010', 'resp-011', 'resp-012']);
    expect(keysOf(await byCampaign().where(WhereConditions.greaterThan('resp-047')).getMany())).toEqual([
      'resp-048',
      'resp-049',
    ]);
    expect(
      keysOf(await byCampaign().where(WhereConditions.greaterThanEqualTo('resp-048')).getMany()),
    ).toEqual(['resp-048', 'resp-049']);
    expect(keysOf(await byCampaign().where(WhereConditions.lessThan('resp-002')).getMany())).toEqual([
      'resp-000',
      'resp-001',
    ]);
    expect(keysOf(await byCampaign().where(WhereConditions.lessThanEqualTo('resp-001')).getMany())).toEqual([
      'resp-000',
      'resp-001',
    ]);

    const otherPartition = await responses
      .query()
      .index('by-campaign', { partition: ['c2'] })
      .limit(100)
      .getMany();
    expect(otherPartition.results).toHaveLength(10);
  });

  test('sort DESC, limit and cursor paging (ties on the range value ordered by key)', async () => {
    await seedResponses();
    const collect = async (sort: Sort) => {
      const keys: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        let q = responses
          .query()
          .index('by-campaign-department', { partition: ['c1'] })
          .sort(sort)
          .limit(7);
        if (cursor) q = q.cursor(cursor);
        const page = await q.getMany();
        keys.push(...page.results.map((r) => `${r.value.departmentId}/${r.key}`));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor);
      return { keys, pages };
    };
    const asc = await collect(Sort.ASC);
    expect(asc.pages).toBe(8);
    expect(asc.keys).toHaveLength(50);
    expect(new Set(asc.keys).size).toBe(50);
    const departments = asc.keys.map((k) => k.split('/')[0]);
    expect(departments).toEqual([...departments].sort());
    const desc = await collect(Sort.DESC);
    expect(desc.keys).toEqual([...asc.keys].reverse());
  });

  test('filters: and / or, every filter condition', async () => {
    await seedResponses();
    const query = () =>
      responses
        .query()
        .index('by-campaign', { partition: ['c1'] })
        .limit(100);
    const count = async (filter: Parameters<ReturnType<typeof query>['filters']>[0]) =>
      (await query().filters(filter).getMany()).results.length;

    expect(await count(new Filter<Response>().and('status', FilterConditions.equalTo('submitted')))).toBe(17);
    expect(
      await count(
        new Filter<Response>()
          .and('status', FilterConditions.equalTo('submitted'))
          .and('departmentId', FilterConditions.equalTo('it')),
      ),
    ).toBe(3);
    expect(
      await count(
        new Filter<Response>()
          .or('departmentId', FilterConditions.equalTo('it'))
          .or('departmentId', FilterConditions.equalTo('hr')),
      ),
    ).toBe(20);
    expect(await count(new Filter<Response>().and('departmentId', FilterConditions.notEqualTo('it')))).toBe(
      40,
    );
    expect(await count(new Filter<Response>().and('departmentId', FilterConditions.beginsWith('l')))).toBe(
      10,
    );
    expect(await count(new Filter<Response>().and('departmentId', FilterConditions.contains('al')))).toBe(20); // legal, sales
    expect(await count(new Filter<Response>().and('departmentId', FilterConditions.notContains('al')))).toBe(
      30,
    );
    expect(await count(new Filter<Response>().and('status', FilterConditions.exists()))).toBe(50);
    expect(await count(new Filter<Response>().and('status', FilterConditions.notExists()))).toBe(0);
    expect(
      await count(
        new Filter<Response>().and('respondentKey', FilterConditions.between('resp-000', 'resp-004')),
      ),
    ).toBe(5);
    expect(
      await count(new Filter<Response>().and('departmentId', FilterConditions.greaterThan('legal'))),
    ).toBe(10);
  });

  test('limit applies before filters: a page may be short while a cursor says there is more', async () => {
    await seedResponses();
    const filter = new Filter<Response>().and('departmentId', FilterConditions.equalTo('it'));
    let cursor: string | undefined;
    const found: string[] = [];
    const pageSizes: number[] = [];
    do {
      let q = responses
        .query()
        .index('by-campaign', { partition: ['c1'] })
        .filters(filter)
        .limit(20);
      if (cursor) q = q.cursor(cursor);
      const page = await q.getMany();
      pageSizes.push(page.results.length);
      found.push(...page.results.map((r) => r.key));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pageSizes).toEqual([4, 4, 2]);
    expect(found).toHaveLength(10);
  });

  test('a single-attribute index (short form) and getOne', async () => {
    await campaigns.set('c:1', { status: 'open', name: 'A' });
    await campaigns.set('c:2', { status: 'closed', name: 'B' });
    await campaigns.set('c:3', { name: 'no status: not in the index' });
    const open = await campaigns.query().index('status').where(WhereConditions.equalTo('open')).getOne();
    expect(open).toEqual({ key: 'c:1', value: { status: 'open', name: 'A' } });
    expect((await campaigns.query().index('status').getMany()).results.map((r) => r.key)).toEqual([
      'c:2',
      'c:1',
    ]);
  });

  test('index entries follow updates and deletes', async () => {
    await campaigns.set('c:1', { status: 'open', closesOn: '2025-03-31' });
    await campaigns.set('c:1', { status: 'closed', closesOn: '2025-03-31' });
    const byStatus = (status: string) =>
      campaigns
        .query()
        .index('by-status-closes', { partition: [status] })
        .getMany();
    expect((await byStatus('open')).results).toEqual([]);
    expect((await byStatus('closed')).results.map((r) => r.key)).toEqual(['c:1']);
    await campaigns.delete('c:1');
    expect((await byStatus('closed')).results).toEqual([]);
  });

  test('query errors: unknown index, wrong partition, page limit, filter operators', async () => {
    expect((await apiError(campaigns.query().index('nope').getMany())).code).toBe('INVALID_ENTITY_INDEX');
    expect((await apiError(campaigns.query().index('by-status-period').getMany())).code).toBe(
      'INVALID_ENTITY_INDEX',
    );
    const limited = await apiError(campaigns.query().index('status').limit(101).getMany());
    expect([limited.responseDetails.status, limited.code]).toEqual([
      400,
      'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
    ]);
    const base = { entityName: 'campaign', indexName: 'status' };
    expect(
      await t.kvs.handle('/api/v1/entity/query', { ...base, filters: { and: [], or: [] } }),
    ).toMatchObject({
      status: 400,
      body: { code: 'INVALID_FILTER_OPERATORS_COMBINATION' },
    });
    expect(await t.kvs.handle('/api/v1/entity/query', { ...base, filters: { and: [] } })).toMatchObject({
      body: { code: 'EMPTY_FILTER_OPERATOR' },
    });
    expect(
      await t.kvs.handle('/api/v1/entity/query', {
        ...base,
        filters: { and: [{ property: 'name', condition: 'BETWEEN', values: ['a'] }] },
      }),
    ).toMatchObject({ body: { code: 'INSUFFICIENT_FILTER_VALUES' } });
    expect(
      await t.kvs.handle('/api/v1/entity/query', {
        ...base,
        range: { condition: 'CONTAINS', values: ['a'] },
      }),
    ).toMatchObject({
      body: { code: 'INVALID_FILTER_CONDITION' },
    });
  });
});

describe('numeric and multi-attribute partitions', () => {
  const entities = parseEntities([
    {
      name: 'measure',
      attributes: {
        site: { type: 'string' },
        line: { type: 'integer' },
        score: { type: 'float' },
        ok: { type: 'boolean' },
      },
      indexes: [{ name: 'by-site-line-score', partition: ['site', 'line'], range: ['score'] }],
    },
  ]);

  test('numbers order numerically, not as text', async () => {
    t.close();
    t = startTestRuntime({ entities });
    const measures = kvs.entity<{ site: string; line: number; score: number; ok: boolean }>('measure');
    for (const [i, score] of [9, 10, 100, -1, 2.5].entries())
      await measures.set(`m:${i}`, { site: 'a', line: 1, score, ok: score > 0 });
    await measures.set('m:other', { site: 'a', line: 2, score: 5, ok: true });
    const q = () => measures.query().index('by-site-line-score', { partition: ['a', 1] });
    expect((await q().getMany()).results.map((r) => r.value.score)).toEqual([-1, 2.5, 9, 10, 100]);
    expect(
      (await q().where(WhereConditions.between(2, 10)).getMany()).results.map((r) => r.value.score),
    ).toEqual([2.5, 9, 10]);
    expect((await q().where(WhereConditions.greaterThan('5')).getMany()).results).toEqual([]); // a string never compares with numbers
    expect(
      (
        await q()
          .filters(new Filter<{ ok: boolean }>().and('ok', FilterConditions.equalTo(false)))
          .getMany()
      ).results,
    ).toHaveLength(1);
  });
});
