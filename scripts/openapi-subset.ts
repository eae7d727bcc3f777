/**
 * `npm run openapi:subset`: extracts, from Atlassian's published OpenAPI documents in
 * `../shared/atlassian-openapi/` (override: OPENAPI_SOURCE_DIR), the operations the app calls, with every
 * component they reference, into compact deterministic files under `openapi/`. Those files are committed:
 * tests, the scope linter and the sandbox contract checker read them, never `../shared` (absent on a fresh clone).
 * Rerun it whenever the app starts calling a new endpoint (add it to USED_ENDPOINTS first).
 */
import fs from 'node:fs';
import path from 'node:path';

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface SubsetSpec {
  /** File name in the source directory. */
  source: string;
  /** File name written under `openapi/`. */
  output: string;
  /** Full request paths as the app writes them (`/wiki/api/v2/...` included); the servers' path is stripped. */
  endpoints: ReadonlyArray<readonly [Method, string]>;
}

/** The single list of product endpoints the app calls, today or soon. */
export const USED_ENDPOINTS = {
  jira: {
    source: 'jira-platform-v3.json',
    output: 'jira-subset.json',
    endpoints: [
      ['post', '/rest/api/3/issue'],
      ['post', '/rest/api/3/issue/bulk'],
      ['get', '/rest/api/3/issue/{issueIdOrKey}'],
      ['put', '/rest/api/3/issue/{issueIdOrKey}'],
      ['get', '/rest/api/3/search/jql'],
      ['post', '/rest/api/3/search/jql'],
      ['get', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}'],
      ['put', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}'],
      ['post', '/rest/api/3/issue/{issueIdOrKey}/remotelink'],
      ['post', '/rest/api/3/issue/{issueIdOrKey}/notify'],
      ['get', '/rest/api/3/issue/{issueIdOrKey}/transitions'],
      ['post', '/rest/api/3/issue/{issueIdOrKey}/transitions'],
      ['get', '/rest/api/3/myself'],
      ['get', '/rest/api/3/project/{projectIdOrKey}'],
    ],
  },
  confluenceV2: {
    source: 'confluence-v2.json',
    output: 'confluence-v2-subset.json',
    endpoints: [
      ['get', '/wiki/api/v2/pages/{id}'],
      ['get', '/wiki/api/v2/pages/{id}/operations'],
      ['get', '/wiki/api/v2/spaces/{id}'],
      /*
       * Site-admin check. This v2 document (Feb 2025) has no endpoint telling whether the caller is a Confluence
       * administrator, and the later `GET /admin-key` is documented "Forge and OAuth2 apps cannot access this REST
       * resource" (it also only reports an *enabled* admin key). The closest v2 signal is the permitted operations
       * on the space holding the macro (`administer` on `space` = space admin), kept here for that use. A true
       * site-admin check needs v1 `GET /wiki/rest/api/user/current?expand=operations` (`administer`/`application`,
       * scope read:confluence-user), whose spec is not in ../shared: see docs/decisions/roles.md.
       */
      ['get', '/wiki/api/v2/spaces/{id}/operations'],
    ],
  },
} as const satisfies Record<string, SubsetSpec>;

/** Products the app does not call: the scope linter still needs a file for each, holding no path. */
export const EMPTY_SPEC_FILE = 'empty-paths.json';

/** Documentation-only keywords dropped for compactness (never when they name a property). */
const DROPPED_KEYS = new Set(['description', 'summary', 'example', 'examples', 'externalDocs', 'tags']);
/** Objects whose keys are names chosen by the API (property names, status codes...), not keywords. */
const NAMED_MAPS = new Set([
  'properties',
  'patternProperties',
  'paths',
  'responses',
  'content',
  'headers',
  'schemas',
  'parameters',
  'requestBodies',
  'securitySchemes',
  'variables',
  'mapping',
  'links',
  'callbacks',
]);
const COMPONENT_REF = /^#\/components\/([^/]+)\/(.+)$/;

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const decodePointer = (token: string): string => token.replace(/~1/g, '/').replace(/~0/g, '~');

/** Removes documentation keywords and sorts keys, so the output is small and byte-stable. */
function compact(value: Json, inNamedMap = false): Json {
  if (Array.isArray(value)) return value.map((item) => compact(item));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) {
    if (!inNamedMap && DROPPED_KEYS.has(key)) continue;
    out[key] = compact(value[key] as Json, !inNamedMap && NAMED_MAPS.has(key) && isObject(value[key]));
  }
  return out;
}

/** Every `#/components/...` reference reachable from `root`, following references transitively. */
function collectComponents(doc: JsonObject, root: Json): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const pending: Json[] = [root];
  const visitRef = (ref: string): void => {
    const match = COMPONENT_REF.exec(ref);
    if (!match) return;
    const [, section = '', rawName = ''] = match;
    const name = decodePointer(rawName);
    const names = found.get(section) ?? new Set<string>();
    found.set(section, names);
    if (names.has(name)) return;
    const components = doc.components;
    const target =
      isObject(components) && isObject(components[section]) ? components[section][name] : undefined;
    if (target === undefined) throw new Error(`Dangling reference ${ref}`);
    names.add(name);
    pending.push(target);
  };
  while (pending.length > 0) {
    const node = pending.pop() as Json;
    if (Array.isArray(node)) pending.push(...node);
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') visitRef(value);
        else if (key === 'mapping' && isObject(value))
          Object.values(value).forEach((v) => typeof v === 'string' && visitRef(v));
        else pending.push(value);
      }
    }
  }
  return found;
}

/** The path of the first server URL (`/wiki/api/v2` for Confluence v2, empty for Jira). */
export function serverBasePath(doc: JsonObject): string {
  const servers = doc.servers;
  const first = Array.isArray(servers) && isObject(servers[0]) ? servers[0].url : undefined;
  if (typeof first !== 'string') return '';
  const pathname = first.replace(/^[a-z]+:\/\/[^/]+/i, '');
  return pathname.replace(/\/$/, '');
}

/** Builds the subset document for one product: pure, for tests and for the CLI below. */
export function buildSubset(doc: JsonObject, spec: SubsetSpec): JsonObject {
  const base = serverBasePath(doc);
  const allPaths = doc.paths;
  if (!isObject(allPaths)) throw new Error(`${spec.source}: no paths`);
  const paths: JsonObject = {};
  for (const [method, fullPath] of spec.endpoints) {
    if (base && !fullPath.startsWith(base + '/')) throw new Error(`${fullPath} is not under ${base}`);
    const specPath = fullPath.slice(base.length);
    const item = allPaths[specPath];
    const operation = isObject(item) ? item[method] : undefined;
    if (!isObject(item) || !isObject(operation)) {
      throw new Error(`${spec.source}: ${method.toUpperCase()} ${specPath} not found`);
    }
    const target = (paths[specPath] ??= Array.isArray(item.parameters)
      ? { parameters: item.parameters }
      : {});
    (target as JsonObject)[method] = operation;
  }
  const components: JsonObject = {};
  for (const [section, names] of collectComponents(doc, paths)) {
    const source = (doc.components as JsonObject)[section] as JsonObject;
    components[section] = Object.fromEntries([...names].map((name) => [name, source[name] as Json]));
  }
  const usedScopes = new Set<string>();
  const usedSchemes = new Set<string>();
  JSON.stringify(paths, (key, value: Json) => {
    if (key === 'security' && Array.isArray(value)) {
      for (const requirement of value) {
        if (!isObject(requirement)) continue;
        for (const [scheme, scopes] of Object.entries(requirement)) {
          usedSchemes.add(scheme);
          if (Array.isArray(scopes))
            scopes.forEach((scope) => typeof scope === 'string' && usedScopes.add(scope));
        }
      }
    }
    return value;
  });
  const schemes = isObject(doc.components) ? doc.components.securitySchemes : undefined;
  if (isObject(schemes)) {
    const kept: JsonObject = {};
    for (const name of usedSchemes) {
      const scheme = schemes[name];
      if (scheme !== undefined) kept[name] = pruneScopes(scheme, usedScopes);
    }
    components.securitySchemes = kept;
  }
  const info = isObject(doc.info) ? doc.info : {};
  return compact({
    openapi: doc.openapi ?? '3.0.0',
    info: { title: info.title ?? spec.source, version: info.version ?? 'unknown' },
    servers: doc.servers ?? [],
    'x-subset-of': spec.source,
    paths,
    components,
  }) as JsonObject;
}

/** Keeps, in OAuth2 flows, only the scopes the subset's operations use (the full list is 20 KB of prose). */
function pruneScopes(scheme: Json, used: Set<string>): Json {
  if (!isObject(scheme) || !isObject(scheme.flows)) return scheme;
  const flows: JsonObject = {};
  for (const [name, flow] of Object.entries(scheme.flows)) {
    flows[name] =
      isObject(flow) && isObject(flow.scopes)
        ? {
            ...flow,
            scopes: Object.fromEntries(Object.entries(flow.scopes).filter(([scope]) => used.has(scope))),
          }
        : flow;
  }
  return { ...scheme, flows };
}

export const repoRoot = path.resolve(__dirname, '..');
export const openapiDir = path.join(repoRoot, 'openapi');

export function sourceDir(): string {
  return process.env.OPENAPI_SOURCE_DIR ?? path.resolve(repoRoot, '..', 'shared', 'atlassian-openapi');
}

function main(): void {
  const from = sourceDir();
  fs.mkdirSync(openapiDir, { recursive: true });
  for (const spec of Object.values(USED_ENDPOINTS)) {
    const doc = JSON.parse(fs.readFileSync(path.join(from, spec.source), 'utf8')) as JsonObject;
    const subset = buildSubset(doc, spec);
    const text = JSON.stringify(subset) + '\n';
    fs.writeFileSync(path.join(openapiDir, spec.output), text);
    console.log(
      `openapi/${spec.output}: ${spec.endpoints.length} operations, ${(text.length / 1024).toFixed(0)} KiB`,
    );
  }
  fs.writeFileSync(path.join(openapiDir, EMPTY_SPEC_FILE), JSON.stringify({ paths: {} }) + '\n');
  console.log(`openapi/${EMPTY_SPEC_FILE}: for the products the app does not call`);
}

if (require.main === module) main();
