/**
 * What the local host may forward to a real site with the developer's API token: the operations of the committed
 * OpenAPI subset (`openapi/`, see scripts/openapi-subset.ts) whose required scopes the manifest grants, plus the
 * few Confluence v1 operations the app calls (no v1 spec is committed, see V1_OPERATIONS). Everything else is
 * refused before it leaves the machine: an API token can do whatever its owner can, the app's scopes cannot.
 */
import { loadCommittedSpecs, type OpenApiDocument, type Product } from '../openapi/contract';

export interface AllowedOperation {
  product: Product;
  method: string;
  /** Full path template as the app writes it (`/wiki/api/v2/pages/{id}`). */
  template: string;
  /** One set of scopes that grants it, all of them in the manifest. */
  scopes: readonly string[];
  /** Where it comes from: the subset file, or `v1` for V1_OPERATIONS. */
  source: string;
}

export type AllowCheck =
  | { ok: true; operation: AllowedOperation }
  /** `needs`: the alternative scope sets of a known operation (none for a path that is no operation). */
  | { ok: false; reason: string; needs?: readonly (readonly string[])[] };

export interface SiteAllowlist {
  readonly operations: readonly AllowedOperation[];
  /** `path` may hold a query string; it is checked as the site would see it (dot segments resolved). */
  check(product: Product, method: string, path: string): AllowCheck;
}

interface CandidateOperation {
  product: Product;
  method: string;
  template: string;
  /** Alternatives: any one of these sets grants the operation. */
  scopeSets: string[][];
  /** Path parameters declared integer: their segment must be digits. */
  integerParams: ReadonlySet<string>;
  source: string;
}

/**
 * Confluence REST v1 operations the app calls (src/adapters/confluence.ts), with the scope the project relies on
 * for each (docs/decisions/roles.md "First admin", scripts/openapi-subset.ts): Atlassian's v2 document has no
 * equivalent and its v1 document is not committed. Keep this list to what the app calls.
 */
export const V1_OPERATIONS: readonly CandidateOperation[] = [
  ['/wiki/rest/api/user/current', 'read:confluence-user'],
  ['/wiki/rest/api/user/bulk', 'read:confluence-user'],
  ['/wiki/rest/api/search/user', 'search:confluence'],
].map(([template, scope]) => ({
  product: 'confluence' as const,
  method: 'GET',
  template: template!,
  scopeSets: [[scope!]],
  integerParams: new Set<string>(),
  source: 'v1',
}));

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function serverBasePath(doc: OpenApiDocument): string {
  const first = Array.isArray(doc.servers) && isObject(doc.servers[0]) ? doc.servers[0].url : undefined;
  return typeof first === 'string' ? first.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\/$/, '') : '';
}

/** The alternative scope sets of an operation: `x-atlassian-oauth2-scopes`, else its OAuth `security` entries. */
function scopeSetsOf(operation: JsonObject): string[][] {
  const atlassian = operation['x-atlassian-oauth2-scopes'];
  if (Array.isArray(atlassian)) {
    return atlassian
      .filter(isObject)
      .map((entry) => (Array.isArray(entry.scopes) ? entry.scopes.filter((s) => typeof s === 'string') : []))
      .filter((set) => set.length > 0);
  }
  // `basicAuth: []` (and the empty `{}`) need no scope at all: only OAuth entries say what an app needs.
  const security = Array.isArray(operation.security) ? operation.security.filter(isObject) : [];
  return security
    .flatMap((entry) => Object.values(entry))
    .filter((set): set is string[] => Array.isArray(set) && set.length > 0);
}

function candidatesOf(product: Product, doc: OpenApiDocument, source: string): CandidateOperation[] {
  const basePath = serverBasePath(doc);
  const paths = isObject(doc.paths) ? doc.paths : {};
  const out: CandidateOperation[] = [];
  for (const [specPath, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const parameters: JsonObject[] = [
        ...(Array.isArray(item.parameters) ? (item.parameters as unknown[]) : []),
        ...(Array.isArray(operation.parameters) ? (operation.parameters as unknown[]) : []),
      ].filter(isObject);
      const integerParams = new Set(
        parameters
          .filter((p) => p.in === 'path' && isObject(p.schema) && p.schema.type === 'integer')
          .map((p) => String(p.name)),
      );
      out.push({
        product,
        method: method.toUpperCase(),
        template: basePath + specPath,
        scopeSets: scopeSetsOf(operation),
        integerParams,
        source,
      });
    }
  }
  return out;
}

/** Does the template match the (already normalised) path? Parameters take one whole, safe segment each. */
function matchesTemplate(candidate: CandidateOperation, pathname: string): boolean {
  const want = candidate.template.split('/');
  const got = pathname.replace(/\/$/, '').split('/');
  if (want.length !== got.length) return false;
  return want.every((part, i) => {
    const segment = got[i]!;
    const param = /^\{([^}]+)\}$/.exec(part);
    if (!param) return part === segment;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return false;
    }
    // An encoded slash, backslash or dot segment could become another path on the far side.
    if (decoded === '' || decoded === '.' || decoded === '..' || /[/\\?#]/.test(decoded)) return false;
    return !candidate.integerParams.has(param[1]!) || /^\d+$/.test(decoded);
  });
}

/** Builds the allowlist for `grantedScopes` (manifest.yml `permissions.scopes`). */
export function siteAllowlist(
  grantedScopes: readonly string[],
  specs: Readonly<Record<Product, readonly OpenApiDocument[]>> = loadCommittedSpecs(),
  extra: readonly CandidateOperation[] = V1_OPERATIONS,
): SiteAllowlist {
  const granted = new Set(grantedScopes);
  const candidates = [
    ...(Object.keys(specs) as Product[]).flatMap((product) =>
      specs[product].flatMap((doc) =>
        candidatesOf(product, doc, typeof doc['x-subset-of'] === 'string' ? doc['x-subset-of'] : product),
      ),
    ),
    ...extra,
  ];
  const allowed: Array<AllowedOperation & { candidate: CandidateOperation }> = [];
  for (const candidate of candidates) {
    const scopes = candidate.scopeSets.find((set) => set.every((scope) => granted.has(scope)));
    if (!scopes) continue;
    allowed.push({
      product: candidate.product,
      method: candidate.method,
      template: candidate.template,
      scopes,
      source: candidate.source,
      candidate,
    });
  }
  // Literal segments first: `/issue/bulk` is not `/issue/{issueIdOrKey}`.
  const literals = (template: string) => template.split('/').filter((s) => s && !s.includes('{')).length;
  allowed.sort((a, b) => literals(b.template) - literals(a.template));

  return {
    operations: allowed.map(({ candidate: _candidate, ...operation }) => operation),
    check(product, method, path) {
      const upper = method.toUpperCase();
      let pathname: string;
      try {
        const url = new URL(path, 'https://site.invalid/');
        // `//other.host/...` or `/\other.host/...` would leave the site: never an operation of it.
        if (url.origin !== 'https://site.invalid' || !path.startsWith('/')) throw new Error('another site');
        pathname = url.pathname;
      } catch {
        return {
          ok: false,
          reason: `The local host refused to forward ${upper} ${path} (${product}): not a path of the site, so not one the manifest's scopes allow`,
        };
      }
      const found = allowed.find(
        (op) => op.product === product && op.method === upper && matchesTemplate(op.candidate, pathname),
      );
      if (found) {
        const { candidate: _candidate, ...operation } = found;
        return { ok: true, operation };
      }
      const known = candidates.find(
        (op) => op.product === product && op.method === upper && matchesTemplate(op, pathname),
      );
      const why = known
        ? `it needs the scopes ${known.scopeSets.map((set) => set.join(' + ')).join(' or ')}, which manifest.yml does not grant`
        : `it is not an operation of the committed OpenAPI subset (openapi/) that the manifest's scopes allow`;
      return {
        ok: false,
        ...(known ? { needs: known.scopeSets } : {}),
        reason:
          `The local host refused to forward ${upper} ${pathname} (${product}) to the real site: ${why}. ` +
          'Only operations the app could call on Forge with its manifest scopes are forwarded with your API token.',
      };
    },
  };
}
