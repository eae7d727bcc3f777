/**
 * The campaign option "include supplier evaluation": chosen while a draft, the supplier model's head version frozen
 * into the campaign when it opens and marked used by it (conditional on the head's revision), fixed afterwards.
 */
import { KvsSupplierModelStore } from '../../src/adapters/supplier-model-store';
import { DEFAULT_BANDS, DEFAULT_SUPPLIER_MODEL } from '../../src/domain/supplier-model';
import type { Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import {
  type Call,
  campaignInput,
  code,
  createCampaign,
  onAdminPage,
  setUpRoles,
} from './support/admin-page';

let b: Backend;
let call: Call;
onAdminPage((started) => ({ b, call } = started));

const MODEL_ID = DEFAULT_SUPPLIER_MODEL.id;
const { id: _id, version: _version, ...editable } = DEFAULT_SUPPLIER_MODEL;
const store = () => new KvsSupplierModelStore();
const headNow = async () => (await b.invoke({}, () => store().head(MODEL_ID))).result;
const open = (campaignId: string, baseRevision: number) =>
  call(PEOPLE.jean, 'campaigns/open', { campaignId, baseRevision });

beforeEach(() => setUpRoles(call));

it('freezes the supplier model head into a campaign with the option on, and marks it used', async () => {
  const draft = await createCampaign(call, { suppliers: { enabled: true } });
  const opened = await open(draft.id, draft.revision);
  expect(opened.result).toMatchObject({
    ok: true,
    data: {
      suppliers: {
        enabled: true,
        modelVersion: 1,
        criterionIds: DEFAULT_SUPPLIER_MODEL.criteria.map((c) => c.id),
        commentRequiredAtOrBelow: 2,
      },
    },
  });
  expect(await headNow()).toMatchObject({
    version: 1,
    revision: 1,
    versions: [{ version: 1, usedBy: [draft.id] }],
  });
  // The built-in version is stored as frozen: a later release changing the default cannot change it.
  const frozen = (await b.invoke({}, () => store().get(MODEL_ID, 1))).result;
  expect(frozen?.model).toEqual(DEFAULT_SUPPLIER_MODEL);
});

it('leaves the supplier model alone when the option is off', async () => {
  const draft = await createCampaign(call);
  const opened = await open(draft.id, draft.revision);
  expect(opened.result.ok).toBe(true);
  expect(opened.result.data.suppliers).toBeUndefined();
  expect(await headNow()).toBeUndefined();
});

it('opens on the head saved meanwhile, and refuses the opening when the head changed after it was read', async () => {
  const saved = await call(PEOPLE.jean, 'supplier-model/save', {
    model: editable,
    bands: [...DEFAULT_BANDS],
    baseVersion: 1,
  });
  expect(saved.result.error).toBeUndefined();
  const draft = await createCampaign(call, { suppliers: { enabled: true } });
  const opened = await open(draft.id, draft.revision);
  const version = (await headNow())!.version;
  expect(opened.result.data.suppliers).toMatchObject({ enabled: true, modelVersion: version });
  expect((await headNow())!.versions.find((v) => v.version === version)?.usedBy).toEqual([draft.id]);

  const other = await createCampaign(call, { suppliers: { enabled: true } });
  const storeHead = KvsSupplierModelStore.prototype.head;
  const spy = jest.spyOn(KvsSupplierModelStore.prototype, 'head').mockImplementation(async function (
    this: KvsSupplierModelStore,
    id: string,
  ) {
    const head = await storeHead.call(this, id);
    return head && { ...head, revision: head.revision - 1 };
  });
  try {
    const before = b.kvs.dump();
    expect(code((await open(other.id, other.revision)).result)).toBe('CONFLICT');
    expect(b.kvs.dump()).toEqual(before);
  } finally {
    spy.mockRestore();
  }
});

it('fixes the option once the campaign is open', async () => {
  const draft = await createCampaign(call);
  const toggled = await call(PEOPLE.jean, 'campaigns/save', {
    campaign: campaignInput({ id: draft.id, suppliers: { enabled: true } }),
    baseRevision: draft.revision,
  });
  expect(toggled.result.error).toBeUndefined();
  expect(toggled.result).toMatchObject({ ok: true, data: { suppliers: { enabled: true } } });
  const opened = await open(draft.id, toggled.result.data.revision);
  const revision = opened.result.data.revision as number;
  const before = b.kvs.dump();
  const off = await call(PEOPLE.jean, 'campaigns/save', {
    campaign: campaignInput({ id: draft.id, suppliers: { enabled: false } }),
    baseRevision: revision,
  });
  expect(off.result.error).toMatchObject({ code: 'CONFLICT', reason: 'campaign.suppliersFixed' });
  expect(b.kvs.dump()).toEqual(before);
  // An edit keeping the option keeps the frozen version.
  const renamed = await call(PEOPLE.jean, 'campaigns/save', {
    campaign: campaignInput({ id: draft.id, closesOn: '2099-12-31', suppliers: { enabled: true } }),
    baseRevision: revision,
  });
  expect(renamed.result.data.suppliers).toMatchObject({ enabled: true, modelVersion: 1 });
});
