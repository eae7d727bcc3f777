/** The sandbox's contract checker, over the committed OpenAPI subsets. */
import { checkRequest, checkResponse, contract, createContractChecker } from '../../sandbox/openapi/contract';

describe('Jira: POST /rest/api/3/issue', () => {
  const create = {
    fields: { project: { key: 'PROC' }, issuetype: { name: 'Task' }, summary: 'Improve supplier lead times' },
  };

  it('accepts a conforming request and response', () => {
    expect(checkRequest('jira', 'POST', '/rest/api/3/issue', create)).toEqual([]);
    expect(
      checkResponse('jira', 'POST', '/rest/api/3/issue', 201, {
        id: '10000',
        key: 'PROC-1',
        self: 'https://example.atlassian.net/rest/api/3/issue/10000',
      }),
    ).toEqual([]);
  });

  it('reports a malformed body, a missing body and a wrong response', () => {
    expect(checkRequest('jira', 'POST', '/rest/api/3/issue', { fields: 'summary' })).toEqual([
      'POST /rest/api/3/issue request body: /fields must be object',
    ]);
    expect(checkRequest('jira', 'POST', '/rest/api/3/issue')).toEqual([
      'POST /rest/api/3/issue request: body is required',
    ]);
    expect(checkResponse('jira', 'POST', '/rest/api/3/issue', 201, { id: 10000, key: 'PROC-1' })).toEqual([
      'POST /rest/api/3/issue response 201 body: /id must be string',
    ]);
    expect(checkResponse('jira', 'POST', '/rest/api/3/issue', 200, {})).toEqual([
      'POST /rest/api/3/issue response 200: status not documented (documented: 201, 400, 401, 403, 422)',
    ]);
  });
});

describe('Jira: matching and parameters', () => {
  it('prefers literal segments and resolves templates', () => {
    expect(contract().findOperation('jira', 'post', '/rest/api/3/issue/bulk')?.template).toBe(
      '/rest/api/3/issue/bulk',
    );
    expect(contract().findOperation('jira', 'GET', '/rest/api/3/issue/PROC-1/properties/crm.survey')).toEqual(
      {
        product: 'jira',
        method: 'GET',
        template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
        pathParams: { issueIdOrKey: 'PROC-1', propertyKey: 'crm.survey' },
      },
    );
  });

  it('checks query parameters and unknown operations', () => {
    expect(
      checkRequest(
        'jira',
        'GET',
        '/rest/api/3/search/jql?jql=project%3DPROC&fields=summary,status&maxResults=50',
      ),
    ).toEqual([]);
    expect(checkRequest('jira', 'GET', '/rest/api/3/search/jql?maxResults=many&startAt=0')).toEqual([
      'GET /rest/api/3/search/jql request query parameter maxResults: must be integer',
      'GET /rest/api/3/search/jql request: unknown query parameter startAt',
    ]);
    expect(checkRequest('jira', 'GET', '/rest/api/3/search?jql=x')[0]).toMatch(
      /not an operation of the jira subset/,
    );
    expect(checkRequest('jira', 'DELETE', '/rest/api/3/myself')).toEqual([
      'DELETE /rest/api/3/myself: jira documents only GET here',
    ]);
  });

  it('accepts the empty replies Jira documents as `schema: {}`', () => {
    expect(checkResponse('jira', 'PUT', '/rest/api/3/issue/PROC-1/properties/crm', 200)).toEqual([]);
  });
});

describe('Confluence v2: GET /wiki/api/v2/pages/{id}', () => {
  const page = {
    id: '65538',
    status: 'current',
    title: 'Procurement survey 2025',
    spaceId: '98306',
    version: { number: 3, createdAt: '2025-02-01T10:00:00.000Z' },
    body: { storage: { representation: 'storage', value: '<p>Hello</p>' } },
  };

  it('accepts a conforming request and response', () => {
    expect(checkRequest('confluence', 'GET', '/wiki/api/v2/pages/65538?body-format=storage')).toEqual([]);
    expect(checkResponse('confluence', 'GET', '/wiki/api/v2/pages/65538', 200, page)).toEqual([]);
  });

  it('reports a non-numeric id, an unknown body format and a non-conforming page', () => {
    expect(checkRequest('confluence', 'GET', '/wiki/api/v2/pages/abc?body-format=html')).toEqual([
      'GET /wiki/api/v2/pages/{id} request path parameter id: must be integer',
      expect.stringMatching(
        /^GET \/wiki\/api\/v2\/pages\/\{id\} request query parameter body-format: must be equal to one of the allowed values/,
      ),
    ]);
    expect(
      checkResponse('confluence', 'GET', '/wiki/api/v2/pages/65538', 200, {
        ...page,
        id: 65538,
        status: 'published',
      }),
    ).toEqual([
      'GET /wiki/api/v2/pages/{id} response 200 body: /id must be string',
      expect.stringMatching(
        /^GET \/wiki\/api\/v2\/pages\/\{id\} response 200 body: \/status must be equal to one of the allowed values/,
      ),
    ]);
  });
});

describe('OpenAPI 3.0 dialect', () => {
  const doc = {
    openapi: '3.0.1',
    paths: {
      '/thing/{id}': {
        put: {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
          responses: { '204': {} },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', nullable: true },
            owner: { allOf: [{ $ref: '#/components/schemas/Owner' }], nullable: true },
            when: { type: 'string', format: 'date-time' },
            size: { type: 'integer', format: 'some-vendor-format', minimum: 0, exclusiveMinimum: true },
          },
        },
        Owner: { type: 'object', properties: { accountId: { type: 'string' } } },
      },
    },
  };
  const checker = createContractChecker({ jira: [doc], confluence: [] });

  it('handles nullable, $ref into components, Jira-style dates and unknown formats', () => {
    expect(
      checker.checkRequest('jira', 'PUT', '/thing/1', {
        name: null,
        owner: null,
        when: '2019-02-22T12:29:17.095+0000',
        size: 1,
      }),
    ).toEqual([]);
    expect(
      checker.checkRequest('jira', 'PUT', '/thing/1', { owner: { accountId: 7 }, size: 0, extra: true }),
    ).toEqual([
      "PUT /thing/{id} request body: / must have required property 'name'",
      'PUT /thing/{id} request body: / must NOT have additional properties (extra)',
      'PUT /thing/{id} request body: /owner/accountId must be string',
      'PUT /thing/{id} request body: /owner must be null',
      'PUT /thing/{id} request body: /owner must match a schema in anyOf',
      'PUT /thing/{id} request body: /size must be > 0',
    ]);
    expect(checker.checkResponse('jira', 'PUT', '/thing/1', 204)).toEqual([]);
    expect(checker.checkResponse('jira', 'PUT', '/thing/1', 204, { unexpected: true })).toEqual([
      'PUT /thing/{id} response 204: documents no body, got one',
    ]);
  });
});

it('compiles every schema of the committed subsets', () => {
  expect(() => contract().compileAll()).not.toThrow();
});
