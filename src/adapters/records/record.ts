/**
 * Stored records are foreign data too. Each kind of record has its own schema (separate from the wire schemas)
 * and a `schemaVersion`; older versions are migrated on read, one step at a time. A record that is stored but
 * cannot be read — an unknown version, a broken shape — raises a StoredRecordError naming its key: the router logs
 * it and the user gets a typed error, never a silent "missing".
 */
import type { z } from 'zod';
import { StoredRecordError } from '../../ports/storage';

export interface RecordKind<T extends { schemaVersion: number }> {
  /** For messages: `campaign`, `response`, … */
  name: string;
  /** The version written today. */
  version: T['schemaVersion'];
  /** The shape of the current version. */
  schema: z.ZodType<T>;
  /**
   * `migrations[n]` turns a version-n record into version n+1. Version 0 is a record written before versions
   * existed (no `schemaVersion` attribute).
   */
  migrations: Record<number, (record: Record<string, unknown>) => Record<string, unknown>>;
}

const versionOf = (value: Record<string, unknown>): unknown => value.schemaVersion ?? 0;

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`)
    .join('; ');
}

/** The current version of a stored record, or undefined when nothing is stored under `key`. */
export function readRecord<T extends { schemaVersion: number }>(
  kind: RecordKind<T>,
  key: string,
  value: unknown,
): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new StoredRecordError(key, `${kind.name} record is not an object`);
  }
  let record = value as Record<string, unknown>;
  let version = versionOf(record);
  while (typeof version === 'number' && version < kind.version) {
    const migrate = kind.migrations[version];
    if (!migrate) break;
    record = migrate(record);
    version = versionOf(record);
  }
  if (version !== kind.version) {
    throw new StoredRecordError(
      key,
      `${kind.name} record has schemaVersion ${String(version)}, expected ${kind.version}`,
    );
  }
  const parsed = kind.schema.safeParse(record);
  if (!parsed.success) throw new StoredRecordError(key, `${kind.name} record: ${describe(parsed.error)}`);
  return parsed.data;
}

/** Version 0 → 1: the same shape, now saying its version. */
export const addVersion = (record: Record<string, unknown>): Record<string, unknown> => ({
  ...record,
  schemaVersion: 1,
});
