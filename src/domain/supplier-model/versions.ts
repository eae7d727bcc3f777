/**
 * Versions of the supplier model: the evaluation model's rule, reused through the model slice (a version frozen
 * into an opened campaign never changes; editing it then creates the next version). Only the built-in head and
 * model are the supplier model's own. Pure data and functions: no I/O, no Forge import.
 */
import { planModelSave, type ModelHead, type SavePlan } from '../model';
import { DEFAULT_SUPPLIER_MODEL, type SupplierModel } from './model';

/** What a new installation has before anybody saved anything: the default supplier model, version 1, unused. */
export function builtInSupplierHead(modelId: string): ModelHead | undefined {
  if (modelId !== DEFAULT_SUPPLIER_MODEL.id) return undefined;
  return {
    modelId,
    version: DEFAULT_SUPPLIER_MODEL.version,
    revision: 0,
    versions: [{ version: DEFAULT_SUPPLIER_MODEL.version, usedBy: [] }],
  };
}

export const builtInSupplierModel = (modelId: string, version: number): SupplierModel | undefined =>
  modelId === DEFAULT_SUPPLIER_MODEL.id && version === DEFAULT_SUPPLIER_MODEL.version
    ? DEFAULT_SUPPLIER_MODEL
    : undefined;

/** `planModelSave` for the supplier model: stale, rewritten in place while unused, or a new version once used. */
export const planSupplierModelSave = (
  head: ModelHead | undefined,
  baseVersion: number,
  edited: Omit<SupplierModel, 'version'>,
): SavePlan<SupplierModel> => planModelSave<SupplierModel>(head, baseVersion, edited);
