/** The response and pseudonym adapters on the real @forge/kvs SDK and the local host's KVS. */
import { KvsPseudonymKeys, pseudonymOf } from '../../src/adapters/pseudonym';
import { ENTITIES, KEYS } from '../../src/adapters/keys';
import { fromCampaignRecord, type CampaignRecord } from '../../src/adapters/records/campaign';
import { KvsResponseStore } from '../../src/adapters/survey-store';
import type { StoredCampaign } from '../../src/ports/campaigns';
import type { StoredResponse } from '../../src/ports/survey';
import { aCampaign } from '../helpers/builders';
import { startTestRuntime, type TestRuntime } from '../helpers/forge-runtime';

let rt: TestRuntime;
beforeAll(() => {
  rt = startTestRuntime();
});
afterAll(() => rt.close());
beforeEach(() => rt.kvs.reset());

const run = async <T>(fn: () => Promise<T>) => (await rt.invoke({ accountId: 'acc-test' }, fn)).result;

const response = (overrides: Partial<StoredResponse> = {}): StoredResponse => ({
  campaignId: 'cmp-1',
  kind: 'customer',
  respondentKey: 'acc-1',
  status: 'draft',
  answers: { 'c-1': { value: 3 } },
  revision: 1,
  updatedDay: '2026-01-20',
  ...overrides,
});

/** The campaign a write is conditional on, stored as the app stores it. */
async function seedCampaign(overrides: Partial<CampaignRecord> = {}): Promise<StoredCampaign> {
  const record = aCampaign({ id: 'cmp-1', ...overrides });
  await run(async () => {
    const { kvs } = await import('@forge/kvs');
    await kvs.entity(ENTITIES.campaign).set(record.id, record);
  });
  return fromCampaignRecord(record);
}

const expect0 = { revision: 0, notSubmitted: false, proxyOnly: false };
const at = (revision: number, more: Partial<typeof expect0> = {}) => ({ ...expect0, revision, ...more });

describe('KvsResponseStore', () => {
  it('creates only if absent and updates only on top of the expected revision', async () => {
    const store = new KvsResponseStore();
    const campaign = await seedCampaign({ answered: true });
    expect(await run(() => store.write(response(), at(0), campaign))).toBe(true);
    expect(await run(() => store.write(response({ answers: {} }), at(0), campaign))).toBe(false);
    expect(await run(() => store.write(response({ revision: 2 }), at(5), campaign))).toBe(false);
    expect(
      await run(() => store.write(response({ revision: 2, status: 'submitted' }), at(1), campaign)),
    ).toBe(true);
    expect(await run(() => store.get(response()))).toMatchObject({ revision: 2, status: 'submitted' });
    const responses = rt.kvs.dump().entities.filter((e) => e.entityName === ENTITIES.response);
    expect(responses.map((e) => e.key)).toEqual([KEYS.response(response())]);
  });

  it('writes only while the campaign is still at the revision read and open', async () => {
    const store = new KvsResponseStore();
    const campaign = await seedCampaign({ answered: true, revision: 4 });
    expect(await run(() => store.write(response(), at(0), { ...campaign, revision: 3 }))).toBe(false);
    const closed = await seedCampaign({ answered: true, revision: 4, status: 'closed' });
    expect(await run(() => store.write(response(), at(0), closed))).toBe(false);
    expect(rt.kvs.dump().entities.filter((e) => e.entityName === ENTITIES.response)).toEqual([]);
  });

  it('marks the campaign answered with its first answer, in the same transaction', async () => {
    const store = new KvsResponseStore();
    const campaign = await seedCampaign({ revision: 4 });
    expect(await run(() => store.write(response(), at(0), campaign))).toBe(true);
    const stored = rt.kvs.dump().entities.find((e) => e.entityName === ENTITIES.campaign)?.value;
    expect(stored).toMatchObject({ answered: true, revision: 5 });
    // The answered campaign moved on: a write conditioned on the revision read before fails.
    expect(await run(() => store.write(response({ respondentKey: 'acc-2' }), at(0), campaign))).toBe(false);
  });

  it('never lets a draft overwrite a submitted answer, nor proxy entry a customer’s own answer', async () => {
    const store = new KvsResponseStore();
    const campaign = await seedCampaign({ answered: true });
    await run(() => store.write(response({ status: 'submitted' }), at(0), campaign));
    expect(
      await run(() => store.write(response({ revision: 2 }), at(1, { notSubmitted: true }), campaign)),
    ).toBe(false);
    expect(
      await run(() =>
        store.write(response({ revision: 2, proxyBy: 'buyer' }), at(1, { proxyOnly: true }), campaign),
      ),
    ).toBe(false);
    expect(await run(() => store.get(response()))).toMatchObject({ revision: 1, status: 'submitted' });
  });

  it('reads several responses in one round trip, in the order asked, missing ones as undefined', async () => {
    const store = new KvsResponseStore();
    const campaign = await seedCampaign({ answered: true });
    await run(() => store.write(response(), at(0), campaign));
    await run(() => store.write(response({ kind: 'self' }), at(0), campaign));
    const refs = [
      { campaignId: 'cmp-1', kind: 'self' as const, respondentKey: 'acc-1' },
      { campaignId: 'cmp-1', kind: 'customer' as const, respondentKey: 'acc-missing' },
      { campaignId: 'cmp-1', kind: 'customer' as const, respondentKey: 'acc-1' },
    ];
    const { result, counts } = await rt.invoke({}, () => store.getMany(refs));
    expect(result.map((r) => r?.kind)).toEqual(['self', undefined, 'customer']);
    expect(counts.storage).toBe(1);
  });

  it('never takes a corrupt record for a missing one: it names the record that cannot be read', async () => {
    const store = new KvsResponseStore();
    await run(async () => {
      const { kvs } = await import('@forge/kvs');
      await kvs
        .entity(ENTITIES.response)
        .set('cmp-1:customer:acc-corrupt', { campaignId: 'cmp-1', answers: 'nope' });
    });
    const corrupt = { campaignId: 'cmp-1', kind: 'customer' as const, respondentKey: 'acc-corrupt' };
    for (const read of [() => store.get(corrupt), () => store.getMany([corrupt]).then((all) => all[0])]) {
      await expect(run(read)).rejects.toThrow(
        expect.objectContaining({ name: 'StoredRecordError', key: 'response/cmp-1:customer:acc-corrupt' }),
      );
    }
  });

  it('lists a campaign’s facts through the index, page by page, and tells whether answers exist', async () => {
    const store = new KvsResponseStore();
    expect(await run(() => store.hasAnswers('cmp-1'))).toBe(false);
    const campaign = await seedCampaign({ answered: true });
    const other = await seedCampaign({ id: 'cmp-2', answered: true });
    await run(async () => {
      for (let i = 0; i < 130; i += 1)
        await store.write(response({ respondentKey: `acc-${i}` }), at(0), campaign);
      await store.write(response({ campaignId: 'cmp-2' }), at(0), other);
    });
    const { result, counts } = await rt.invoke({}, () => store.facts('cmp-1'));
    expect(result).toHaveLength(130);
    expect(result[0]).toEqual({ kind: 'customer', status: 'draft', respondentKey: 'acc-0' });
    expect(counts.storage).toBe(2);
    expect(await run(() => store.hasAnswers('cmp-1'))).toBe(true);
    expect(await run(() => store.hasAnswers('cmp-3'))).toBe(false);
  });
});

describe('KvsPseudonymKeys', () => {
  it('gives one stable pseudonym per person while the key exists, and none after destroy', async () => {
    const keys = new KvsPseudonymKeys();
    expect(await run(() => keys.respondentKey('cmp-1', 'acc-1'))).toBeUndefined();
    await run(() => keys.create('cmp-1'));
    const first = await run(() => keys.respondentKey('cmp-1', 'acc-1'));
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await run(() => keys.respondentKey('cmp-1', 'acc-1'))).toBe(first);
    expect(await run(() => keys.respondentKey('cmp-1', 'acc-2'))).not.toBe(first);
    expect(await run(() => keys.respondentKey('cmp-2', 'acc-1'))).toBeUndefined();
    await run(() => keys.destroy('cmp-1'));
    expect(await run(() => keys.respondentKey('cmp-1', 'acc-1'))).toBeUndefined();
    expect(rt.kvs.dump().secrets).toEqual([]);
  });

  it('is an HMAC-SHA256: the same secret and account give the same pseudonym', () => {
    const secret = 'ab'.repeat(32);
    expect(pseudonymOf(secret, 'acc-1')).toBe(pseudonymOf(secret, 'acc-1'));
    expect(pseudonymOf(secret, 'acc-1')).not.toBe(pseudonymOf('cd'.repeat(32), 'acc-1'));
  });
});
