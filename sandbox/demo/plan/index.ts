/**
 * The demo's improvement plan of 2025, as the app would have kept it over the year and a half since: the buyers
 * drafted eight candidate actions from the 2025 report (lead times fell, "kept informed" is a blind spot, Legal is
 * below the threshold, the ordering portal is new), the customers weighed them in March 2025 (ballots under the
 * round's pseudonyms, the round closed and its key destroyed), the five they valued most became Jira issues of PROC,
 * a sixth was added after the half-year review but Jira refused it, two due dates were adjusted, and two reviews
 * froze the plan's state. So the follow-up and commitments macros, and the Jira board, tell a story on first open.
 *
 * Everything has a past, so it is written with its own times: records through the app's storage adapters inside an
 * invocation, the issues in the Jira sandbox with their times, property, labels and remote link. Nothing is random
 * but the demo's seeded stream, and ids are fixed, so that a second start finds what the first one wrote: the issue
 * of an action is looked up by its action property before one is created, and an action follows its issue when the
 * Jira file was replaced.
 *
 * The parts: actions.ts (the plan's data: actions, round, reviews), history.ts (each action's past, its issue and
 * record), weighing.ts (ballots and the round), reviews.ts (the frozen reviews); this file writes them.
 */
import { forgePorts } from '../../../src/adapters';
import type { ActionChange } from '../../../src/ports/plan';
import type { InvocationIdentity } from '../../platform';
import type { JiraControl } from '../../products/jira';
import { DEMO_ACTIONS, DEMO_JIRA_TARGET, DEMO_REVIEWS, JEAN, PLAN_DEMO_CAMPAIGN } from './actions';
import { actionOf, browseUrl, issueInputOf, issueOfAction } from './history';
import { reviewAt } from './reviews';
import { seedWeighing, votersOf } from './weighing';

export {
  DEMO_ACTIONS,
  DEMO_JIRA_TARGET,
  DEMO_REVIEWS,
  DEMO_ROUND,
  PLAN_DEMO_CAMPAIGN,
  PLAN_PAGE_URL,
} from './actions';
export type { DemoAction, DemoReview } from './actions';
export { reviewAt } from './reviews';
export { ballotOf, votersOf } from './weighing';

type Invoke = <T>(identity: InvocationIdentity, fn: () => Promise<T>) => Promise<{ result: T }>;

/**
 * Writes the demo plan where it is missing, and only there: a campaign-2025 plan with actions of someone else's is
 * left alone (the demo is not mixed into it). Each part is idempotent (conditional writes, look-ups first), so an
 * interrupted seed completes on the next start and a complete one changes nothing.
 */
export async function seedDemoPlan(options: {
  invoke: Invoke;
  jira: JiraControl;
  voters: readonly string[];
}): Promise<void> {
  const { invoke, jira } = options;
  const campaignId = PLAN_DEMO_CAMPAIGN;
  await invoke({ accountId: JEAN.accountId, moduleKey: 'admin-page' }, async () => {
    const campaign = await forgePorts().campaigns.read(campaignId);
    if (campaign?.status !== 'closed') return;
    const actions = forgePorts().actions;
    const stored = await actions.list(campaignId);
    const demoIds = new Set(DEMO_ACTIONS.map((a) => a.id));
    if (stored.some((a) => !demoIds.has(a.id))) return;

    // Issues first: an action names its issue. Created in plan order, so a new Jira file gives PROC-1 to PROC-5.
    const changes: ActionChange[] = [];
    const keys = new Map<string, string>();
    for (const demo of DEMO_ACTIONS) {
      const issue = demo.issue
        ? (issueOfAction(jira, demo.id) ?? jira.createIssue(issueInputOf(demo)))
        : undefined;
      if (issue) keys.set(demo.id, issue.key);
      const current = stored.find((a) => a.id === demo.id);
      if (!current) {
        const action = actionOf(demo, issue);
        const logged = action.adjustments.map((adjustment, seq) => ({ seq, adjustment }));
        changes.push({ action, expectedRevision: 0, logged });
      } else if (
        issue &&
        current.jira.state === 'created' &&
        (current.jira.id !== issue.id || current.jira.key !== issue.key)
      ) {
        // The Jira file was replaced: the action follows the issue that now carries its id.
        changes.push({
          action: {
            ...current,
            jira: { ...current.jira, id: issue.id, key: issue.key, url: browseUrl(issue.key) },
            revision: current.revision + 1,
          },
          expectedRevision: current.revision,
        });
      }
    }
    if (changes.length > 0) await actions.write(changes);

    const ports = forgePorts();
    await seedWeighing(ports.plans, votersOf(options.voters));
    const reviews = await ports.reviews.list(campaignId);
    for (const review of DEMO_REVIEWS) {
      if (!reviews.some((r) => r.at === review.at))
        await ports.reviews.add(
          campaignId,
          reviewAt(review, (id) => keys.get(id)),
        );
    }
    const settings = ports.jiraSettings;
    if (!(await settings.read())) await settings.save(DEMO_JIRA_TARGET);
  });
}
