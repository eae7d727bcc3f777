/** The supplier rating adapter on the real @forge/kvs SDK and the local host's KVS. */
import { ENTITIES, KEYS } from '../../src/adapters/keys';
import { fromCampaignRecord, type CampaignRecord } from '../../src/adapters/records/campaign';
import { KvsSupplierRatingStore } from '../../src/adapters/supplier-ratings-store';
import type { StoredCampaign } from '../../src/ports/campaigns';
import type { StoredSupplierRating } from '../../src/ports/supplier-ratings';
import { aCampaign } from '../helpers/builders';
import { startTestRuntime, type TestRuntime } from '../helpers/forge-runtime';

let rt: TestRuntime;
beforeAll(() => {
  rt = startTestRuntime();
});
afterAll(() => rt.close());
beforeEach(() => rt.kvs.reset());

const invoke = <T>(fn: () => Promise<T>) => rt.invoke({ accountId: 'acc-test' }, fn);
const run = async <T>(fn: () => Promise<T>) => (await invoke(fn)).result;
const store = new KvsSupplierRatingStore();

const rating = (overrides: Partial<StoredSupplierRating> = {}): StoredSupplierRating => ({
  campaignId: 'cmp-1',
  raterKey: 'acc-1',
  supplierId: 'sup-1',
  departmentId: 'engineering',
  answers: { 'supplier-quality': 3 },
  comments: {},
  status: 'draft',
  revision: 1,
  updatedAt: 1000,
  ...overrides,
});

async function seedCampaign(overrides: Partial<CampaignRecord> = {}): Promise<StoredCampaign> {
  const record = aCampaign({ id: 'cmp-1', status: 'open', ...overrides });
  await run(async () => {
    const { kvs } = await import('@forge/kvs');
    await kvs.entity(ENTITIES.campaign).set(record.id, record);
  });
  return fromCampaignRecord(record);
}

const stored = () => rt.kvs.dump().entities.filter((e) => e.entityName === ENTITIES.supplierRating);

describe('KvsSupplierRatingStore', () => {
  it('creates only if absent and updates only on top of the expected revision', async () => {
    const campaign = await seedCampaign({ answered: true });
    const save = (r: StoredSupplierRating, expectedRevision: number) =>
      run(() => store.save([{ rating: r, expectedRevision }], campaign));
    expect(await save(rating(), 0)).toBe('written');
    expect(await save(rating({ answers: {} }), 0)).toBe('conflict');
    expect(await save(rating({ revision: 2 }), 5)).toBe('conflict');
    expect(await save(rating({ revision: 2, status: 'submitted' }), 1)).toBe('written');
    expect(await run(() => store.mine('cmp-1', 'acc-1'))).toEqual([
      rating({ revision: 2, status: 'submitted' }),
    ]);
    expect(stored().map((e) => e.key)).toEqual([KEYS.supplierRating('cmp-1', 'acc-1', 'sup-1')]);
  });

  it('writes all or nothing: one stale rating, a closed campaign or one moved on refuses the whole save', async () => {
    const campaign = await seedCampaign({ answered: true, revision: 4 });
    await run(() => store.save([{ rating: rating(), expectedRevision: 0 }], campaign));
    const before = rt.kvs.dump();
    const both = [
      { rating: rating({ supplierId: 'sup-2' }), expectedRevision: 0 },
      { rating: rating({ revision: 2 }), expectedRevision: 0 },
    ];
    expect(await run(() => store.save(both, campaign))).toBe('conflict');
    const fresh = [{ rating: rating({ supplierId: 'sup-2' }), expectedRevision: 0 }];
    expect(await run(() => store.save(fresh, { ...campaign, revision: 3 }))).toBe('conflict');
    const closed = await seedCampaign({ answered: true, revision: 4, status: 'closed' });
    const closedDump = rt.kvs.dump();
    expect(await run(() => store.save(fresh, closed))).toBe('conflict');
    expect(rt.kvs.dump()).toEqual(closedDump);
    expect(before.entities.filter((e) => e.entityName === ENTITIES.supplierRating)).toEqual(stored());
  });

  it('marks the campaign answered with its first rating, in the same transaction', async () => {
    const campaign = await seedCampaign({ revision: 4 });
    expect(await run(() => store.save([{ rating: rating(), expectedRevision: 0 }], campaign))).toBe(
      'written',
    );
    const record = rt.kvs.dump().entities.find((e) => e.entityName === ENTITIES.campaign)?.value;
    expect(record).toMatchObject({ answered: true, revision: 5 });
  });

  it('saves 20 ratings in one round trip, and reads a rater’s own and a campaign’s all by supplier', async () => {
    const campaign = await seedCampaign({ answered: true });
    const ids = Array.from({ length: 20 }, (_, i) => `sup-${String(i).padStart(2, '0')}`);
    const writes = ids.map((supplierId) => ({ rating: rating({ supplierId }), expectedRevision: 0 }));
    const saved = await invoke(() => store.save(writes, campaign));
    expect(saved.result).toBe('written');
    expect(saved.counts.storage).toBe(1);
    const other = rating({
      raterKey: 'acc-2',
      supplierId: 'sup-05',
      departmentId: null,
      updatedAt: undefined,
    });
    await run(() => store.save([{ rating: other, expectedRevision: 0 }], campaign));
    await run(() => store.save([{ rating: rating({ campaignId: 'cmp-2' }), expectedRevision: 0 }], campaign));
    const mine = await invoke(() => store.mine('cmp-1', 'acc-1'));
    expect(mine.result.map((r) => r.supplierId)).toEqual(ids);
    expect(mine.counts.storage).toBe(1);
    expect(await run(() => store.mine('cmp-1', 'acc-2'))).toEqual([other]);
    const all = await run(() => store.all('cmp-1'));
    expect(all.map((r) => `${r.supplierId}/${r.raterKey}`)).toHaveLength(21);
    expect(all.map((r) => r.supplierId)).toEqual([...ids.slice(0, 6), 'sup-05', ...ids.slice(6)].sort());
  });
});
