/**
 * The supplier model: the procurement team and quality managers read it, admins save it. One company-level model
 * (the built-in default until an admin saves one); a version frozen into an opened campaign is never rewritten.
 */
import { isHeadInUse, type ModelHead } from '../../domain/model';
import {
  bandsProblems,
  builtInSupplierHead,
  builtInSupplierModel,
  DEFAULT_BANDS,
  DEFAULT_SUPPLIER_MODEL,
  planSupplierModelSave,
  supplierModelProblems,
} from '../../domain/supplier-model';
import type { Ports } from '../../ports';
import type { SupplierModelVersion } from '../../ports/supplier-model';
import type { SupplierModelView, supplierModelContract } from '../../shared/contract/supplier-model';
import { fail, issue, ok, type Result } from '../../shared/result';
import type { Request, RouteTable } from '../router';

const MODEL_ID = DEFAULT_SUPPLIER_MODEL.id;

/** The stored head, or the built-in default's before any save. */
export const supplierHeadOf = async (ports: Pick<Ports, 'supplierModels'>): Promise<ModelHead> =>
  (await ports.supplierModels.head(MODEL_ID)) ?? builtInSupplierHead(MODEL_ID)!;

/** A version as stored, or the built-in one (the default model read with the default bands). */
export async function supplierModelVersionOf(
  ports: Pick<Ports, 'supplierModels'>,
  version: number,
): Promise<SupplierModelVersion | undefined> {
  const stored = await ports.supplierModels.get(MODEL_ID, version);
  if (stored) return stored;
  const model = builtInSupplierModel(MODEL_ID, version);
  return model && { model, bands: [...DEFAULT_BANDS] };
}

const viewOf = ({ model, bands }: SupplierModelVersion, head: ModelHead): SupplierModelView => ({
  model,
  bands,
  inUse: isHeadInUse(head),
  versions: head.versions.map((v) => ({ version: v.version, usedBy: [...v.usedBy] })),
});

export async function getSupplierModel(
  _request: Request<'supplier-model/get'>,
  ports: Ports,
): Promise<Result<SupplierModelView>> {
  const head = await supplierHeadOf(ports);
  const version = await supplierModelVersionOf(ports, head.version);
  if (!version) return fail('NOT_FOUND', 'model.headMissing');
  return ok(viewOf(version, head));
}

export async function saveSupplierModel(
  { payload }: Request<'supplier-model/save'>,
  ports: Ports,
): Promise<Result<SupplierModelView>> {
  const edited = { ...payload.model, id: MODEL_ID };
  const problems = [...supplierModelProblems(edited), ...bandsProblems(payload.bands)];
  if (problems.length > 0)
    return fail(
      'INVALID_PAYLOAD',
      'supplierModel.invalid',
      undefined,
      problems.map((p) => issue(p.path, p.reason, p.params)),
    );
  const stored = await ports.supplierModels.head(MODEL_ID);
  const plan = planSupplierModelSave(stored ?? builtInSupplierHead(MODEL_ID), payload.baseVersion, edited);
  if (plan.kind === 'stale') return fail('CONFLICT', 'model.stale', { version: plan.headVersion });
  const version = { model: plan.model, bands: payload.bands };
  if ((await ports.supplierModels.save(version, plan.head, stored?.revision ?? 0)) === 'conflict')
    return fail('CONFLICT', 'model.changed');
  return ok(viewOf(version, plan.head));
}

export const supplierModelRoutes = {
  'supplier-model/get': {
    requires: { anyOf: ['admin', 'team', 'quality'], refusal: 'forbidden.seeSupplierModel' },
    handle: getSupplierModel,
  },
  'supplier-model/save': {
    requires: { anyOf: ['admin'], refusal: 'forbidden.editSupplierModel' },
    handle: saveSupplierModel,
  },
} satisfies RouteTable<typeof supplierModelContract>;
