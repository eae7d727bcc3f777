import { kvs } from '@forge/kvs';
import type { ModelHead } from '../domain/model';
import type { SupplierModelStore, SupplierModelVersion } from '../ports/supplier-model';
import type { WriteOutcome } from '../ports/storage';
import { conditionally } from './conditional';
import { ENTITIES, KEYS } from './keys';
import { headIsStill } from './model-store';
import {
  fromModelHeadRecord,
  MODEL_HEAD_RECORD,
  toModelHeadRecord,
  type ModelHeadRecord,
} from './records/model';
import { readRecord } from './records/record';
import {
  fromSupplierModelRecord,
  SUPPLIER_MODEL_RECORD,
  toSupplierModelRecord,
} from './records/supplier-model';

/**
 * Supplier model versions under `supplier-model:{id}:v{n}` (never changed once a campaign froze them); the head is
 * a `model-head` entity like the evaluation model's, under its own prefixed key (`supplier-model:{id}`): an
 * evaluation model saved with the same id has a head of its own, never this one.
 */
export class KvsSupplierModelStore implements SupplierModelStore {
  async head(modelId: string): Promise<ModelHead | undefined> {
    const key = KEYS.supplierModelHead(modelId);
    const value = await kvs.entity<ModelHeadRecord>(ENTITIES.modelHead).get(key);
    const record = readRecord(MODEL_HEAD_RECORD, `${ENTITIES.modelHead}/${key}`, value);
    return record && fromModelHeadRecord(record);
  }

  async get(modelId: string, version: number): Promise<SupplierModelVersion | undefined> {
    const key = KEYS.supplierModel(modelId, version);
    const record = readRecord(SUPPLIER_MODEL_RECORD, key, await kvs.get(key));
    return record && fromSupplierModelRecord(record);
  }

  save(version: SupplierModelVersion, head: ModelHead, expectedRevision: number): Promise<WriteOutcome> {
    return conditionally(() =>
      kvs
        .transact()
        .set(KEYS.supplierModel(version.model.id, version.model.version), toSupplierModelRecord(version))
        .set<ModelHeadRecord>(KEYS.supplierModelHead(head.modelId), toModelHeadRecord(head), {
          entityName: ENTITIES.modelHead,
          conditions: headIsStill(expectedRevision),
        })
        .execute(),
    );
  }
}
