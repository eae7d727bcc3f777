/**
 * Batches (`batch/set|get|delete`): up to 25 keys, plain or of entities, each once; the batch as a whole is checked
 * first, then each key succeeds or fails on its own (`successfulKeys`, `failedKeys`).
 */
import { asArray, asObject, metadataFieldsOf, present, type Handler } from './bodies';
import type { KvsContext } from './context';
import { errors, KvsHttpError } from './errors';
import type { Space } from './store';
import { LIMITS, validateKey } from './validation';

interface BatchItem {
  key: string;
  entityName?: string;
  space: Space;
}

export function batchHandlers(context: KvsContext): {
  batchSet: Handler;
  batchGet: Handler;
  batchDelete: Handler;
} {
  const { store, now, entitySpace, checkedValue, expireAtFor } = context;
  const { read } = context.reads;

  /** Checks the batch as a whole (size, duplicates); per-item errors are reported item by item later. */
  const batchItems = (raw: unknown): Array<{ item: Record<string, unknown>; prepare: () => BatchItem }> => {
    const items = asArray(raw);
    if (items.length === 0) throw errors.emptyOperations();
    if (items.length > LIMITS.batchItems) throw errors.tooManyOperations(LIMITS.batchItems);
    const seen = new Set<string>();
    return items.map((value) => {
      const item = asObject(value);
      const id = JSON.stringify([item.entityName ?? null, item.key]);
      if (seen.has(id)) throw errors.duplicateKeys(String(item.key));
      seen.add(id);
      return {
        item,
        prepare: () => {
          if (item.entityName === undefined) return { key: validateKey(item.key), space: { kind: 'kvs' } };
          const space = entitySpace(item.entityName);
          return { key: validateKey(item.key), space, entityName: space.entity.name };
        },
      };
    });
  };

  const batch =
    (op: (prepared: BatchItem, item: Record<string, unknown>) => Record<string, unknown>): Handler =>
    (raw) => {
      const successfulKeys: unknown[] = [];
      const failedKeys: unknown[] = [];
      for (const { item, prepare } of batchItems(raw)) {
        const ids = {
          key: item.key,
          ...(item.entityName === undefined ? {} : { entityName: item.entityName }),
        };
        try {
          successfulKeys.push({ ...ids, ...op(prepare(), item) });
        } catch (e) {
          if (!(e instanceof KvsHttpError)) throw e;
          failedKeys.push({ ...ids, error: e.toBody() });
        }
      }
      return { status: 200, body: { successfulKeys, failedKeys } };
    };

  const batchSet = batch(({ key, space }, item) => {
    const json = checkedValue(space, item.value);
    store.put(space, key, json, now(), expireAtFor(item.options));
    return {};
  });

  const batchGet = batch(({ key, space }, item) => {
    const row = read(space, key, now());
    if (!row) throw new KvsHttpError(404, 'KEY_NOT_FOUND', 'Key does not exist');
    const { key: _key, ...rest } = present(row, metadataFieldsOf(item.options) ?? []);
    return rest;
  });

  const batchDelete = batch(({ key, space }) => {
    if (!store.remove(space, key, now())) throw new KvsHttpError(404, 'KEY_NOT_FOUND', 'Key does not exist');
    return {};
  });

  return { batchSet, batchGet, batchDelete };
}
