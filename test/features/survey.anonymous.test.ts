/**
 * Anonymous campaigns through the real routing: answers under HMAC pseudonyms whose key lives in Forge secret
 * storage, nothing in the stored records that names a person or dates an answer finer than a day, small
 * departments kept out of the answers, one answer per person and editing while open, and an irrecoverable link
 * once the key is destroyed at close.
 */
import { KEYS } from '../../src/adapters/keys';
import { pseudonymOf } from '../../src/adapters/pseudonym';
import { SMALL_GROUPS } from '../../src/domain/participation/participation';
import { aCampaign, answersFor } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { SURVEY, surveyCalls } from './support/survey';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());
afterEach(() => {
  h.kvs.faults.clear();
  jest.restoreAllMocks();
});

const { model, campaignId } = SURVEY;
const { seed, submit, save, keys, openAnonymous } = surveyCalls(() => h);
const secretOf = () =>
  h.dump().secrets.find((s) => s.key === KEYS.pseudonymSecret(campaignId))?.value as string | undefined;

const ACCOUNT_IDS = Object.values(PEOPLE);

describe('an anonymous campaign', () => {
  it('stores no account id, no proxy mark and nothing finer than a day with the answers', async () => {
    await openAnonymous();
    const secret = `Comment by ${PEOPLE.alice}? no: a fact about order 4411`;
    await save(PEOPLE.alice, 'survey/saveDraft', {
      answers: { 'sourcing-price': { value: 2, comment: secret } },
    });
    await save(PEOPLE.alice, 'survey/submit', { baseRevision: 1 });
    await save(PEOPLE.alice, 'survey/submit', { baseRevision: 2, answers: answersFor(model, 4) });
    await save(PEOPLE.bruno, 'survey/submit', {});
    await save(PEOPLE.david, 'survey/submit', { departmentId: 'finance' });
    await h.call(PEOPLE.grace, 'survey/submit', {
      campaignId,
      kind: 'self',
      answers: answersFor(model, 4),
      baseRevision: 0,
    });

    const records = h.responses();
    expect(records).toHaveLength(4); // Alice once, Bruno, David, Grace's self-assessment
    for (const record of records) {
      const text = JSON.stringify(record);
      for (const accountId of ACCOUNT_IDS) expect(text).not.toContain(accountId);
      // No epoch-ms-like timestamp anywhere (the pseudonym is hex, so it is left out of this scan).
      expect(JSON.stringify({ ...record, respondentKey: undefined })).not.toMatch(/\d{13}/);
      expect(record).not.toHaveProperty('updatedAt');
      expect(record).not.toHaveProperty('proxyBy');
      expect(record.updatedDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(record.respondentKey).toMatch(/^[0-9a-f]{64}$/);
    }
    // The entity keys do not name anyone either.
    for (const { key } of h.dump().entities.filter((e) => e.entityName === 'response')) {
      for (const accountId of ACCOUNT_IDS) expect(key).not.toContain(accountId);
    }
    // The person still finds their own answer while the campaign is open.
    const { result } = await h.call(PEOPLE.alice, 'survey/getState', { campaignId });
    expect(result.data.response).toMatchObject({
      status: 'submitted',
      revision: 3,
      answers: answersFor(model, 4),
    });
    expect(result.data.me.canProxy).toBe(false);
  });

  it('keeps one answer per person: a second first-save is a conflict, a replay is acknowledged', async () => {
    await openAnonymous();
    expect((await save(PEOPLE.alice, 'survey/submit', {})).result.ok).toBe(true);
    expect((await save(PEOPLE.alice, 'survey/submit', {})).result).toMatchObject({
      ok: true,
      data: { revision: 1 },
    });
    expect(
      (await save(PEOPLE.alice, 'survey/submit', { answers: answersFor(model, 1) })).result.error.code,
    ).toBe('CONFLICT');
    expect(h.responses()).toHaveLength(1);
  });

  it('submits in three storage round trips (the secret is one more)', async () => {
    await openAnonymous();
    expect((await save(PEOPLE.alice, 'survey/submit', {})).counts.storage).toBe(3);
  });

  it('refuses answers safely when the key is missing while open, and writes nothing', async () => {
    await h.seed({ campaigns: [aCampaign({ anonymous: true })], models: [model], roles: {} });
    const before = h.snapshot();
    for (const key of ['survey/saveDraft', 'survey/submit'] as const) {
      expect((await save(PEOPLE.alice, key, {})).result).toMatchObject({
        ok: false,
        error: { code: 'UNAVAILABLE' },
      });
    }
    const state = await h.call(PEOPLE.alice, 'survey/getState', { campaignId });
    expect(state.result.error.code).toBe('UNAVAILABLE');
    expect(h.snapshot()).toBe(before);
  });

  it('cannot link an answer to a person once the key is destroyed at close', async () => {
    await openAnonymous();
    await save(PEOPLE.alice, 'survey/submit', {});
    const [record] = h.responses();
    const oldSecret = secretOf()!;
    // While open, the link is recomputable: that is what lets Alice edit.
    expect(pseudonymOf(oldSecret, PEOPLE.alice)).toBe(record!.respondentKey);

    await h.seed({
      campaigns: [aCampaign({ anonymous: true, status: 'closed', closedAt: Date.UTC(2026, 2, 1) })],
    });
    await h.asApp(() => keys().destroy(campaignId));
    await h.asApp(() => keys().destroy(campaignId)); // idempotent
    expect(secretOf()).toBeUndefined();
    expect(h.dump().secrets).toEqual([]);

    // Nobody, the app included, finds Alice's answer any more; a new key gives another pseudonym.
    const state = await h.call(PEOPLE.alice, 'survey/getState', { campaignId });
    expect(state.result).toMatchObject({
      ok: true,
      data: { campaign: { status: 'closed' }, response: null },
    });
    await h.asApp(() => keys().create(campaignId));
    expect(pseudonymOf(secretOf()!, PEOPLE.alice)).not.toBe(record!.respondentKey);
    // The answer itself is kept (results still count it).
    expect(h.responses()).toEqual([record]);
  });

  it('creates the key once, whatever the number of calls', async () => {
    await h.asApp(() => Promise.all([keys().create(campaignId), keys().create(campaignId)]));
    const first = secretOf();
    await h.asApp(() => keys().create(campaignId));
    expect(secretOf()).toBe(first);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });

  it('logs neither account ids nor answers when a save fails, and a retry of the lost acknowledgement succeeds', async () => {
    await openAnonymous();
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const answers = answersFor(model, 2, 'The framework contract for tooling was late');
    // The write commits but its acknowledgement is lost.
    h.kvs.faults.failAfterWrite(1, 500, { path: '/api/v1/transaction' });
    const lost = await save(PEOPLE.alice, 'survey/submit', { answers });
    expect(lost.result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const logged = JSON.stringify(errors.mock.calls);
    expect(errors).toHaveBeenCalled();
    for (const accountId of ACCOUNT_IDS) expect(logged).not.toContain(accountId);
    expect(logged).not.toContain('framework contract');
    // The browser retries the unacknowledged save: a replay, acknowledged, nothing lost and nothing doubled.
    const retried = await save(PEOPLE.alice, 'survey/submit', { answers });
    expect(retried.result).toMatchObject({ ok: true, data: { revision: 1, status: 'submitted' } });
    expect(h.responses()).toEqual([expect.objectContaining({ answers, revision: 1 })]);
  });
});

describe('anonymous answers of small departments keep no department', () => {
  it('records a department of fewer than k invited people as the small-groups bucket', async () => {
    const big = Array.from({ length: 5 }, (_, i) => `557058:big-${i}`);
    await seed({
      anonymous: true,
      audience: {
        departments: [
          {
            id: 'engineering',
            name: { 'en-US': 'Engineering', 'fr-FR': 'Engineering' },
            members: [PEOPLE.alice, ...big],
          },
          {
            id: 'production',
            name: { 'en-US': 'Production', 'fr-FR': 'Production' },
            members: [PEOPLE.bruno],
          },
        ],
        people: [],
      },
    });
    await h.asApp(async () => {
      const { kvs } = await import('@forge/kvs');
      await kvs.setSecret(KEYS.pseudonymSecret(campaignId), 'ab'.repeat(32));
    });
    expect((await submit(PEOPLE.alice)).result.ok).toBe(true);
    expect((await submit(PEOPLE.bruno)).result.ok).toBe(true);
    const departments = h.responses().map((r) => r.departmentId);
    expect(departments.sort()).toEqual([SMALL_GROUPS, 'engineering'].sort());
    expect(JSON.stringify(h.responses())).not.toContain('production');
  });
});
