/**
 * What the tests of the plan's Jira side (plan.jira, plan.adjust, followup.sync, issue-panel) start from, on the
 * whole local host with its Jira sandbox: a fresh host for each test, the closed campaign cmp-2026 with its Jira
 * project and `n` selected actions, the "create the issues" click, and the Jira requests the sandbox recorded.
 */
import type { HostBackend } from '../../helpers/backend';
import { aCampaign, aModel, draftSelected, JIRA_TARGET } from '../../helpers/builders';
import { PEOPLE } from '../../helpers/people';
import { campaignId, closed } from './plan';

/** Nothing left under way from the last test, then an empty store and a Jira sandbox as started. */
export async function resetHost(p: HostBackend): Promise<void> {
  await p.idle();
  p.kvs.reset();
  p.host.jira.reset();
}

/** A clean host (see resetHost) holding a campaign closed on 2026-03-01, its model and its Jira project. */
export async function closedCampaignWithJira(p: HostBackend): Promise<void> {
  await resetHost(p);
  await p.seed({
    campaigns: [aCampaign({ status: 'closed', closedAt: Date.UTC(2026, 2, 1) })],
    models: [aModel()],
    roles: {},
    jira: JIRA_TARGET,
  });
}

/** The steps of these tests on the host `backend()` returns (the one the test file started). */
export function jiraPlanCalls(backend: () => HostBackend) {
  const jiraCalls = () => backend().host.jira.requests();
  return {
    /** Moves the app's clock `minutes` further on (Jira and the KVS keep their own). */
    later: (minutes: number) => backend().clock.advance(minutes * 60 * 1000),
    /** `n` selected actions, drafted through the real endpoints. */
    async selectedActions(n: number, overrides?: (i: number) => Record<string, unknown>) {
      await backend().seed({ campaigns: [closed()], models: [aModel()], roles: {}, jira: JIRA_TARGET });
      return draftSelected(backend(), n, overrides);
    },
    /** The "create the issues" click, as `who` (Grace unless told). */
    create: (who: string = PEOPLE.grace) => backend().call(who, 'plan/createIssues', { campaignId }),
    /** Every request Jira received, in order. */
    jiraCalls,
    /** The issue searches (look-ups and status reads) Jira received. */
    lookUps: () => jiraCalls().filter((r) => r.path.startsWith('/rest/api/3/search/jql')),
    /** The look-ups of issues by the action id they carry (before a retry, for intents left pending). */
    byActionId: () =>
      jiraCalls().filter(
        (r) =>
          r.path.startsWith('/rest/api/3/search/jql') && JSON.stringify(r.body).includes('issue.property'),
      ),
  };
}
