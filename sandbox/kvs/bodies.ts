/** Request bodies as the KVS API reads them, its cursors, and stored rows as it answers them. */
import { errors } from './errors';
import type { StoredRow } from './store';

/** One endpoint: a parsed body in, a status and a body out (undefined for 204); errors are thrown KvsHttpErrors. */
export type Handler = (body: unknown) => { status: number; body?: unknown };

export const asObject = (body: unknown): Record<string, unknown> => {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw errors.badRequest('expected a JSON object');
  return body as Record<string, unknown>;
};

export const asArray = (body: unknown): unknown[] => {
  if (!Array.isArray(body)) throw errors.badRequest('expected a JSON array');
  return body;
};

export const encodeCursor = (value: unknown): string =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

export const decodeCursor = <T>(cursor: unknown, isValid: (v: unknown) => v is T): T | undefined => {
  if (cursor === undefined || cursor === null) return undefined;
  if (typeof cursor !== 'string') throw errors.badRequest('cursor must be a string');
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(decoded)) return decoded;
  } catch {
    // fall through
  }
  throw errors.badRequest('invalid cursor');
};

const seconds = (ms: number) => Math.floor(ms / 1000);
const expireTime = (row: StoredRow) =>
  row.expireAt === null ? undefined : new Date(row.expireAt).toISOString();

/** The full answer for one stored row; `fields` limits the metadata to what was asked for. */
export const present = (row: StoredRow, fields?: unknown): Record<string, unknown> => {
  const wanted = (f: string) => fields === undefined || (Array.isArray(fields) && fields.includes(f));
  const out: Record<string, unknown> = { key: row.key, value: JSON.parse(row.value) as unknown };
  if (wanted('CREATED_AT')) out.createdAt = seconds(row.createdAt);
  if (wanted('UPDATED_AT')) out.updatedAt = seconds(row.updatedAt);
  if (wanted('EXPIRE_TIME') && row.expireAt !== null) out.expireTime = expireTime(row);
  return out;
};

export const metadataFieldsOf = (opts: unknown): unknown =>
  (opts as { metadataFields?: unknown } | undefined)?.metadataFields;
