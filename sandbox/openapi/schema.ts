/** OpenAPI 3.0's schema dialect as JSON Schema for Ajv, and Ajv's errors as readable problems. */
import type { ErrorObject } from 'ajv';
import { isObject, type Json, type JsonObject } from './types';


/** Jira writes offsets without a colon (`2019-02-22T12:29:17.095+0000`); RFC 3339 requires one. Accept both. */
export const LENIENT_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * OpenAPI 3.0 schema dialect -> JSON Schema for Ajv: `nullable`, boolean `exclusiveMinimum/Maximum`, and local
 * `#/components/...` references made absolute (so any fragment compiles on its own against the document's id).
 */
export function toJsonSchema(node: Json, docId: string): Json {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, docId));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) out[key] = docId + value;
    else out[key] = toJsonSchema(value, docId);
  }
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[flag] === 'boolean') {
      if (out[flag] === true && typeof out[bound] === 'number') {
        out[flag] = out[bound];
        delete out[bound];
      } else delete out[flag];
    }
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string' && out.$ref === undefined) {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: 'null' }] };
  }
  if ('nullable' in out) delete out.nullable;
  return out;
}

export function formatErrors(prefix: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const where = error.instancePath || '/';
    const extra =
      error.keyword === 'additionalProperties'
        ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})`
        : error.keyword === 'enum'
          ? ` (${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)})`
          : '';
    return `${prefix}: ${where} ${error.message ?? error.keyword}${extra}`;
  });
}
