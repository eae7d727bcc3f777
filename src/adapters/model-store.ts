import { Filter, FilterConditions, kvs } from '@forge/kvs';
import type { EvaluationModel, ModelHead } from '../domain/model';
import type { WriteOutcome } from '../ports/storage';
import type { ModelStore } from '../ports/model';
import { conditionally } from './conditional';
import { ENTITIES, KEYS } from './keys';
import {
  fromModelHeadRecord,
  fromModelRecord,
  MODEL_HEAD_RECORD,
  MODEL_RECORD,
  toModelHeadRecord,
  toModelRecord,
  type ModelHeadRecord,
} from './records/model';
import { readRecord } from './records/record';

/**
 * The transaction condition that the head is still the one that was read: same revision, or still absent
 * when it was not stored yet (revision 0: the built-in default model).
 */
export function headIsStill(revision: number) {
  return revision === 0
    ? new Filter<ModelHeadRecord>().and('revision', FilterConditions.notExists())
    : new Filter<ModelHeadRecord>().and('revision', FilterConditions.equalTo(revision));
}

/** Model versions under `model:{id}:v{n}` (never changed once used) and one head per model. */
export class KvsModelStore implements ModelStore {
  async head(modelId: string): Promise<ModelHead | undefined> {
    const value = await kvs.entity<ModelHeadRecord>(ENTITIES.modelHead).get(modelId);
    const record = readRecord(MODEL_HEAD_RECORD, `${ENTITIES.modelHead}/${modelId}`, value);
    return record && fromModelHeadRecord(record);
  }

  async get(modelId: string, version: number): Promise<EvaluationModel | undefined> {
    const key = KEYS.model(modelId, version);
    const record = readRecord(MODEL_RECORD, key, await kvs.get(key));
    return record && fromModelRecord(record);
  }

  /** Writes a version and the new head in one transaction, provided the head is still `expectedRevision`. */
  save(model: EvaluationModel, head: ModelHead, expectedRevision: number): Promise<WriteOutcome> {
    return conditionally(() =>
      kvs
        .transact()
        .set(KEYS.model(model.id, model.version), toModelRecord(model))
        .set<ModelHeadRecord>(head.modelId, toModelHeadRecord(head), {
          entityName: ENTITIES.modelHead,
          conditions: headIsStill(expectedRevision),
        })
        .execute(),
    );
  }
}
