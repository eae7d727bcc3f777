/** The subset extraction (on a synthetic document: tests never read ../shared) and the committed files' freshness. */
import fs from 'node:fs';
import path from 'node:path';
import { buildSubset, EMPTY_SPEC_FILE, USED_ENDPOINTS } from '../../scripts/openapi-subset';

const openapiDir = path.resolve(__dirname, '..', '..', 'openapi');

const source = {
  openapi: '3.0.1',
  info: { title: 'Demo', version: '1', description: 'dropped' },
  servers: [{ url: 'https://{your-domain}/wiki/api/v2' }],
  paths: {
    '/pages/{id}': {
      get: {
        summary: 'dropped',
        security: [{ oAuthDefinitions: ['read:page:confluence'] }],
        'x-atlassian-oauth2-scopes': [
          { scheme: 'oAuthDefinitions', scopes: ['read:page:confluence'], state: 'Current' },
        ],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Page' } } },
          },
        },
      },
      delete: { responses: { '204': { description: 'gone' } } },
    },
    '/spaces': {
      get: {
        responses: {
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Unused' } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Page: {
        type: 'object',
        properties: { description: { type: 'string' }, version: { $ref: '#/components/schemas/Version' } },
      },
      Version: {
        type: 'object',
        description: 'dropped',
        properties: { author: { $ref: '#/components/schemas/Page' } },
      },
      Unused: { type: 'string' },
    },
    securitySchemes: {
      oAuthDefinitions: {
        type: 'oauth2',
        flows: {
          authorizationCode: { scopes: { 'read:page:confluence': 'x', 'write:page:confluence': 'y' } },
        },
      },
      basicAuth: { type: 'http', scheme: 'basic' },
    },
  },
};

describe('buildSubset', () => {
  const subset = buildSubset(source, {
    source: 'demo.json',
    output: 'demo.json',
    endpoints: [['get', '/wiki/api/v2/pages/{id}']],
  });

  it('keeps only the used operations, under the spec path (server path stripped), with their scopes', () => {
    expect(subset.paths).toEqual({
      '/pages/{id}': {
        get: expect.objectContaining({
          security: [{ oAuthDefinitions: ['read:page:confluence'] }],
          'x-atlassian-oauth2-scopes': [
            { scheme: 'oAuthDefinitions', scopes: ['read:page:confluence'], state: 'Current' },
          ],
        }),
      },
    });
    expect(subset.servers).toEqual(source.servers);
  });

  it('follows references transitively (cycles included) and drops documentation but not properties named like it', () => {
    const schemas = (subset.components as Record<string, Record<string, unknown>>).schemas;
    expect(Object.keys(schemas ?? {})).toEqual(['Page', 'Version']);
    expect(schemas?.Page).toEqual({
      type: 'object',
      properties: { description: { type: 'string' }, version: { $ref: '#/components/schemas/Version' } },
    });
    expect(JSON.stringify(subset)).not.toContain('dropped');
  });

  it('keeps only the security schemes and scopes in use', () => {
    expect((subset.components as Record<string, unknown>).securitySchemes).toEqual({
      oAuthDefinitions: {
        type: 'oauth2',
        flows: { authorizationCode: { scopes: { 'read:page:confluence': 'x' } } },
      },
    });
  });

  it('is deterministic (sorted keys)', () => {
    const again = buildSubset(JSON.parse(JSON.stringify(source)), {
      source: 'demo.json',
      output: 'demo.json',
      endpoints: [['get', '/wiki/api/v2/pages/{id}']],
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(subset));
    expect(Object.keys(subset)).toEqual([...Object.keys(subset)].sort());
  });

  it('fails loudly on an endpoint the spec does not have', () => {
    expect(() =>
      buildSubset(source, {
        source: 'demo.json',
        output: 'x',
        endpoints: [['post', '/wiki/api/v2/pages/{id}']],
      }),
    ).toThrow('POST /pages/{id} not found');
  });
});

describe('the committed openapi/ files', () => {
  it.each(Object.values(USED_ENDPOINTS))(
    '$output holds every endpoint of USED_ENDPOINTS (else: npm run openapi:subset)',
    (spec) => {
      const doc = JSON.parse(fs.readFileSync(path.join(openapiDir, spec.output), 'utf8')) as {
        paths: Record<string, Record<string, { 'x-atlassian-oauth2-scopes'?: unknown }>>;
        servers?: Array<{ url: string }>;
      };
      const base = (doc.servers?.[0]?.url ?? '').replace(/^[a-z]+:\/\/[^/]+/i, '');
      const committed = Object.entries(doc.paths).flatMap(([p, item]) =>
        Object.keys(item)
          .filter((key) => key !== 'parameters')
          .map((method) => `${method} ${base}${p}`),
      );
      expect(committed.sort()).toEqual(spec.endpoints.map(([method, p]) => `${method} ${p}`).sort());
      for (const item of Object.values(doc.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          if (method !== 'parameters') expect(operation['x-atlassian-oauth2-scopes']).toBeDefined();
        }
      }
    },
  );

  it(`${EMPTY_SPEC_FILE} holds no path`, () => {
    expect(JSON.parse(fs.readFileSync(path.join(openapiDir, EMPTY_SPEC_FILE), 'utf8'))).toEqual({
      paths: {},
    });
  });
});
