/**
 * The survey's "Suppliers you use" step through the real routing: the caller's own ratings with the frozen
 * supplier model, the picker, the save (draft and submit, edits at their revision), every refusal writing
 * nothing, the round trips of a 20-supplier save, and two tabs saving the same supplier at once.
 */
import { KvsPseudonymKeys } from '../../src/adapters/pseudonym';
import { ENTITIES, KEYS } from '../../src/adapters/keys';
import { KvsSupplierStore } from '../../src/adapters/suppliers-store';
import { DEFAULT_SUPPLIER_MODEL } from '../../src/domain/supplier-model';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { aSupplier } from './support/suppliers';
import {
  ACME,
  ACORN,
  ARCHIVED,
  CRITERIA,
  SUPPLIER_OPTION,
  allAnswered,
  entry,
  ratingCalls,
} from './support/supplier-ratings';

let b: Backend;
beforeAll(async () => {
  b = await startBackend();
});
afterAll(() => b.close());
beforeEach(() => b.kvs.reset());

const { campaignId, seed, mine, pick, save } = ratingCalls(() => b);
const ratingsStored = () => b.kvs.dump().entities.filter((e) => e.entityName === ENTITIES.supplierRating);
const reasonOf = (result: { error?: { reason?: string } }) => result.error?.reason;
const issuesOf = (result: { error?: { issues?: { path: string; reason?: string }[] } }) =>
  result.error?.issues?.map(({ path, reason }) => [path, reason]);

describe('a customer rating the suppliers they use', () => {
  it('saves a draft, finds it with the frozen model, submits it at its revision', async () => {
    await seed();
    const empty = await mine(PEOPLE.alice);
    expect(empty.result).toEqual({
      ok: true,
      data: { model: DEFAULT_SUPPLIER_MODEL, ratings: [], editable: true },
    });
    const partial = { [CRITERIA[0]!]: 1 };
    const drafted = await save(PEOPLE.alice, [entry({ answers: partial, submit: false })]);
    expect(drafted.result).toEqual({
      ok: true,
      data: [
        {
          supplierId: ACME.id,
          supplierName: 'Acme Steel',
          answers: partial,
          comments: {},
          status: 'draft',
          revision: 1,
        },
      ],
    });
    const comments = { [CRITERIA[0]!]: 'Two late deliveries in March.' };
    const submitted = await save(PEOPLE.alice, [
      entry({ answers: { ...allAnswered(), ...partial }, comments, revision: 1 }),
    ]);
    expect(submitted.result.data).toEqual([
      expect.objectContaining({ status: 'submitted', revision: 2, comments }),
    ]);
    const again = await mine(PEOPLE.alice);
    expect(again.result.data.ratings).toEqual(submitted.result.data);
    expect(again.counts.storage).toBeLessThanOrEqual(4); // campaign, supplier model, the ratings, their names
    expect(ratingsStored()).toEqual([
      expect.objectContaining({
        key: KEYS.supplierRating(campaignId, PEOPLE.alice, ACME.id),
        value: expect.objectContaining({ departmentId: 'engineering', raterKey: PEOPLE.alice }),
      }),
    ]);
    // Each person reads only their own.
    expect((await mine(PEOPLE.bruno)).result.data.ratings).toEqual([]);
  });

  it('tells the survey it has the step, only when the option is on', async () => {
    await seed();
    const state = await b.call(PEOPLE.alice, 'survey/getState', { campaignId });
    expect(state.result.data.campaign.suppliers).toBe(true);
    await seed({ suppliers: undefined });
    const without = await b.call(PEOPLE.alice, 'survey/getState', { campaignId });
    expect(without.result.data.campaign).not.toHaveProperty('suppliers');
  });

  it('rates under the pseudonym in an anonymous campaign, without a time', async () => {
    await seed({ anonymous: true });
    await b.asApp(() => new KvsPseudonymKeys().create(campaignId));
    expect((await save(PEOPLE.alice, [entry()])).result.ok).toBe(true);
    const [stored] = ratingsStored();
    expect(stored!.key).not.toContain(PEOPLE.alice);
    expect(stored!.value).not.toHaveProperty('updatedAt');
    expect(JSON.stringify(stored!.value)).not.toContain(PEOPLE.alice);
    expect((await mine(PEOPLE.alice)).result.data.ratings).toHaveLength(1);
  });

  it('gives people invited by name no department', async () => {
    await seed();
    expect((await save(PEOPLE.david, [entry()])).result.ok).toBe(true);
    expect(ratingsStored()[0]!.value).not.toHaveProperty('departmentId');
  });

  it('picks suppliers in use by name prefix, never archived ones, at most 20', async () => {
    const many = Array.from({ length: 25 }, (_, i) => aSupplier(100 + i, { name: `Zenith ${i}` }));
    await seed({}, [ACME, ACORN, ARCHIVED, ...many]);
    const found = await pick(PEOPLE.alice, 'ac');
    expect(found.result.data).toEqual([
      { id: ACME.id, name: 'Acme Steel', category: ACME.category },
      { id: ACORN.id, name: 'Acorn Freight', category: ACORN.category },
    ]);
    expect((await pick(PEOPLE.alice, 'zen')).result.data).toHaveLength(20);
  });
});

describe('refusals write nothing', () => {
  const refusedWith = async (who: string, ratings: unknown[], code: string, reason: string) => {
    const before = b.kvs.dump();
    const { result } = await save(who, ratings);
    expect(result.error).toMatchObject({ code, reason });
    expect(b.kvs.dump()).toEqual(before);
    return result;
  };

  it('refuses a campaign not open, or without the option', async () => {
    await seed({ status: 'closed' });
    await refusedWith(PEOPLE.alice, [entry()], 'FORBIDDEN', 'survey.closed');
    await seed({ status: 'scheduled' });
    await refusedWith(PEOPLE.alice, [entry()], 'FORBIDDEN', 'survey.notOpenYet');
    await seed({ suppliers: { ...SUPPLIER_OPTION, enabled: false } });
    await refusedWith(PEOPLE.alice, [entry()], 'FORBIDDEN', 'supplierRatings.off');
    await seed({ suppliers: undefined });
    await refusedWith(PEOPLE.alice, [entry()], 'FORBIDDEN', 'supplierRatings.off');
    expect((await pick(PEOPLE.alice, 'ac')).result.error).toMatchObject({ reason: 'supplierRatings.off' });
    expect((await mine(PEOPLE.alice)).result.error).toMatchObject({ reason: 'supplierRatings.off' });
  });

  it('refuses people outside the audience, buyers included', async () => {
    await seed();
    for (const who of [PEOPLE.grace, PEOPLE.ines, PEOPLE.jean]) {
      const before = b.kvs.dump();
      expect((await save(who, [entry()])).result.ok).toBe(false);
      expect((await pick(who, 'ac')).result.ok).toBe(false);
      expect((await mine(who)).result.ok).toBe(false);
      expect(b.kvs.dump()).toEqual(before);
    }
  });

  it('refuses unknown and archived suppliers, one supplier twice, and criteria the model does not have', async () => {
    await seed();
    const unknown = await refusedWith(
      PEOPLE.alice,
      [entry(), entry({ supplierId: ARCHIVED.id }), entry({ supplierId: aSupplier(99).id })],
      'INVALID_PAYLOAD',
      'supplierRatings.invalid',
    );
    expect(issuesOf(unknown)).toEqual([
      ['ratings.1.supplierId', 'supplierRatings.unknownSupplier'],
      ['ratings.2.supplierId', 'supplierRatings.unknownSupplier'],
    ]);
    const twice = await refusedWith(
      PEOPLE.alice,
      [entry(), entry()],
      'INVALID_PAYLOAD',
      'supplierRatings.invalid',
    );
    expect(issuesOf(twice)).toEqual([['ratings.1.supplierId', 'supplierRatings.twice']]);
    const foreign = await refusedWith(
      PEOPLE.alice,
      [entry({ answers: { ...allAnswered(), constructor: 3 }, comments: { toString: 'x' } })],
      'INVALID_PAYLOAD',
      'supplierRatings.invalid',
    );
    expect(issuesOf(foreign)).toEqual([
      ['ratings.0.answers.constructor', 'supplierRatings.unknownCriterion'],
      ['ratings.0.comments.toString', 'supplierRatings.unknownCriterion'],
    ]);
  });

  it('refuses a submit missing an answer or a required comment (a draft may)', async () => {
    await seed();
    const low = { ...allAnswered(), [CRITERIA[1]!]: 2 };
    const { [CRITERIA[2]!]: _left, ...missing } = allAnswered();
    const result = await refusedWith(
      PEOPLE.alice,
      [
        entry({ answers: low, comments: { [CRITERIA[1]!]: '   ' } }),
        entry({ supplierId: ACORN.id, answers: missing }),
      ],
      'INVALID_PAYLOAD',
      'supplierRatings.invalid',
    );
    expect(issuesOf(result)).toEqual([
      [`ratings.0.comments.${CRITERIA[1]}`, 'supplierRatings.commentRequired'],
      [`ratings.1.answers.${CRITERIA[2]}`, 'supplierRatings.incomplete'],
    ]);
    expect((await save(PEOPLE.alice, [entry({ answers: low, submit: false })])).result.ok).toBe(true);
  });

  it('refuses prototype keys as supplier or criterion ids', async () => {
    await seed();
    const before = b.kvs.dump();
    for (const ratings of [
      [entry({ supplierId: '__proto__' })],
      [entry({ answers: JSON.parse('{"__proto__": 3}') as object })],
      [entry({ comments: JSON.parse('{"__proto__": "x"}') as object })],
    ]) {
      const { result } = await save(PEOPLE.alice, ratings);
      expect(result.error).toMatchObject({ code: 'INVALID_PAYLOAD', reason: 'request.invalid' });
    }
    expect(b.kvs.dump()).toEqual(before);
  });

  it('refuses a stale revision with CONFLICT', async () => {
    await seed();
    await save(PEOPLE.alice, [entry({ submit: false })]);
    await refusedWith(PEOPLE.alice, [entry({ revision: 0 })], 'CONFLICT', 'supplierRatings.stale');
    await refusedWith(PEOPLE.alice, [entry({ revision: 7 })], 'CONFLICT', 'supplierRatings.stale');
    expect(reasonOf((await save(PEOPLE.alice, [entry({ revision: 1 })])).result)).toBeUndefined();
  });
});

it('saves 20 suppliers in 2 storage round trips besides the survey’s own campaign read', async () => {
  const twenty = Array.from({ length: 20 }, (_, i) => aSupplier(200 + i));
  await seed({ answered: true }, twenty);
  const { result, counts } = await save(
    PEOPLE.alice,
    twenty.map((s) => entry({ supplierId: s.id })),
  );
  expect(result.ok).toBe(true);
  // The campaign read (as the survey's), then one batch read of the suppliers and one transaction.
  expect(counts.storage).toBe(3);
  expect(ratingsStored()).toHaveLength(20);
});

it('lets one of two tabs saving the same supplier at the same revision win; the stored one is acknowledged', async () => {
  await seed({ answered: true });
  const tabs = await Promise.all([
    save(PEOPLE.alice, [entry({ answers: allAnswered(4) })]),
    save(PEOPLE.alice, [entry({ answers: allAnswered('na') })]),
  ]);
  const codes = tabs.map((t) => (t.result.ok ? 'ok' : t.result.error?.code)).sort();
  expect(codes).toEqual(['CONFLICT', 'ok']);
  const winner = tabs.find((t) => t.result.ok)!.result.data[0]!;
  const [stored] = ratingsStored();
  expect(stored!.value).toMatchObject({ answers: winner.answers, revision: 1 });
  expect(await b.asApp(() => new KvsSupplierStore().read(ACME.id))).toMatchObject({ id: ACME.id });
});
