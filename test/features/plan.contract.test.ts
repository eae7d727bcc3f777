/**
 * The app's Jira requests against Atlassian's Jira OpenAPI (the committed subset): every body the plan sends in a
 * full round (create, look-up, remote links, refresh) conforms, and a body that does not is caught — the sandbox
 * refuses it, records the violation, and the host's close() would fail the run.
 */
import { ACTION_PROPERTY_KEY } from '../../src/domain/plan/jira-issue';
import { checkRequest } from '../../sandbox/openapi/contract';
import { ADMIN_PAGE, aCampaign, aModel, JIRA_TARGET } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';
import { startBackend, type HostBackend } from '../helpers/backend';

let p: HostBackend;
beforeAll(async () => {
  p = await startBackend({ products: 'host', context: ADMIN_PAGE });
});
afterAll(() => p.close());

const campaignId = 'cmp-2026';

it('every request of a create, a retry, the remote links and a refresh matches the Jira OpenAPI schema', async () => {
  await p.seed({
    campaigns: [aCampaign({ status: 'closed', closedAt: Date.UTC(2026, 2, 1) })],
    models: [aModel()],
    roles: {},
    jira: JIRA_TARGET,
  });
  for (let i = 0; i < 3; i += 1) {
    const saved = await p.call(PEOPLE.grace, 'plan/saveAction', {
      campaignId,
      revision: 0,
      title: { 'en-US': `Action ${i}` },
      description: { 'en-US': 'First paragraph.\n\nSecond paragraph.' },
      criterionIds: ['sourcing-lead', 'service-reachable'],
      ownerAccountId: PEOPLE.grace,
      dueDate: '2026-09-30',
    });
    await p.call(PEOPLE.grace, 'plan/select', {
      campaignId,
      actionId: saved.result.data.id,
      revision: 1,
      selected: true,
    });
  }
  p.host.jira.faults.rateLimit({ path: '/rest/api/3/issue/bulk', times: 1, retryAfterSeconds: 0 });
  await p.call(PEOPLE.grace, 'plan/createIssues', { campaignId });
  await p.idle();
  await p.call(PEOPLE.grace, 'plan/refresh', { campaignId });
  await p.call(PEOPLE.jean, 'jira-settings/save', JIRA_TARGET);
  const sent = p.host.jira.requests();
  const operations = new Set(
    sent.map((r) => `${r.method} ${r.path.split('?')[0]!.replace(/PROC-\d+/, '{key}')}`),
  );
  expect([...operations].sort()).toEqual([
    'GET /rest/api/3/project/PROC',
    'POST /rest/api/3/issue/bulk',
    'POST /rest/api/3/issue/{key}/remotelink',
    'POST /rest/api/3/search/jql',
  ]);
  for (const request of sent)
    expect(checkRequest('jira', request.method, request.path, request.body)).toEqual([]);
  expect(p.host.jira.contractViolations()).toEqual([]);
});

it('a body that breaks the schema is refused and recorded, so the run fails', async () => {
  const { default: api, route } = await import('@forge/api');
  // What a careless adapter could send: `fields` as one string, `maxResults` as text.
  const result = await p.asApp(() =>
    api
      .asApp()
      .requestJira(route`/rest/api/3/search/jql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ jql: 'key in (PROC-1)', fields: 'status,assignee', maxResults: '100' }),
      })
      .then(
        () => 'answered',
        () => 'refused',
      ),
  );
  expect(result).toBe('refused');
  const violations = p.host.jira.takeContractViolations();
  expect(violations).toHaveLength(1);
  expect(String(violations[0]!.message)).toMatch(/search\/jql request body.*fields/s);
  // The property key the look-up searches is the one the create request writes.
  expect(ACTION_PROPERTY_KEY).toBe('procurement-crm-action');
});
