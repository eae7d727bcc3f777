import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { z } from 'zod';
import type { EvaluationModel } from '../domain/model';
import type { ModelHead } from '../domain/model-versions';
import type { ModelReader } from '../resolvers/ports';
import { evaluationModelSchema } from '../shared/contract';
import { conditionally, ENTITIES, KEYS, type WriteOutcome } from './keys';
import { parseOrUndefined } from './records';

/** The `model-head` entity (manifest.yml), key = model id. */
export const modelHeadSchema = z.object({
  modelId: z.string(),
  version: z.number().int().positive(),
  revision: z.number().int().positive(),
  versions: z.array(z.object({ version: z.number().int().positive(), usedBy: z.array(z.string()) })),
}) satisfies z.ZodType<ModelHead>;

/**
 * The transaction condition that the head is still the one that was read: same revision, or still absent
 * when it was not stored yet (revision 0: the built-in default model).
 */
export function headIsStill(revision: number) {
  return revision === 0
    ? new Filter<ModelHead>().and('revision', FilterConditions.notExists())
    : new Filter<ModelHead>().and('revision', FilterConditions.equalTo(revision));
}

/** Model versions under `model:{id}:v{n}` (never changed once used) and one head per model. */
export class KvsModelStore implements ModelReader {
  async head(modelId: string): Promise<ModelHead | undefined> {
    return parseOrUndefined(modelHeadSchema, await kvs.entity<ModelHead>(ENTITIES.modelHead).get(modelId));
  }

  async get(modelId: string, version: number): Promise<EvaluationModel | undefined> {
    return parseOrUndefined(evaluationModelSchema, await kvs.get(KEYS.model(modelId, version)));
  }

  /** Writes a version and the new head in one transaction, provided the head is still `expectedRevision`. */
  save(model: EvaluationModel, head: ModelHead, expectedRevision: number): Promise<WriteOutcome> {
    return conditionally(() =>
      kvs
        .transact()
        .set(KEYS.model(model.id, model.version), model)
        .set<ModelHead>(head.modelId, head, {
          entityName: ENTITIES.modelHead,
          conditions: headIsStill(expectedRevision),
        })
        .execute(),
    );
  }
}
