/**
 * The plan's Jira costs (QUALITY.md "Performance"), on the local host with its Jira sandbox, as the tests measure
 * them: creating the issues of 120 selected actions (bulk, ≤50 a request; test/features/plan.jira.test.ts), and
 * refreshing the status of 250 actions (search/jql, ≤100 a page; test/features/followup.sync.test.ts). Each count
 * is one resolver invocation, as the user; the remote links the queue makes afterwards, one per issue, are
 * reported apart.
 */
import { ADMIN_PAGE, aCampaign, aModel, JIRA_TARGET, draftSelected } from '../../test/helpers/builders';
import { PEOPLE } from '../../test/helpers/people';
import { startBackend, type HostBackend } from '../../test/helpers/backend';
import type { Report } from './report';

const campaignId = 'cmp-2026';

async function selected(p: HostBackend, n: number) {
  p.kvs.reset();
  p.host.jira.reset();
  await p.seed({
    campaigns: [aCampaign({ status: 'closed', closedAt: Date.UTC(2026, 2, 1) })],
    models: [aModel()],
    roles: {},
    jira: JIRA_TARGET,
  });
  await draftSelected(p, n);
}

async function create(p: HostBackend, n: number) {
  const { result, counts } = await p.call(PEOPLE.grace, 'plan/createIssues', { campaignId });
  if (!result.ok || result.data.created !== n) {
    throw new Error(
      `plan/createIssues did not create ${n} issues: ${JSON.stringify(result.ok ? result.data.created : result.error)}`,
    );
  }
  return counts;
}

export async function measureJira(report: Report): Promise<void> {
  const p = await startBackend({ products: 'host', context: ADMIN_PAGE });
  try {
    await selected(p, 120);
    p.host.jira.resetRequests();
    const created = await create(p, 120);
    report.action('create the Jira issues of 120 actions (plan/createIssues, buyer)', created, {
      storage: 'jira.create120.storageRoundTrips',
      products: 'jira.create120.productRequests',
    });
    report.figure('jira.create120.requests', created.jira);
    await p.idle();
    const links = p.host.jira.requests().filter((r) => r.path.endsWith('/remotelink')).length;
    report.row('then, in the queue: remote links back to Confluence (one per issue, as the app)', links);
    report.figure('jira.create120.remoteLinks', links);

    await selected(p, 250);
    await create(p, 250);
    await p.idle();
    p.host.jira.resetRequests();
    const refreshed = await p.call(PEOPLE.grace, 'plan/refresh', { campaignId });
    if (!refreshed.result.ok)
      throw new Error(`plan/refresh failed: ${JSON.stringify(refreshed.result.error)}`);
    report.action('refresh the status of 250 actions (plan/refresh, buyer)', refreshed.counts, {
      storage: 'jira.refresh250.storageRoundTrips',
      products: 'jira.refresh250.productRequests',
    });
    report.figure('jira.refresh250.requests', refreshed.counts.jira);
    // Three issues moved in Jira, their events lost: the next refresh tells the other open views of the plan once
    // (issue 18, item 4), however many actions changed; a refresh with nothing new tells them nothing.
    p.host.jira.holdEvents();
    for (const key of ['PROC-1', 'PROC-2', 'PROC-3']) await p.host.jira.transition(key, 'Done');
    p.host.runtime.realtime.clear();
    await p.call(PEOPLE.grace, 'plan/refresh', { campaignId });
    await p.call(PEOPLE.grace, 'plan/refresh', { campaignId });
    const hints = p.host.runtime.realtime.published().length;
    report.row('then two refreshes of 250 actions, 3 moved in Jira: realtime hints to the open views', hints);
    report.figure('jira.refresh250.realtimeHints', hints);
    await p.host.jira.releaseEvents();
  } finally {
    await p.close();
  }
}
