/**
 * The supplier model (issue 17, item 2) through the real routing: the default until an admin saves one, criteria
 * whose whole weights sum to 100 and standing bands covering 0–100 checked field by field, nothing written on a
 * refusal, a used version never rewritten, and one of two concurrent saves refused.
 */
import { KvsModelStore } from '../../src/adapters/model-store';
import { KvsSupplierModelStore } from '../../src/adapters/supplier-model-store';
import { DEFAULT_BANDS, DEFAULT_SUPPLIER_MODEL } from '../../src/domain/supplier-model';
import { startBackend, type Backend } from '../helpers/backend';
import { ADMIN_PAGE, aModel } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(async () => {
  h.kvs.reset();
  await h.seed({ roles: {} });
});

const { id: _id, version: _version, ...DEFAULT_INPUT } = DEFAULT_SUPPLIER_MODEL;
type Input = typeof DEFAULT_INPUT;
const get = (who: string = PEOPLE.jean) => h.call(who, 'supplier-model/get', {}, ADMIN_PAGE);
const save = (model: Input, bands = DEFAULT_BANDS, baseVersion = 1, who: string = PEOPLE.jean) =>
  h.call(who, 'supplier-model/save', { model, bands, baseVersion }, ADMIN_PAGE);
/** The default with its first criterion weighing `weight` and its second taking the rest. */
const reweighed = (weight: number): Input => ({
  ...DEFAULT_INPUT,
  criteria: DEFAULT_INPUT.criteria.map((c, i) =>
    i === 0
      ? { ...c, weight }
      : i === 1
        ? { ...c, weight: c.weight + DEFAULT_INPUT.criteria[0]!.weight - weight }
        : c,
  ),
});

it('reads the default model with the default standings until an admin saves one, for 3 round trips (roles, head, version)', async () => {
  const answer = await get(PEOPLE.ines);
  expect(answer.result).toEqual({
    ok: true,
    data: {
      model: DEFAULT_SUPPLIER_MODEL,
      bands: DEFAULT_BANDS,
      inUse: false,
      versions: [{ version: 1, usedBy: [] }],
    },
  });
  expect(answer.counts.storage).toBe(3);
});

it('saves an unused version in place, and every reader then reads it', async () => {
  const edited = reweighed(40);
  const bands = DEFAULT_BANDS.map((b, i) => (i === 1 ? { ...b, to: 60 } : i === 2 ? { ...b, from: 60 } : b));
  const saved = await save(edited, bands);
  expect(saved.result).toMatchObject({
    ok: true,
    data: { model: { version: 1, criteria: edited.criteria }, bands },
  });
  expect((await get(PEOPLE.grace)).result.data).toMatchObject({ model: { ...edited, version: 1 }, bands });
});

it('refuses weights that do not add up to 100 and bands with a gap, field by field, and writes nothing', async () => {
  const before = h.kvs.dump();
  const gap = DEFAULT_BANDS.map((b, i) => (i === 2 ? { ...b, from: 55 } : b));
  const answer = await save(
    {
      ...DEFAULT_INPUT,
      criteria: DEFAULT_INPUT.criteria.map((c, i) => (i === 0 ? { ...c, weight: 31 } : c)),
    },
    gap,
  );
  expect(answer.result.error).toMatchObject({ code: 'INVALID_PAYLOAD', reason: 'supplierModel.invalid' });
  expect(answer.result.error?.issues).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        path: 'criteria',
        reason: 'supplierModel.weightsNot100',
        params: { total: '101' },
      }),
      expect.objectContaining({ path: 'bands.2.from', reason: 'bands.gap' }),
    ]),
  );
  expect(h.kvs.dump()).toEqual(before);
});

it('never takes an id from the payload: the company has one supplier model', async () => {
  const before = h.kvs.dump();
  const answer = await save({ ...DEFAULT_INPUT, id: 'other' } as Input);
  expect(answer.result.error).toMatchObject({ code: 'INVALID_PAYLOAD' });
  expect(h.kvs.dump()).toEqual(before);
});

it('keeps a version a campaign froze: saving then makes the next version', async () => {
  await h.asApp(() =>
    new KvsSupplierModelStore().save(
      { model: DEFAULT_SUPPLIER_MODEL, bands: [...DEFAULT_BANDS] },
      {
        modelId: DEFAULT_SUPPLIER_MODEL.id,
        version: 1,
        revision: 1,
        versions: [{ version: 1, usedBy: ['cmp-2026'] }],
      },
      0,
    ),
  );
  const saved = await save(reweighed(20));
  expect(saved.result.data).toMatchObject({ model: { version: 2 }, inUse: false });
  const first = await h.asApp(() => new KvsSupplierModelStore().get(DEFAULT_SUPPLIER_MODEL.id, 1));
  expect(first?.model).toEqual(DEFAULT_SUPPLIER_MODEL);
});

it('refuses an edit started from an older version, and one of two saves made at the same time', async () => {
  expect((await save(reweighed(20), DEFAULT_BANDS, 0)).result.error).toMatchObject({ reason: 'model.stale' });
  await h.asApp(() =>
    new KvsSupplierModelStore().save(
      { model: DEFAULT_SUPPLIER_MODEL, bands: [...DEFAULT_BANDS] },
      {
        modelId: DEFAULT_SUPPLIER_MODEL.id,
        version: 1,
        revision: 1,
        versions: [{ version: 1, usedBy: ['cmp-2026'] }],
      },
      0,
    ),
  );
  const both = await Promise.all([save(reweighed(20)), save(reweighed(25))]);
  const outcomes = both.map((a) => (a.result.ok ? 'ok' : a.result.error?.reason)).sort();
  expect(outcomes).toEqual(['model.changed', 'ok']);
  const winner = both.find((a) => a.result.ok)!.result.data;
  expect((await get()).result.data).toEqual(winner);
});

it('shares nothing with an evaluation model saved under the supplier model’s id', async () => {
  const { version: _v, ...evaluation } = aModel();
  const homonym = { ...evaluation, id: DEFAULT_SUPPLIER_MODEL.id };
  expect(
    (await h.call(PEOPLE.jean, 'model/save', { model: homonym, baseVersion: 0 }, ADMIN_PAGE)).result.ok,
  ).toBe(true);
  // A campaign opens on that evaluation model: its head says version 1 is in use.
  await h.asApp(() =>
    new KvsModelStore().save(
      { ...homonym, version: 1 },
      { modelId: homonym.id, version: 1, revision: 2, versions: [{ version: 1, usedBy: ['cmp-2026'] }] },
      1,
    ),
  );
  expect((await get()).result.data).toMatchObject({ inUse: false, versions: [{ version: 1, usedBy: [] }] });
  expect((await save(reweighed(20))).result.data).toMatchObject({ model: { version: 1 } });
  const evaluationHead = await h.call(PEOPLE.jean, 'model/get', { modelId: homonym.id }, ADMIN_PAGE);
  expect(evaluationHead.result.data).toMatchObject({ inUse: true, model: { version: 1 } });
});
