/**
 * The loaded OpenAPI documents: each operation's path as a pattern (literal segments first), local `$ref`s
 * followed, the operation a request lands on, and the JSON schema of a request or response body.
 */
import { isObject, type Json, type JsonObject } from './types';

export interface LoadedDoc {
  id: string;
  basePath: string;
  doc: JsonObject;
  converted: JsonObject;
  routes: Array<{ template: string; specPath: string; regex: RegExp; params: string[]; literals: number }>;
}

function serverBasePath(doc: JsonObject): string {
  const first = Array.isArray(doc.servers) && isObject(doc.servers[0]) ? doc.servers[0].url : undefined;
  return typeof first === 'string' ? first.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\/$/, '') : '';
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A document as the checker keeps it: `converted` is its JSON Schema form (schema.ts), registered under `id`. */
export function loadedDoc(id: string, doc: JsonObject, converted: JsonObject): LoadedDoc {
  const basePath = serverBasePath(doc);
  const routes = Object.keys(isObject(doc.paths) ? doc.paths : {}).map((specPath) => {
    const template = basePath + specPath;
    const params: string[] = [];
    const pattern = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const param = /^\{([^}]+)\}$/.exec(part);
        if (!param) return escapeRegex(part);
        params.push(param[1] as string);
        return '([^/]+)';
      })
      .join('');
    const literals = template.split('/').filter((segment) => segment && !segment.includes('{')).length;
    return { template, specPath, regex: new RegExp(`^${pattern}/?$`), params, literals };
  });
  // Literal segments win over templates: `/issue/bulk` before `/issue/{issueIdOrKey}`.
  routes.sort((a, b) => b.literals - a.literals || a.template.localeCompare(b.template));
  return { id, basePath, doc, converted, routes };
}

/** Follows a local `$ref` (already made absolute) inside one document. */
export function deref(loaded: LoadedDoc, node: Json | undefined): Json | undefined {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string' && hops < 20; hops++) {
    const ref = current.$ref;
    if (!ref.startsWith(loaded.id + '#/')) return current;
    current = ref
      .slice(loaded.id.length + 2)
      .split('/')
      .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<Json | undefined>((at, token) => (isObject(at) ? at[token] : undefined), loaded.converted);
  }
  return current;
}

/** The operation a request lands on in these documents (the first that has its path and method), if any. */
export function locate(docs: readonly LoadedDoc[], method: string, requestPath: string) {
  const pathOnly = requestPath.split('?')[0] ?? '';
  const lower = method.toLowerCase();
  for (const loaded of docs) {
    for (const route of loaded.routes) {
      const match = route.regex.exec(pathOnly);
      if (!match) continue;
      const item = (loaded.converted.paths as JsonObject)[route.specPath];
      const operation = isObject(item) ? item[lower] : undefined;
      if (!isObject(item) || !isObject(operation)) continue;
      const pathParams = Object.fromEntries(
        route.params.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]),
      );
      return { loaded, route, item, operation, pathParams };
    }
  }
  return undefined;
}

export type Located = NonNullable<ReturnType<typeof locate>>;

/** The JSON schema of a request body or a response (JSON content first), if it documents one. */
export function jsonSchemaOf(loaded: LoadedDoc, holder: Json | undefined): JsonObject | undefined {
  const resolved = deref(loaded, holder);
  const content = isObject(resolved) ? resolved.content : undefined;
  if (!isObject(content)) return undefined;
  const media = content['application/json'] ?? Object.values(content).find((m) => isObject(m) && m.schema);
  return isObject(media) && isObject(media.schema) ? media.schema : undefined;
}
