import { errors } from './errors';
import type { EntityDefinition } from './manifest';

export const LIMITS = {
  keyLength: 500,
  valueBytes: 240 * 1024,
  valueDepth: 32,
  pageSize: 100,
  /** Page size when the request gives no limit (assumed: not published for @forge/kvs). */
  defaultPageSize: 10,
  transactionOperations: 25,
  batchItems: 25,
  payloadBytes: 4 * 1024 * 1024,
  entityNameMin: 3,
  entityNameMax: 60,
} as const;

// The documented regex is /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/; in that class `\s-#` is a literal '-', not a range.
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
// The error reference gives /^(?![\.\-])(?!.*\.{2})[a-z0-9:\-.]*(?<![.])$/; the entity reference also allows '_'.
const ENTITY_NAME_PATTERN = /^(?![.-])(?!.*\.{2})[a-z0-9:\-._]*(?<![.])$/;

export function validateKey(key: unknown): string {
  if (typeof key !== 'string') throw errors.badRequest('key must be a string');
  if (key.length === 0) throw errors.emptyKey();
  if (key.length > LIMITS.keyLength) throw errors.keyTooLong();
  if (!KEY_PATTERN.test(key)) throw errors.invalidKey();
  return key;
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let max = 0;
  for (const child of Object.values(value as Record<string, unknown>)) max = Math.max(max, depthOf(child));
  return max + 1;
}

/** Checks a value and returns its JSON serialisation, which is what the store keeps. */
export function validateValue(value: unknown): string {
  if (value === undefined) throw errors.badRequest('value is required');
  const json = JSON.stringify(value);
  if (Buffer.byteLength(json, 'utf8') > LIMITS.valueBytes) throw errors.maxSize();
  if (depthOf(value) > LIMITS.valueDepth) throw errors.maxDepth();
  return json;
}

export function validateEntityName(
  name: unknown,
  entities: ReadonlyMap<string, EntityDefinition>,
): EntityDefinition {
  if (typeof name !== 'string') throw errors.badRequest('entityName must be a string');
  if (name.length < LIMITS.entityNameMin) throw errors.entityTypeTooShort();
  if (name.length > LIMITS.entityNameMax) throw errors.entityTypeTooLarge();
  if (!ENTITY_NAME_PATTERN.test(name)) throw errors.invalidEntityType();
  const entity = entities.get(name);
  if (!entity)
    throw errors.invalidEntityType(
      `Entity "${name}" is not declared in app.storage.entities of the manifest.`,
    );
  return entity;
}

const fitsType = (type: string, value: unknown): boolean => {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      // Documented: a 32-bit signed integer (so epoch milliseconds do not fit).
      return (
        typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= -2_147_483_648 &&
        value <= 2_147_483_647
      );
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return true;
  }
};

/** Entity values are objects whose attributes are all declared in the manifest, with the declared types. */
export function validateEntityValue(entity: EntityDefinition, value: unknown): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw errors.invalidEntityValue('The value must be an object.');
  for (const [attribute, attributeValue] of Object.entries(value as Record<string, unknown>)) {
    const declared = entity.attributes[attribute];
    if (!declared)
      throw errors.invalidEntityValue(
        `Attribute "${attribute}" is not declared for entity "${entity.name}".`,
      );
    if (attributeValue !== null && !fitsType(declared.type, attributeValue)) {
      throw errors.invalidEntityValue(
        `Attribute "${attribute}" of entity "${entity.name}" must be of type ${declared.type}.`,
      );
    }
  }
}

const TTL_UNITS: Record<string, number> = {
  SECONDS: 1_000,
  MINUTES: 60_000,
  HOURS: 3_600_000,
  DAYS: 86_400_000,
};

/** Returns the TTL in milliseconds, or undefined when none is asked for. */
export function ttlMillis(options: unknown): number | undefined {
  const ttl = (options as { ttl?: { value?: unknown; unit?: unknown } } | undefined)?.ttl;
  if (ttl === undefined) return undefined;
  const unit = typeof ttl.unit === 'string' ? TTL_UNITS[ttl.unit] : undefined;
  if (!unit || typeof ttl.value !== 'number' || !Number.isInteger(ttl.value) || ttl.value <= 0)
    throw errors.invalidTtl();
  return ttl.value * unit;
}

export function validatePageLimit(limit: unknown, onError: () => Error): number {
  if (limit === undefined || limit === null) return LIMITS.defaultPageSize;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > LIMITS.pageSize)
    throw onError();
  return limit;
}
