/**
 * The Jira sandbox through @forge/api, as the app calls it: creates (single and bulk, partial failure, the 50
 * limit), issue properties found by JQL, remote links, paging, permissions per persona, faults, "not connected",
 * transitions delivering `avi:jira:updated:issue`, and the OpenAPI contract check. The host runs a fixture app whose
 * trigger logs what it receives, so these tests do not depend on the app's own Jira code.
 */
import { join } from 'node:path';
import api, { route } from '@forge/api';
import { ADMIN_PERSONA, PERSONAS } from '../../sandbox/personas';
import { APP_ACCOUNT_ID, JiraContractViolation, type IndexedProperty } from '../../sandbox/products/jira';
import type { ProductExchange } from '../../sandbox/products/router';
import { checkResponse } from '../../sandbox/openapi/contract';
import type { LogEntry } from '../fixtures/events-app/src/index';
import { startTestHost, type Host } from '../helpers/host';

const FIXTURE_MANIFEST = join(__dirname, '..', 'fixtures', 'events-app', 'manifest.yml');
const BUYER = PERSONAS.find((p) => p.role === 'buyer')!;
const QUALITY = PERSONAS.find((p) => p.role === 'quality-manager')!;
const CUSTOMER = PERSONAS.find((p) => p.role === 'customer')!;
const PROPERTY = 'procurement-crm-action';
const INDEXED: IndexedProperty[] = [
  { propertyKey: PROPERTY, path: 'actionId', type: 'string' },
  { propertyKey: PROPERTY, path: 'campaignId', type: 'string' },
];
/** What the app's manifest grants, plus read:jira-user for `/myself` (the fixture app's manifest grants none). */
const SCOPES = ['read:jira-work', 'write:jira-work', 'read:jira-user'];
const triggerLog = () => ((globalThis as { __eventsAppLog?: LogEntry[] }).__eventsAppLog ??= []);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers read loosely

interface Call {
  status: number;
  headers: Headers;
  body: Json;
}

const issueUpdate = (summary: string, extra: Json = {}, properties?: Json) => ({
  fields: { project: { key: 'PROC' }, issuetype: { id: '10002' }, summary, ...extra },
  ...(properties ? { properties: [{ key: PROPERTY, value: properties }] } : {}),
});

const doc = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

let host: Host;
const exchanges: ProductExchange[] = [];
const warnings: string[] = [];

beforeAll(async () => {
  host = await startTestHost({
    manifestPath: FIXTURE_MANIFEST,
    seed: false,
    jira: { indexedProperties: INDEXED, scopes: SCOPES },
    onProductExchange: (exchange) => exchanges.push(exchange),
  });
});
afterAll(() => host.close());
beforeEach(() => {
  host.jira.reset();
  triggerLog().splice(0);
  warnings.splice(0);
  jest.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(String(message)));
});
afterEach(async () => {
  jest.restoreAllMocks();
  await host.jira.idle();
  // The sandbox checks itself; this states it for every answer of every test, errors included.
  for (const e of exchanges.splice(0).filter((x) => x.product === 'jira')) {
    expect(host.jira.contractViolations()).toEqual([]);
    if (e.status < 400) expect(checkResponse('jira', e.method, e.path, e.status, e.responseBody)).toEqual([]);
  }
});

/** One Jira call as the app makes it: as a persona (asUser), or as the app when `as` is 'app'. */
async function jira(
  as: string,
  path: ReturnType<typeof route>,
  init: { method?: string; body?: unknown } = {},
) {
  const { result } = await host.runtime.invoke({ accountId: as === 'app' ? undefined : as }, async () => {
    const client = as === 'app' ? api.asApp() : api.asUser();
    const response = await client.requestJira(path, {
      method: init.method ?? 'GET',
      ...(init.body === undefined
        ? {}
        : { body: JSON.stringify(init.body), headers: { 'content-type': 'application/json' } }),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? (JSON.parse(text) as Json) : {},
    };
  });
  return result as Call;
}

const createAs = (as: string, update: Json) =>
  jira(as, route`/rest/api/3/issue`, { method: 'POST', body: update });

const searchAs = (as: string, body: Json) =>
  jira(as, route`/rest/api/3/search/jql`, { method: 'POST', body });

describe('creating issues', () => {
  it('creates one issue in To Do, with its properties written in the same request', async () => {
    const created = await createAs(
      BUYER.accountId,
      issueUpdate(
        'Shorten supplier lead times',
        {
          description: doc('From the 2025 survey.'),
          labels: ['procurement-crm', 'campaign-2025'],
          duedate: '2026-06-30',
          assignee: { accountId: BUYER.accountId },
        },
        { actionId: 'act-1', campaignId: 'campaign-2025' },
      ),
    );
    expect(created).toMatchObject({
      status: 201,
      body: {
        id: '10000',
        key: 'PROC-1',
        self: 'https://procurement-demo.atlassian.net/rest/api/3/issue/10000',
      },
    });
    const issue = await jira(
      BUYER.accountId,
      route`/rest/api/3/issue/PROC-1?fields=${'status,assignee,duedate,summary,labels'}&properties=${PROPERTY}`,
    );
    expect(issue.status).toBe(200);
    expect(issue.body.fields).toEqual({
      status: expect.objectContaining({
        id: '10000',
        name: 'To Do',
        statusCategory: expect.objectContaining({ id: 2, key: 'new', colorName: 'blue-gray' }),
      }),
      assignee: expect.objectContaining({ accountId: BUYER.accountId, displayName: BUYER.displayName }),
      duedate: '2026-06-30',
      summary: 'Shorten supplier lead times',
      labels: ['procurement-crm', 'campaign-2025'],
    });
    expect(issue.body.properties).toEqual({ [PROPERTY]: { actionId: 'act-1', campaignId: 'campaign-2025' } });
    const property = await jira(BUYER.accountId, route`/rest/api/3/issue/PROC-1/properties/${PROPERTY}`);
    expect(property.body).toEqual({
      key: PROPERTY,
      value: { actionId: 'act-1', campaignId: 'campaign-2025' },
    });
    expect(host.jira.issue('PROC-1')).toMatchObject({ status: 'To Do', assigneeName: BUYER.displayName });
  });

  it('answers Jira field errors, keyed by field, and creates nothing', async () => {
    const cases: [Json, Record<string, string>][] = [
      [{ summary: '' }, { summary: 'You must specify a summary of the issue.' }],
      [{ summary: 'x'.repeat(256) }, { summary: 'Summary must be less than 255 characters.' }],
      [
        { summary: 'two\nlines' },
        { summary: 'The summary is invalid because it contains newline characters.' },
      ],
      [
        { description: 'plain text is v2' },
        { description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)' },
      ],
      [
        { description: { type: 'doc', version: 1, content: [{ type: 'text', text: 'bare' }] } },
        { description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)' },
      ],
      [{ labels: ['two words'] }, { labels: "The label 'two words' contains spaces which is invalid." }],
      [{ duedate: '2026-02-30' }, { duedate: 'Error parsing date string: 2026-02-30' }],
      [
        { assignee: { accountId: CUSTOMER.accountId } },
        { assignee: `User '${CUSTOMER.accountId}' cannot be assigned issues.` },
      ],
      [
        { priority: { name: 'High' } },
        { priority: "Field 'priority' cannot be set. It is not on the appropriate screen, or unknown." },
      ],
      [{ issuetype: { id: '99' } }, { issuetype: 'The issue type selected is invalid.' }],
      [{ project: { key: 'NOPE' } }, { project: 'Specify a valid project ID or key' }],
    ];
    for (const [fields, errors] of cases) {
      const answer = await createAs(BUYER.accountId, issueUpdate('Valid summary', fields));
      expect({ fields, status: answer.status, body: answer.body }).toEqual({
        fields,
        status: 400,
        body: { errorMessages: [], errors },
      });
    }
    expect(host.jira.issues()).toEqual([]);
  });

  it.each(['2026-02-30', '2026-13-45', '0000-00-00', '2026-6-1'])(
    'refuses to set the due date %s on an existing issue (400), changing nothing',
    async (day) => {
      const created = await createAs(BUYER.accountId, issueUpdate('Dated', { duedate: '2026-06-30' }));
      const key = (created.body as { key: string }).key;
      const edited = await jira(BUYER.accountId, route`/rest/api/3/issue/${key}`, {
        method: 'PUT',
        body: { fields: { duedate: day } },
      });
      expect(edited).toMatchObject({
        status: 400,
        body: { errors: { duedate: expect.stringContaining(day) } },
      });
      const issue = await jira(BUYER.accountId, route`/rest/api/3/issue/${key}?fields=${'duedate'}`);
      expect(issue.body).toMatchObject({ fields: { duedate: '2026-06-30' } });
    },
  );

  it('bulk-creates, answering 201 with the issues and the errors of the elements that failed', async () => {
    const answer = await jira(BUYER.accountId, route`/rest/api/3/issue/bulk`, {
      method: 'POST',
      body: {
        issueUpdates: [
          issueUpdate('First', {}, { actionId: 'act-1', campaignId: 'c' }),
          issueUpdate('', { labels: ['bad label'] }, { actionId: 'act-2', campaignId: 'c' }),
          issueUpdate('Third', {}, { actionId: 'act-3', campaignId: 'c' }),
        ],
      },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      issues: [
        { id: '10000', key: 'PROC-1', self: expect.stringMatching(/\/rest\/api\/3\/issue\/10000$/) },
        { id: '10001', key: 'PROC-2', self: expect.stringMatching(/\/rest\/api\/3\/issue\/10001$/) },
      ],
      errors: [
        {
          status: 400,
          elementErrors: {
            errorMessages: [],
            errors: {
              summary: 'You must specify a summary of the issue.',
              labels: "The label 'bad label' contains spaces which is invalid.",
            },
          },
          failedElementNumber: 1,
        },
      ],
    });
    expect(host.jira.issues().map((i) => [i.key, i.properties[PROPERTY]])).toEqual([
      ['PROC-1', { actionId: 'act-1', campaignId: 'c' }],
      ['PROC-2', { actionId: 'act-3', campaignId: 'c' }],
    ]);
  });

  it('answers 400 in the same shape when every element fails, and refuses more than 50 at all', async () => {
    const allBad = await jira(BUYER.accountId, route`/rest/api/3/issue/bulk`, {
      method: 'POST',
      body: { issueUpdates: [issueUpdate(''), issueUpdate('ok', { duedate: 'soon' })] },
    });
    expect(allBad.status).toBe(400);
    expect(allBad.body).toEqual({
      issues: [],
      errors: [
        expect.objectContaining({ status: 400, failedElementNumber: 0 }),
        {
          status: 400,
          elementErrors: { errorMessages: [], errors: { duedate: 'Error parsing date string: soon' } },
          failedElementNumber: 1,
        },
      ],
    });

    const tooMany = await jira(BUYER.accountId, route`/rest/api/3/issue/bulk`, {
      method: 'POST',
      body: { issueUpdates: Array.from({ length: 51 }, (_, n) => issueUpdate(`Action ${n}`)) },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errorMessages[0]).toMatch(/50/);
    const fifty = await jira(BUYER.accountId, route`/rest/api/3/issue/bulk`, {
      method: 'POST',
      body: { issueUpdates: Array.from({ length: 50 }, (_, n) => issueUpdate(`Action ${n}`)) },
    });
    expect(fifty.status).toBe(201);
    expect(host.jira.issues()).toHaveLength(50);
  });

  it('counts each Jira request of an invocation', async () => {
    const { counts } = await host.runtime.invoke({ accountId: BUYER.accountId }, async () => {
      await api.asUser().requestJira(route`/rest/api/3/myself`);
      await api.asUser().requestJira(route`/rest/api/3/project/PROC`);
    });
    expect(counts).toMatchObject({ jira: 2, confluence: 0 });
  });
});

describe('searching', () => {
  const actionJql = (...ids: string[]) =>
    `project = PROC AND (${ids.map((id) => `issue.property[${PROPERTY}].actionId = "${id}"`).join(' OR ')})`;

  it('finds issues by the action id written at creation, with the property asked for', async () => {
    for (const n of [1, 2, 3])
      await createAs(
        BUYER.accountId,
        issueUpdate(`Action ${n}`, {}, { actionId: `act-${n}`, campaignId: 'c' }),
      );
    const found = await searchAs(BUYER.accountId, {
      jql: actionJql('act-3', 'act-1', 'act-9'),
      fields: ['summary'],
      properties: [PROPERTY],
    });
    expect(found.status).toBe(200);
    expect(found.body).toEqual({
      isLast: true,
      issues: [
        expect.objectContaining({
          id: '10000',
          key: 'PROC-1',
          fields: { summary: 'Action 1' },
          properties: { [PROPERTY]: { actionId: 'act-1', campaignId: 'c' } },
        }),
        expect.objectContaining({ key: 'PROC-3' }),
      ],
    });
    // The OR without project, and GET with the same query, agree.
    const get = await jira(
      BUYER.accountId,
      route`/rest/api/3/search/jql?jql=${`issue.property[${PROPERTY}].actionId = "act-2"`}&fields=summary`,
    );
    expect(get.body.issues.map((i: Json) => i.key as unknown)).toEqual(['PROC-2']);
  });

  it('finds nothing by a property no jira:entityProperty module indexes, and says why on the console', async () => {
    await createAs(BUYER.accountId, issueUpdate('Action', {}, { actionId: 'act-1', campaignId: 'c' }));
    const found = await searchAs(BUYER.accountId, { jql: `issue.property[${PROPERTY}].owner = "act-1"` });
    expect(found.body).toEqual({ issues: [], isLast: true });
    expect(warnings.join('\n')).toMatch(/no jira:entityProperty module of the manifest indexes/);
  });

  it('answers key in (...) with the fields asked, ids only by default', async () => {
    for (const n of [1, 2, 3]) await createAs(BUYER.accountId, issueUpdate(`Action ${n}`));
    const ids = await searchAs(BUYER.accountId, { jql: 'key in (PROC-3, PROC-1)' });
    expect(ids.body).toEqual({ issues: [{ id: '10000' }, { id: '10002' }], isLast: true });
    // One unknown key refuses the whole search, as Jira does, naming each unknown key.
    const unknown = await searchAs(BUYER.accountId, { jql: 'key in (PROC-3, PROC-77, proc-78)' });
    expect(unknown).toMatchObject({
      status: 400,
      body: {
        errorMessages: [
          "An issue with key 'PROC-77' does not exist for field 'key'.",
          "An issue with key 'PROC-78' does not exist for field 'key'.",
        ],
      },
    });
    const fields = await searchAs(BUYER.accountId, {
      jql: 'key in (PROC-2)',
      fields: ['status', 'assignee', 'duedate', 'updated'],
    });
    expect(fields.body.issues[0]).toEqual({
      expand: '',
      id: '10001',
      key: 'PROC-2',
      self: expect.any(String),
      fields: {
        status: expect.objectContaining({ name: 'To Do' }),
        assignee: null,
        duedate: null,
        updated: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/),
      },
    });
  });

  it('pages by 100 when fields are asked, with an opaque nextPageToken bound to its query', async () => {
    for (let n = 1; n <= 250; n += 1) host.jira.createIssue({ summary: `Action ${n}` });
    const seen: string[] = [];
    const pages: number[] = [];
    let token: string | undefined;
    do {
      const page = await searchAs(QUALITY.accountId, {
        jql: 'project = PROC ORDER BY key ASC',
        fields: ['status'],
        maxResults: 500,
        ...(token ? { nextPageToken: token } : {}),
      });
      expect(page.status).toBe(200);
      pages.push(page.body.issues.length);
      seen.push(...page.body.issues.map((i: Json) => i.key as string));
      token = page.body.nextPageToken as string | undefined;
      expect(page.body.isLast).toBe(token === undefined);
    } while (token);
    expect(pages).toEqual([100, 100, 50]);
    expect(new Set(seen).size).toBe(250);
    expect(seen.slice(0, 2)).toEqual(['PROC-1', 'PROC-2']);

    const byDefault = await searchAs(QUALITY.accountId, { jql: 'project = PROC', fields: ['status'] });
    expect(byDefault.body.issues).toHaveLength(50);
    const idsOnly = await searchAs(QUALITY.accountId, { jql: 'project = PROC', maxResults: 500 });
    expect(idsOnly.body).toMatchObject({ isLast: true });
    expect(idsOnly.body.issues).toHaveLength(250);

    const first = await searchAs(QUALITY.accountId, { jql: 'project = PROC', fields: ['status'] });
    const next = first.body.nextPageToken as string;
    const otherQuery = await searchAs(QUALITY.accountId, {
      jql: 'project = PROC ORDER BY key DESC',
      nextPageToken: next,
    });
    expect(otherQuery.status).toBe(400);
    const forged = Buffer.from(JSON.stringify({ o: 10, m: 'x' })).toString('base64url');
    const tampered = await searchAs(QUALITY.accountId, { jql: 'project = PROC', nextPageToken: forged });
    expect(tampered.status).toBe(400);
    expect(tampered.body.errorMessages[0]).toMatch(/next page token/i);
  });

  it('accepts reconcileIssues, and refuses JQL it does not understand like Jira does', async () => {
    const created = await createAs(BUYER.accountId, issueUpdate('Fresh'));
    const reconciled = await searchAs(BUYER.accountId, {
      jql: 'key = PROC-1',
      reconcileIssues: [Number(created.body.id)],
    });
    expect(reconciled.body.issues).toEqual([{ id: created.body.id }]);

    for (const [jql, message] of [
      ['status = Done', /^Error in the JQL Query: the field 'status' is not supported here/],
      ['key in (PROC-1', /^Error in the JQL Query: Expecting/],
      ['key = "PROC-1', /^Error in the JQL Query: The quoted string/],
      ['project = NOPE', /^Error in the JQL Query: The value 'NOPE' does not exist for the field 'project'/],
      ['key = "not a key"', /^Error in the JQL Query: The issue key 'not a key' for field 'key' is invalid/],
      ['ORDER BY key', /^Unbounded JQL queries are not allowed here/],
      ['key != PROC-1', /operator '!='/],
    ] as const) {
      const answer = await searchAs(BUYER.accountId, { jql });
      expect({ jql, status: answer.status }).toEqual({ jql, status: 400 });
      expect(answer.body).toEqual({ errorMessages: [expect.stringMatching(message)], errors: {} });
    }
  });
});

describe('remote links', () => {
  it('creates a link (201), updates it by globalId (200, same id), adds another (201)', async () => {
    await createAs(BUYER.accountId, issueUpdate('Linked'));
    const link = (globalId: string, title: string) =>
      jira(BUYER.accountId, route`/rest/api/3/issue/PROC-1/remotelink`, {
        method: 'POST',
        body: {
          globalId,
          application: { name: 'Procurement CRM', type: 'com.example.procurement-crm' },
          relationship: 'improvement action',
          object: { url: 'https://procurement-demo.atlassian.net/wiki/x/65602', title },
        },
      });
    const created = await link('procurement-crm:action:act-1', 'Improvement plan 2025');
    expect(created).toMatchObject({
      status: 201,
      body: {
        id: 10000,
        self: 'https://procurement-demo.atlassian.net/rest/api/3/issue/PROC-1/remotelink/10000',
      },
    });
    const updated = await link('procurement-crm:action:act-1', 'Improvement plan 2025 (revised)');
    expect(updated).toMatchObject({ status: 200, body: { id: 10000 } });
    const other = await link('procurement-crm:action:act-2', 'Other');
    expect(other).toMatchObject({ status: 201, body: { id: 10001 } });
    expect(host.jira.issue('PROC-1')?.remoteLinks).toEqual([
      expect.objectContaining({ id: 10000, title: 'Improvement plan 2025 (revised)' }),
      expect.objectContaining({ id: 10001, title: 'Other' }),
    ]);
    const missing = await jira(BUYER.accountId, route`/rest/api/3/issue/PROC-9/remotelink`, {
      method: 'POST',
      body: { object: { url: 'https://x.example', title: 'x' } },
    });
    expect(missing.status).toBe(404);
  });
});

describe('permissions', () => {
  it('lets the team, admins, the quality manager and the app browse and create; customers see nothing', async () => {
    for (const who of [BUYER.accountId, ADMIN_PERSONA.accountId, QUALITY.accountId, 'app']) {
      const created = await createAs(who, issueUpdate(`By ${who}`));
      expect({ who, status: created.status }).toEqual({ who, status: 201 });
    }
    const byApp = host.jira.issues().at(-1)!;
    expect(
      (await jira('app', route`/rest/api/3/issue/${byApp.key}?fields=reporter`)).body.fields.reporter,
    ).toMatchObject({
      accountId: APP_ACCOUNT_ID,
      accountType: 'app',
    });

    const refused = await createAs(CUSTOMER.accountId, issueUpdate('Not mine'));
    expect(refused).toMatchObject({
      status: 400,
      body: { errorMessages: [], errors: { project: 'Specify a valid project ID or key' } },
    });
    const search = await searchAs(CUSTOMER.accountId, { jql: 'project = PROC', fields: ['summary'] });
    expect(search.body).toEqual({ issues: [], isLast: true });
    for (const path of [
      route`/rest/api/3/issue/PROC-1`,
      route`/rest/api/3/issue/PROC-1/transitions`,
      route`/rest/api/3/issue/PROC-1/properties/${PROPERTY}`,
    ]) {
      const answer = await jira(CUSTOMER.accountId, path);
      expect(answer).toMatchObject({
        status: 404,
        body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'] },
      });
    }
    expect((await jira(CUSTOMER.accountId, route`/rest/api/3/project/PROC`)).status).toBe(404);
    const transition = await jira(CUSTOMER.accountId, route`/rest/api/3/issue/PROC-1/transitions`, {
      method: 'POST',
      body: { transition: { id: '31' } },
    });
    expect(transition.status).toBe(404);
    expect(host.jira.issue('PROC-1')?.status).toBe('To Do');
    // A customer is still a user of the site.
    expect((await jira(CUSTOMER.accountId, route`/rest/api/3/myself`)).body).toMatchObject({
      accountId: CUSTOMER.accountId,
      accountType: 'atlassian',
      displayName: CUSTOMER.displayName,
    });
  });

  it('answers 401 "scope does not match", as Forge does, to an operation the granted scopes do not cover', async () => {
    const narrow = await startTestHost({
      manifestPath: FIXTURE_MANIFEST,
      seed: false,
      jira: { scopes: ['read:jira-work'] },
    });
    try {
      const call = (path: ReturnType<typeof route>, method = 'GET', body?: unknown) =>
        narrow.runtime
          .invoke({ accountId: BUYER.accountId }, async () => {
            const response = await api.asUser().requestJira(path, {
              method,
              ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            });
            return { status: response.status, body: (await response.json()) as Json };
          })
          .then((r) => r.result);
      expect(await call(route`/rest/api/3/myself`)).toEqual({
        status: 401,
        body: { code: 401, message: 'Unauthorized; scope does not match' },
      });
      expect((await call(route`/rest/api/3/issue`, 'POST', issueUpdate('No write scope'))).status).toBe(401);
      expect((await call(route`/rest/api/3/project/PROC`)).status).toBe(200);
      expect(narrow.jira.issues()).toEqual([]);
      expect(warnings.join('\n')).toMatch(/POST \/rest\/api\/3\/issue: it needs write:jira-work/);
    } finally {
      await narrow.close();
    }
  });

  it('answers the project with its two issue types, and who the caller is', async () => {
    const project = await jira(BUYER.accountId, route`/rest/api/3/project/PROC`);
    expect(project.body).toMatchObject({ id: '10000', key: 'PROC', name: 'Procurement improvement' });
    expect(project.body.issueTypes.map((t: Json) => [t.id, t.name] as unknown[])).toEqual([
      ['10002', 'Task'],
      ['10003', 'Improvement'],
    ]);
    expect((await jira('app', route`/rest/api/3/myself`)).body).toMatchObject({
      accountId: APP_ACCOUNT_ID,
      accountType: 'app',
    });
  });
});

describe('faults', () => {
  it('answers 429 with Retry-After for the next matching call only, without creating anything', async () => {
    host.jira.faults.rateLimit({ retryAfterSeconds: 7, method: 'POST', path: '/rest/api/3/issue' });
    expect((await jira(BUYER.accountId, route`/rest/api/3/myself`)).status).toBe(200);
    const limited = await createAs(BUYER.accountId, issueUpdate('Limited'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.headers.get('x-ratelimit-reset')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);
    expect(host.jira.issues()).toEqual([]);
    expect((await createAs(BUYER.accountId, issueUpdate('Later'))).status).toBe(201);
  });

  it('answers 503 with Retry-After and 500 for as many calls as asked, then recovers', async () => {
    host.jira.faults.unavailable({ times: 2, retryAfterSeconds: 3 });
    host.jira.faults.serverError();
    const statuses: (number | string | null)[] = [];
    for (let n = 0; n < 4; n += 1) {
      const answer = await jira(BUYER.accountId, route`/rest/api/3/myself`);
      statuses.push(answer.status, answer.headers.get('retry-after'));
    }
    expect(statuses).toEqual([503, '3', 503, '3', 500, null, 200, null]);
    expect(host.jira.faults.pending()).toEqual([]);
    expect(host.jira.requests().map((r) => [r.status, r.fault])).toEqual([
      [503, 'unavailable'],
      [503, 'unavailable'],
      [500, 'server-error'],
      [200, undefined],
    ]);
  });

  it('times out after the effect: the issue exists, the caller gets a rejected requestJira (PROXY_ERR 504)', async () => {
    host.jira.faults.timeoutAfterEffect({
      method: 'POST',
      path: ['/rest/api/3/issue', '/rest/api/3/issue/bulk'],
    });
    const outcome = await host.runtime
      .invoke({ accountId: BUYER.accountId }, () =>
        api.asUser().requestJira(route`/rest/api/3/issue`, {
          method: 'POST',
          body: JSON.stringify(issueUpdate('Slow', {}, { actionId: 'act-slow', campaignId: 'c' })),
        }),
      )
      .then(
        () => 'resolved',
        (error: { name?: string; status?: number; errorCode?: string }) => error,
      );
    expect(outcome).toMatchObject({ name: 'PROXY_ERR', status: 504, errorCode: 'TIMEOUT' });
    expect(host.jira.issues().map((i) => i.properties[PROPERTY])).toEqual([
      { actionId: 'act-slow', campaignId: 'c' },
    ]);
    expect(host.jira.requests()).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/rest/api/3/issue',
        status: 504,
        fault: 'timeout-after-effect',
      }),
    ]);
    // The look-up before a retry finds it.
    const found = await searchAs(BUYER.accountId, {
      jql: `issue.property[${PROPERTY}].actionId = "act-slow"`,
    });
    expect(found.body.issues).toHaveLength(1);
  });

  it('can deliver a timeout as a plain 504 answer or as a failed fetch instead', async () => {
    host.jira.faults.timeoutAfterEffect({ timeoutAs: 'gateway-504' });
    const gateway = await createAs(BUYER.accountId, issueUpdate('One'));
    expect(gateway.status).toBe(504);
    host.jira.faults.timeoutAfterEffect({ timeoutAs: 'network-error' });
    await expect(createAs(BUYER.accountId, issueUpdate('Two'))).rejects.toThrow('fetch failed');
    expect(host.jira.issues().map((i) => i.summary)).toEqual(['One', 'Two']);
  });

  it('answers every call 404 when Jira is not connected, and carries nothing out', async () => {
    host.jira.setConnected(false);
    for (const call of [
      () => jira(BUYER.accountId, route`/rest/api/3/myself`),
      () => createAs(BUYER.accountId, issueUpdate('Nowhere')),
      () => searchAs(BUYER.accountId, { jql: 'project = PROC' }),
    ]) {
      const answer = await call();
      expect(answer.status).toBe(404);
      expect(answer.body.errorMessages[0]).toMatch(/not connected/);
    }
    expect(host.jira.issues()).toEqual([]);
    expect(host.jira.requests().every((r) => r.fault === 'not-connected')).toBe(true);
    host.jira.setConnected(true);
    expect((await jira(BUYER.accountId, route`/rest/api/3/myself`)).status).toBe(200);
  });
});

describe('transitions and avi:jira:updated:issue', () => {
  it('lists the transitions to the other statuses and moves the issue, which the trigger then receives', async () => {
    await createAs(BUYER.accountId, issueUpdate('Move me', { assignee: { accountId: BUYER.accountId } }));
    const before = host.jira.issue('PROC-1')!.updated;
    const listed = await jira(BUYER.accountId, route`/rest/api/3/issue/PROC-1/transitions`);
    expect(
      listed.body.transitions.map((t: Json) => [t.id, t.name, t.to.id, t.to.statusCategory.key] as unknown[]),
    ).toEqual([
      ['21', 'In Progress', '3', 'indeterminate'],
      ['31', 'Done', '10001', 'done'],
    ]);
    const moved = await jira(BUYER.accountId, route`/rest/api/3/issue/PROC-1/transitions`, {
      method: 'POST',
      body: { transition: { id: '21' } },
    });
    expect(moved.status).toBe(204);
    // Delivered after the request, never inside it.
    expect(triggerLog()).toEqual([]);
    await host.jira.idle();
    expect(triggerLog()).toEqual([
      { kind: 'trigger', eventType: 'avi:jira:updated:issue', issueKey: 'PROC-1', status: 'In Progress' },
    ]);
    const [event] = host.jira.events();
    expect(event!.payload).toMatchObject({
      eventType: 'avi:jira:updated:issue',
      selfGenerated: false,
      atlassianId: BUYER.accountId,
      issue: {
        id: '10000',
        key: 'PROC-1',
        fields: {
          summary: 'Move me',
          assignee: { accountId: BUYER.accountId },
          status: {
            id: '3',
            name: 'In Progress',
            statusCategory: { id: 4, key: 'indeterminate', colorName: 'yellow' },
          },
          updated: host.jira.issue('PROC-1')!.updated,
        },
      },
      changelog: {
        id: expect.any(String),
        items: [
          {
            field: 'status',
            fieldtype: 'jira',
            fieldId: 'status',
            from: '10000',
            fromString: 'To Do',
            to: '3',
            toString: 'In Progress',
          },
        ],
      },
      associatedStatuses: [
        expect.objectContaining({ name: 'To Do' }),
        expect.objectContaining({ name: 'In Progress' }),
      ],
    });
    expect(host.jira.issue('PROC-1')!.updated > before).toBe(true);

    const invalid = await jira(BUYER.accountId, route`/rest/api/3/issue/PROC-1/transitions`, {
      method: 'POST',
      body: { transition: { id: '21' } },
    });
    expect(invalid).toMatchObject({
      status: 400,
      body: { errorMessages: ["Transition id '21' is not valid for this issue."] },
    });
  });

  it('marks the app’s own transitions as selfGenerated', async () => {
    await createAs('app', issueUpdate('By the app'));
    await jira('app', route`/rest/api/3/issue/PROC-1/transitions`, {
      method: 'POST',
      body: { transition: { id: '31' } },
    });
    await host.jira.idle();
    expect(host.jira.events()[0]!.payload).toMatchObject({
      selfGenerated: true,
      atlassianId: APP_ACCOUNT_ID,
    });
  });

  it('duplicates a delivery when asked, with strictly increasing updated times per change', async () => {
    host.jira.createIssue({ summary: 'Twice' });
    const deliveries = await host.jira.transition('PROC-1', 'In Progress', { delivery: { copies: 2 } });
    expect(deliveries).toHaveLength(2);
    await host.jira.transition('PROC-1', 'Done');
    await host.jira.update('PROC-1', { assigneeAccountId: QUALITY.accountId, duedate: '2026-09-01' });
    expect(triggerLog().map((e) => e.status)).toEqual(['In Progress', 'In Progress', 'Done', 'Done']);
    const updates = host.jira.events().map((e) => (e.payload.issue as Json).fields.updated as string);
    expect(updates).toHaveLength(3);
    expect([...updates].sort()).toEqual(updates);
    expect(new Set(updates).size).toBe(3);
    expect(
      (host.jira.events()[2]!.payload.changelog as Json).items.map((i: Json) => i.field as unknown),
    ).toEqual(['assignee', 'duedate']);
  });

  it('holds events back and releases them later, in reverse or shuffled order', async () => {
    host.jira.createIssue({ summary: 'A' });
    host.jira.createIssue({ summary: 'B' });
    host.jira.holdEvents();
    await host.jira.transition('PROC-1', 'In Progress');
    await host.jira.transition('PROC-1', 'Done');
    await host.jira.transition('PROC-2', 'Done');
    expect(triggerLog()).toEqual([]);
    expect(host.jira.heldEvents()).toHaveLength(3);
    await host.jira.releaseEvents({ order: 'reverse' });
    expect(triggerLog().map((e) => `${e.issueKey} ${e.status}`)).toEqual([
      'PROC-2 Done',
      'PROC-1 Done',
      'PROC-1 In Progress',
    ]);
    expect(host.jira.holdingEvents).toBe(false);

    triggerLog().splice(0);
    host.jira.holdEvents();
    for (const status of ['In Progress', 'To Do', 'Done'] as const)
      await host.jira.transition('PROC-2', status);
    await host.jira.releaseEvents({ order: 'shuffle', seed: 3, copies: 2 });
    expect(triggerLog()).toHaveLength(6);
    expect(
      triggerLog()
        .map((e) => e.status)
        .sort(),
    ).toEqual(['Done', 'Done', 'In Progress', 'In Progress', 'To Do', 'To Do']);
  });
});

describe('the OpenAPI contract', () => {
  it('rejects a request whose body breaks the Jira schema, before carrying it out', async () => {
    const wrong = createAs(BUYER.accountId, { fields: 'summary' });
    await expect(wrong).rejects.toThrow(JiraContractViolation);
    await expect(wrong).rejects.toThrow('POST /rest/api/3/issue request body: /fields must be object');
    const searchWithStartAt = searchAs(BUYER.accountId, { jql: 'project = PROC', startAt: 50 });
    await expect(searchWithStartAt).rejects.toThrow(/must NOT have additional properties \(startAt\)/);
    const notInSubset = jira(BUYER.accountId, route`/rest/api/3/search?jql=${'project = PROC'}`);
    await expect(notInSubset).rejects.toThrow(/not an operation of the jira subset/);
    expect(host.jira.issues()).toEqual([]);
    expect(host.jira.takeContractViolations().map((v) => [v.side, v.method, v.path.split('?')[0]])).toEqual([
      ['request', 'POST', '/rest/api/3/issue'],
      ['request', 'POST', '/rest/api/3/search/jql'],
      ['request', 'GET', '/rest/api/3/search'],
    ]);
  });

  it('fails the host at close when a violation was swallowed, and only logs in log mode', async () => {
    const strict = await startTestHost({
      manifestPath: FIXTURE_MANIFEST,
      seed: false,
      jira: { scopes: SCOPES },
    });
    await strict.runtime
      .invoke({ accountId: BUYER.accountId }, () =>
        api.asUser().requestJira(route`/rest/api/3/issue`, { method: 'POST', body: '{"properties": {}}' }),
      )
      .catch(() => undefined);
    await expect(strict.close()).rejects.toThrow(/1 Jira call\(s\) broke the OpenAPI contract/);

    const errors: string[] = [];
    jest.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(String(message)));
    const lenient = await startTestHost({
      manifestPath: FIXTURE_MANIFEST,
      seed: false,
      jira: { contract: 'log', scopes: SCOPES },
    });
    try {
      const { result } = await lenient.runtime.invoke({ accountId: BUYER.accountId }, async () => {
        const response = await api
          .asUser()
          .requestJira(route`/rest/api/3/issue`, { method: 'POST', body: '{"properties": {}}' });
        return response.status;
      });
      expect(result).toBe(400);
      expect(errors.join('\n')).toMatch(/Jira contract violation \(request of POST \/rest\/api\/3\/issue\)/);
    } finally {
      await lenient.close();
    }
  });
});
