/** What the SQLite layer's parts share: key spaces, stored rows, and the cached statement of an SQL text. */
import type Database from 'better-sqlite3';
import type { EntityDefinition } from './manifest';

/** Where a key lives: plain KVS keys, secrets and each entity are separate key spaces. */
export type Space = { kind: 'kvs' } | { kind: 'secret' } | { kind: 'entity'; entity: EntityDefinition };

export interface StoredRow {
  key: string;
  /** The JSON text of the value. */
  value: string;
  createdAt: number;
  updatedAt: number;
  expireAt: number | null;
}

/** The prepared statement of an SQL text (cached by the store). */
export type Sql = (text: string) => Database.Statement;

/** A space's columns: its kind, and the entity's name ('' outside entities). */
export const spaceOf = (space: Space): [string, string] => [
  space.kind,
  space.kind === 'entity' ? space.entity.name : '',
];
