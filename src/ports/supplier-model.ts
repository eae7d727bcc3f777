/** The supplier model's versions (each with its standing bands) and its head. */
import type { ModelHead } from '../domain/model';
import type { StandingBand, SupplierModel } from '../domain/supplier-model';
import type { WriteOutcome } from './storage';

/** One version of how suppliers are evaluated: what is asked, and how scores read as standings. */
export interface SupplierModelVersion {
  model: SupplierModel;
  bands: StandingBand[];
}

export interface SupplierModelStore {
  head(modelId: string): Promise<ModelHead | undefined>;
  get(modelId: string, version: number): Promise<SupplierModelVersion | undefined>;
  /** The version and the head together, if the head is still at `expectedRevision` (0: not stored yet). */
  save(version: SupplierModelVersion, head: ModelHead, expectedRevision: number): Promise<WriteOutcome>;
}
