import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type AttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'any';

export interface EntityIndex {
  name: string;
  /** Attributes whose values must all be given (equality) in `index(name, { partition })`. */
  partition: string[];
  /** The attribute the index is sorted on and `where()` conditions apply to. */
  range: string[];
}

export interface EntityDefinition {
  name: string;
  attributes: Record<string, { type: AttributeType }>;
  indexes: EntityIndex[];
}

interface RawIndex {
  name?: unknown;
  partition?: unknown;
  range?: unknown;
}

const ATTRIBUTE_TYPES: readonly string[] = ['string', 'integer', 'float', 'boolean', 'any'];

const stringList = (value: unknown, where: string): string[] => {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw new Error(`${where} must be a list of attribute names`);
  return value;
};

/** Normalises the `app.storage.entities` section of a manifest (already parsed) into entity definitions. */
export function parseEntities(raw: unknown): EntityDefinition[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new Error('app.storage.entities must be a list');
  return raw.map((entity: { name?: unknown; attributes?: unknown; indexes?: unknown }) => {
    if (typeof entity?.name !== 'string') throw new Error('every entity needs a name');
    const entityName = entity.name;
    const attributes: EntityDefinition['attributes'] = {};
    for (const [name, def] of Object.entries(
      (entity.attributes ?? {}) as Record<string, { type?: unknown }>,
    )) {
      const type = def?.type;
      if (typeof type !== 'string' || !ATTRIBUTE_TYPES.includes(type))
        throw new Error(`entity ${entityName}: attribute ${name} has an unknown type`);
      attributes[name] = { type: type as AttributeType };
    }
    const indexes = ((entity.indexes ?? []) as Array<string | RawIndex>).map((index): EntityIndex => {
      // The short form `- status` is an index named after the attribute, ranged on it.
      if (typeof index === 'string') return { name: index, partition: [], range: [index] };
      if (typeof index?.name !== 'string') throw new Error(`entity ${entityName}: every index needs a name`);
      return {
        name: index.name,
        partition: stringList(index.partition, `entity ${entityName} index ${index.name} partition`),
        range: stringList(index.range, `entity ${entityName} index ${index.name} range`),
      };
    });
    for (const index of indexes) {
      for (const attr of [...index.partition, ...index.range]) {
        if (!attributes[attr])
          throw new Error(`entity ${entityName} index ${index.name}: unknown attribute ${attr}`);
      }
    }
    return { name: entityName, attributes, indexes };
  });
}

/** Reads `app.storage.entities` from a manifest.yml file. */
export function loadEntitiesFromManifest(manifestPath: string): EntityDefinition[] {
  const manifest = parse(readFileSync(manifestPath, 'utf8')) as {
    app?: { storage?: { entities?: unknown } };
  } | null;
  return parseEntities(manifest?.app?.storage?.entities);
}
