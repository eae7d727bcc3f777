/**
 * What every endpoint of one KVS service shares: its store, clock and reads, and the checks that place a key in
 * its space (plain keys, secrets, an entity), validate a value for it and turn a TTL into an expiry time.
 */
import type { EntityDefinition } from './manifest';
import type { KvsReads } from './reads';
import type { KvsStore, Space } from './store';
import { ttlMillis, validateEntityName, validateEntityValue, validateValue } from './validation';

export type SpaceKind = 'kvs' | 'secret' | 'entity';

export interface KvsContext {
  readonly store: KvsStore;
  readonly now: () => number;
  readonly reads: KvsReads;
  /** The space of a declared entity; an undeclared one is a 400. */
  readonly entitySpace: (entityName: unknown) => Space & { kind: 'entity' };
  readonly spaceFor: (kind: SpaceKind, body: Record<string, unknown>) => Space;
  /** The value's JSON, once it fits the limits (and the entity's attributes). */
  readonly checkedValue: (space: Space, value: unknown) => string;
  readonly expireAtFor: (setOptions: unknown) => number | null;
}

export function kvsContext(
  store: KvsStore,
  entities: ReadonlyMap<string, EntityDefinition>,
  now: () => number,
  reads: KvsReads,
): KvsContext {
  const entitySpace = (entityName: unknown): Space & { kind: 'entity' } => ({
    kind: 'entity',
    entity: validateEntityName(entityName, entities),
  });

  const spaceFor = (kind: 'kvs' | 'secret' | 'entity', body: Record<string, unknown>): Space =>
    kind === 'entity' ? entitySpace(body.entityName) : { kind };

  const checkedValue = (space: Space, value: unknown): string => {
    const json = validateValue(value);
    if (space.kind === 'entity') validateEntityValue(space.entity, value);
    return json;
  };

  const expireAtFor = (setOptions: unknown): number | null => {
    const ttl = ttlMillis(setOptions);
    return ttl === undefined ? null : now() + ttl;
  };

  return { store, now, reads, entitySpace, spaceFor, checkedValue, expireAtFor };
}
