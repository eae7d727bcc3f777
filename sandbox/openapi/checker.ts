/** A checker of requests and responses against given OpenAPI documents, compiled with Ajv as they are first used. */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { deref, jsonSchemaOf, loadedDoc, locate as locateIn, type Located, type LoadedDoc } from './documents';
import { formatErrors, LENIENT_DATE_TIME, toJsonSchema } from './schema';
import {
  isObject,
  METHODS,
  type ContractChecker,
  type Json,
  type JsonObject,
  type OpenApiDocument,
  type Product,
} from './types';

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
      docs[product].push(loadedDoc(id, doc, converted));
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

  const locate = (product: Product, method: string, requestPath: string) =>
    locateIn(docs[product], method, requestPath);

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
    found: Located,
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
