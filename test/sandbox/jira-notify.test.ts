/**
 * The Jira sandbox's `POST /rest/api/3/issue/{issueIdOrKey}/notify`, through @forge/api as the app calls it: 204
 * and a recorded notification to the assignee and watchers; 400 for a body naming no recipient, with neither text
 * nor HTML, or "to the assignee" of an unassigned issue; 404 for an unknown issue or one the caller may not see;
 * every answer checked against the OpenAPI subset.
 */
import { join } from 'node:path';
import api, { route } from '@forge/api';
import { PERSONAS } from '../../sandbox/personas';
import type { ProductExchange } from '../../sandbox/products/router';
import { checkResponse } from '../../sandbox/openapi/contract';
import { startTestHost, type Host } from '../helpers/host';

const FIXTURE_MANIFEST = join(__dirname, '..', 'fixtures', 'events-app', 'manifest.yml');
const BUYER = PERSONAS.find((p) => p.role === 'buyer')!;
const CUSTOMER = PERSONAS.find((p) => p.role === 'customer')!;

let host: Host;
const exchanges: ProductExchange[] = [];

beforeAll(async () => {
  host = await startTestHost({
    manifestPath: FIXTURE_MANIFEST,
    seed: false,
    jira: { scopes: ['read:jira-work', 'write:jira-work'] },
    onProductExchange: (exchange) => exchanges.push(exchange),
  });
});
afterAll(() => host.close());
beforeEach(() => host.jira.reset());
afterEach(() => {
  expect(host.jira.contractViolations()).toEqual([]);
  for (const e of exchanges.splice(0).filter((x) => x.product === 'jira' && x.status < 400)) {
    expect(checkResponse('jira', e.method, e.path, e.status, e.responseBody)).toEqual([]);
  }
});

async function notify(as: string, key: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const { result } = await host.runtime.invoke({ accountId: as === 'app' ? undefined : as }, async () => {
    const client = as === 'app' ? api.asApp() : api.asUser();
    const response = await client.requestJira(route`/rest/api/3/issue/${key}/notify`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  });
  return result;
}

const issue = (assignee: string | null) =>
  host.jira.createIssue({
    summary: 'Publish lead times',
    ...(assignee ? { assigneeAccountId: assignee } : {}),
    reporterAccountId: BUYER.accountId,
  });

const notice = {
  subject: 'Due soon',
  textBody: 'PROC-1 is due on 2026-06-12.',
  htmlBody: '<p>PROC-1 is due on 2026-06-12.</p>',
  to: { assignee: true, watchers: true },
};

describe('POST /issue/{key}/notify', () => {
  it('queues the notification (204) and records it with the assignee and watchers it reaches', async () => {
    const { key } = issue(BUYER.accountId);
    expect(await notify('app', key, notice)).toEqual({ status: 204, body: undefined });
    expect(host.jira.notifications()).toEqual([
      expect.objectContaining({
        issueKey: key,
        by: null,
        subject: 'Due soon',
        textBody: notice.textBody,
        htmlBody: notice.htmlBody,
        recipients: [BUYER.accountId],
      }),
    ]);
  });

  it('refuses a body without a recipient, or with neither text nor HTML (400), recording nothing', async () => {
    const { key } = issue(BUYER.accountId);
    for (const body of [
      { textBody: 'x' },
      { textBody: 'x', to: { assignee: false, watchers: false } },
      { subject: 'x', to: { assignee: true } },
      { subject: 'x', textBody: '', htmlBody: '', to: { watchers: true } },
    ]) {
      const answer = await notify('app', key, body);
      expect({ body, status: answer.status }).toEqual({ body, status: 400 });
    }
    expect(host.jira.notifications()).toEqual([]);
  });

  it('refuses "to the assignee" of an unassigned issue (400), as Jira documents', async () => {
    const { key } = issue(null);
    expect((await notify('app', key, notice)).status).toBe(400);
    expect((await notify('app', key, { ...notice, to: { watchers: true } })).status).toBe(204);
  });

  it('answers 404 for an unknown issue, and for a caller who may not browse the project', async () => {
    const { key } = issue(BUYER.accountId);
    expect((await notify('app', 'PROC-99', notice)).status).toBe(404);
    expect((await notify(CUSTOMER.accountId, key, notice)).status).toBe(404);
    expect(host.jira.notifications()).toEqual([]);
  });
});
