/** The evaluation model's versions and its head. */
import type { EvaluationModel, ModelHead } from '../domain/model';
import type { WriteOutcome } from './storage';

export interface ModelStore {
  head(modelId: string): Promise<ModelHead | undefined>;
  get(modelId: string, version: number): Promise<EvaluationModel | undefined>;
  /** The version and the head together, if the head is still at `expectedRevision` (0: not stored yet). */
  save(model: EvaluationModel, head: ModelHead, expectedRevision: number): Promise<WriteOutcome>;
}
