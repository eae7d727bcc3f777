/**
 * Contract checks for the local Jira/Confluence sandbox against Atlassian's own OpenAPI schemas (the committed
 * subsets in `openapi/`, see scripts/openapi-subset.ts), so the sandbox cannot drift from the real REST APIs.
 * Every function returns a list of human-readable problems: empty means the request/response conforms.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export type Product = 'jira' | 'confluence';
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
export type OpenApiDocument = JsonObject;

/** The committed subset files each product's calls are checked against. */
export const CONTRACT_FILES: Readonly<Record<Product, readonly string[]>> = {
  jira: ['jira-subset.json'],
  confluence: ['confluence-v2-subset.json'],
};

export interface OperationMatch {
  product: Product;
  method: string;
  /** The OpenAPI path template as the app writes it, server base path included (`/wiki/api/v2/pages/{id}`). */
  template: string;
  pathParams: Record<string, string>;
}

export interface ContractChecker {
  findOperation(product: Product, method: string, requestPath: string): OperationMatch | undefined;
  /** `requestPath` may carry a query string, whose parameters are checked too. */
  checkRequest(product: Product, method: string, requestPath: string, body?: unknown): string[];
  checkResponse(
    product: Product,
    method: string,
    requestPath: string,
    status: number,
    body?: unknown,
  ): string[];
  /** Compiles every schema up front (a smoke test: throws on a schema Ajv cannot compile). */
  compileAll(): void;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Jira writes offsets without a colon (`2019-02-22T12:29:17.095+0000`); RFC 3339 requires one. Accept both. */
const LENIENT_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * OpenAPI 3.0 schema dialect -> JSON Schema for Ajv: `nullable`, boolean `exclusiveMinimum/Maximum`, and local
 * `#/components/...` references made absolute (so any fragment compiles on its own against the document's id).
 */
function toJsonSchema(node: Json, docId: string): Json {
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

function formatErrors(prefix: string, errors: ErrorObject[] | null | undefined): string[] {
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

interface LoadedDoc {
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

/** Builds a checker over the given OpenAPI documents (default: the committed subsets, see `contract`). */
export function createContractChecker(
  specs: Readonly<Record<Product, readonly OpenApiDocument[]>>,
): ContractChecker {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false });
  /** Path and query parameters arrive as strings: coerce them to the declared types before validating. */
  const ajvParams = new Ajv({
    strict: false,
    allErrors: true,
    validateSchema: false,
    unicodeRegExp: false,
    coerceTypes: 'array',
  });
  const docs: Record<Product, LoadedDoc[]> = { jira: [], confluence: [] };
  const knownFormats = new Set<string>();
  for (const instance of [ajv, ajvParams]) {
    addFormats(instance);
    instance.addFormat('date-time', LENIENT_DATE_TIME);
  }

  for (const product of Object.keys(specs) as Product[]) {
    (specs[product] ?? []).forEach((doc, index) => {
      const id = `https://openapi.local/${product}/${index}`;
      const converted = toJsonSchema(doc, id) as JsonObject;
      JSON.stringify(converted, (key, value: unknown) => {
        if (key === 'format' && typeof value === 'string') knownFormats.add(value);
        return value;
      });
      for (const instance of [ajv, ajvParams])
        instance.addSchema({ $id: id, components: converted.components ?? {} });
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
      docs[product].push({ id, basePath, doc, converted, routes });
    });
  }
  for (const format of knownFormats) {
    for (const instance of [ajv, ajvParams]) if (!instance.formats[format]) instance.addFormat(format, true);
  }

  const compiled = new WeakMap<object, ValidateFunction>();
  const compile = (instance: Ajv, schema: JsonObject): ValidateFunction => {
    const cached = compiled.get(schema);
    if (cached) return cached;
    const fn = instance.compile(schema);
    compiled.set(schema, fn);
    return fn;
  };

  const paramWrappers = new WeakMap<object, JsonObject>();
  /** Parameters are validated as `{value}`: Ajv coerces a property, not the root. */
  const compileParam = (schema: JsonObject): ValidateFunction => {
    let wrapper = paramWrappers.get(schema);
    if (!wrapper) {
      wrapper = { type: 'object', properties: { value: schema } };
      paramWrappers.set(schema, wrapper);
    }
    return compile(ajvParams, wrapper);
  };

  /** Follows a local `$ref` (already made absolute) inside one document. */
  const deref = (loaded: LoadedDoc, node: Json | undefined): Json | undefined => {
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
  };

  const locate = (product: Product, method: string, requestPath: string) => {
    const pathOnly = requestPath.split('?')[0] ?? '';
    const lower = method.toLowerCase();
    for (const loaded of docs[product]) {
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
  };

  const notFound = (product: Product, method: string, requestPath: string): string[] => {
    const pathOnly = requestPath.split('?')[0] ?? '';
    const other = METHODS.filter((m) => m !== method.toLowerCase() && locate(product, m, pathOnly));
    return [
      other.length > 0
        ? `${method.toUpperCase()} ${pathOnly}: ${product} documents only ${other.map((m) => m.toUpperCase()).join(', ')} here`
        : `${method.toUpperCase()} ${pathOnly}: not an operation of the ${product} subset (add it to scripts/openapi-subset.ts and run npm run openapi:subset)`,
    ];
  };

  const checkParameters = (
    found: NonNullable<ReturnType<typeof locate>>,
    requestPath: string,
    prefix: string,
  ): string[] => {
    const problems: string[] = [];
    const declared = [
      ...(Array.isArray(found.item.parameters) ? found.item.parameters : []),
      ...(Array.isArray(found.operation.parameters) ? found.operation.parameters : []),
    ]
      .map((p) => deref(found.loaded, p))
      .filter(isObject);
    const query = new URLSearchParams(
      requestPath.includes('?') ? requestPath.slice(requestPath.indexOf('?') + 1) : '',
    );
    const validateValue = (where: string, name: string, schema: Json | undefined, raw: string[]): void => {
      if (!isObject(schema)) return;
      const resolved = deref(found.loaded, schema);
      const isArray = isObject(resolved) && resolved.type === 'array';
      const value: Json = isArray ? raw.flatMap((v) => v.split(',')) : (raw[0] ?? '');
      const holder = { value };
      const fn = compileParam(schema);
      if (!fn(holder)) {
        problems.push(
          ...formatErrors(`${prefix} ${where} parameter ${name}`, fn.errors).map((m) =>
            m.replace(': /value', ':'),
          ),
        );
      }
    };
    for (const param of declared) {
      const name = typeof param.name === 'string' ? param.name : '';
      if (param.in === 'path') validateValue('path', name, param.schema, [found.pathParams[name] ?? '']);
      if (param.in === 'query') {
        const values = query.getAll(name);
        if (values.length === 0) {
          if (param.required === true)
            problems.push(`${prefix}: required query parameter ${name} is missing`);
        } else validateValue('query', name, param.schema, values);
      }
    }
    const known = new Set(
      declared.filter((p) => p.in === 'query').map((p) => (typeof p.name === 'string' ? p.name : '')),
    );
    for (const name of new Set(query.keys())) {
      if (!known.has(name)) problems.push(`${prefix}: unknown query parameter ${name}`);
    }
    return problems;
  };

  const jsonSchemaOf = (loaded: LoadedDoc, holder: Json | undefined): JsonObject | undefined => {
    const resolved = deref(loaded, holder);
    const content = isObject(resolved) ? resolved.content : undefined;
    if (!isObject(content)) return undefined;
    const media = content['application/json'] ?? Object.values(content).find((m) => isObject(m) && m.schema);
    return isObject(media) && isObject(media.schema) ? media.schema : undefined;
  };

  const checker: ContractChecker = {
    findOperation(product, method, requestPath) {
      const found = locate(product, method, requestPath);
      return found
        ? {
            product,
            method: method.toUpperCase(),
            template: found.route.template,
            pathParams: found.pathParams,
          }
        : undefined;
    },

    checkRequest(product, method, requestPath, body) {
      const found = locate(product, method, requestPath);
      if (!found) return notFound(product, method, requestPath);
      const prefix = `${method.toUpperCase()} ${found.route.template} request`;
      const problems = checkParameters(found, requestPath, prefix);
      const requestBody = deref(found.loaded, found.operation.requestBody);
      if (!isObject(requestBody)) {
        if (body !== undefined) problems.push(`${prefix}: this operation takes no body`);
        return problems;
      }
      if (body === undefined) {
        if (requestBody.required === true) problems.push(`${prefix}: body is required`);
        return problems;
      }
      const schema = jsonSchemaOf(found.loaded, requestBody);
      if (schema) {
        const fn = compile(ajv, schema);
        if (!fn(body)) problems.push(...formatErrors(`${prefix} body`, fn.errors));
      }
      return problems;
    },

    checkResponse(product, method, requestPath, status, body) {
      const found = locate(product, method, requestPath);
      if (!found) return notFound(product, method, requestPath);
      const prefix = `${method.toUpperCase()} ${found.route.template} response ${status}`;
      const responses = isObject(found.operation.responses) ? found.operation.responses : {};
      const response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
      if (response === undefined) {
        return [`${prefix}: status not documented (documented: ${Object.keys(responses).join(', ')})`];
      }
      const schema = jsonSchemaOf(found.loaded, response);
      if (!schema) {
        return body === undefined || body === null || body === ''
          ? []
          : [`${prefix}: documents no body, got one`];
      }
      // Jira documents empty replies as `schema: {}` (anything, nothing included).
      if (body === undefined) return Object.keys(schema).length === 0 ? [] : [`${prefix}: body expected`];
      const fn = compile(ajv, schema);
      return fn(body) ? [] : formatErrors(`${prefix} body`, fn.errors);
    },

    compileAll() {
      for (const product of Object.keys(docs) as Product[]) {
        for (const loaded of docs[product]) {
          for (const route of loaded.routes) {
            const item = (loaded.converted.paths as JsonObject)[route.specPath];
            if (!isObject(item)) continue;
            for (const method of METHODS) {
              const operation = item[method];
              if (!isObject(operation)) continue;
              const request = jsonSchemaOf(loaded, operation.requestBody);
              if (request) compile(ajv, request);
              for (const response of Object.values(
                isObject(operation.responses) ? operation.responses : {},
              )) {
                const schema = jsonSchemaOf(loaded, response);
                if (schema) compile(ajv, schema);
              }
            }
          }
        }
      }
    },
  };
  return checker;
}

const OPENAPI_DIR = path.resolve(__dirname, '..', '..', 'openapi');

/** Reads the committed subsets (never ../shared, which a fresh clone does not have). */
export function loadCommittedSpecs(dir = OPENAPI_DIR): Record<Product, OpenApiDocument[]> {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as OpenApiDocument;
  return { jira: CONTRACT_FILES.jira.map(read), confluence: CONTRACT_FILES.confluence.map(read) };
}

let defaultChecker: ContractChecker | undefined;
/** The checker over the committed subsets, built on first use. */
export function contract(): ContractChecker {
  defaultChecker ??= createContractChecker(loadCommittedSpecs());
  return defaultChecker;
}

export const checkRequest = (
  product: Product,
  method: string,
  requestPath: string,
  body?: unknown,
): string[] => contract().checkRequest(product, method, requestPath, body);

export const checkResponse = (
  product: Product,
  method: string,
  requestPath: string,
  status: number,
  body?: unknown,
): string[] => contract().checkResponse(product, method, requestPath, status, body);
