/**
 * The reliability contract for Jira (QUALITY.md), over random runs of the real app on the local host:
 * - crashes at random storage requests (before or after the write commits), 429s, 503s, 500s and timeouts after
 *   Jira carried the create out, with clicks of "create" and hourly reconciliations in between, end with exactly
 *   one issue per action, each action naming its issue;
 * - random moves on Jira's board whose events arrive duplicated, reordered, or not at all, end with each action's
 *   follow-up equal to Jira's latest state once the reconciliation ran.
 */
import fc from 'fast-check';
import { ADMIN_PAGE, draftSelected } from '../helpers/builders';
import { closedCampaignWithJira } from '../features/support/plan-jira';
import { PEOPLE } from '../helpers/people';
import { startBackend, type HostBackend } from '../helpers/backend';

let p: HostBackend;
beforeAll(async () => {
  p = await startBackend({ products: 'host', context: ADMIN_PAGE });
});
afterAll(() => p.close());
afterEach(() => {
  p.clock.reset();
  jest.restoreAllMocks();
});

/** Moves the app's clock `minutes` further on (Jira and the KVS keep their own). */
const later = (minutes: number) => p.clock.advance(minutes * 60 * 1000);

const campaignId = 'cmp-2026';

async function reset() {
  p.clock.reset();
  jest.restoreAllMocks();
  // Jira's refusals are logged by the app on purpose; here they are the point, not news.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  await closedCampaignWithJira(p);
}

const selectedActions = (n: number) => draftSelected(p, n);

const plan = async () => (await p.call(PEOPLE.grace, 'plan/get', { campaignId })).result.data;

const jiraFault = fc.record({
  kind: fc.constantFrom('rateLimit', 'unavailable', 'serverError', 'timeoutAfterEffect'),
  on: fc.constantFrom('/rest/api/3/issue/bulk', '/rest/api/3/search/jql'),
  times: fc.integer({ min: 1, max: 2 }),
});
const crash = fc.option(fc.record({ nth: fc.integer({ min: 1, max: 12 }), afterWrite: fc.boolean() }), {
  nil: undefined,
});
const step = fc.constantFrom('create', 'create', 'reconcile', 'wait');

describe('at most one Jira issue per action', () => {
  it('through crashes, 429s, 5xx and timeouts after effect', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 60 }),
        fc.array(jiraFault, { maxLength: 4 }),
        crash,
        fc.array(step, { minLength: 1, maxLength: 6 }),
        async (n, faults, crashAt, steps) => {
          await reset();
          const ids = await selectedActions(n);
          for (const fault of faults) {
            p.host.jira.faults[fault.kind]({ path: fault.on, times: fault.times, retryAfterSeconds: 0 });
          }
          // A crash of the first create: one of its storage transactions fails, committed or not.
          if (crashAt) {
            p.kvs.faults.inject({
              path: '/api/v1/transaction',
              nth: crashAt.nth,
              status: 500,
              afterWrite: crashAt.afterWrite,
            });
          }
          for (const next of steps) {
            if (next === 'create') await p.call(PEOPLE.grace, 'plan/createIssues', { campaignId });
            if (next === 'reconcile') await p.host.fireScheduled('reconcile-plans');
            if (next === 'wait') later(3);
          }
          // Faults over: the team clicks "create" (the retry of failed ones) until nothing is left to do.
          p.host.jira.faults.clear();
          p.kvs.faults.clear();
          for (let round = 0; round < 4; round += 1) {
            later(3);
            await p.call(PEOPLE.grace, 'plan/createIssues', { campaignId });
            await p.host.fireScheduled('reconcile-plans');
          }
          const issues = p.host.jira.issues();
          const issueOf = new Map<string, string[]>();
          for (const issue of issues) {
            const { actionId } = issue.properties['procurement-crm-action'] as { actionId: string };
            issueOf.set(actionId, [...(issueOf.get(actionId) ?? []), issue.key]);
          }
          expect([...issueOf.keys()].sort()).toEqual([...ids].sort());
          expect([...issueOf.values()].filter((keys) => keys.length !== 1)).toEqual([]);
          for (const action of (await plan()).actions) {
            expect(action.jira).toMatchObject({ state: 'created', key: issueOf.get(action.id)![0] });
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 240_000);
});

describe('the follow-up converges to Jira’s latest state', () => {
  const move = fc.record({ issue: fc.nat(), to: fc.constantFrom('To Do', 'In Progress', 'Done' as const) });

  it('under duplicated, reordered and missed trigger deliveries, once the reconciliation ran', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.array(move, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer(),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        async (n, moves, copies, seed, delivered) => {
          await reset();
          await selectedActions(n);
          await p.call(PEOPLE.grace, 'plan/createIssues', { campaignId });
          const keys = p.host.jira.issues().map((i) => i.key);
          p.host.jira.holdEvents();
          for (const { issue, to } of moves) {
            const key = keys[issue % keys.length]!;
            if (p.host.jira.issue(key)!.status !== to) await p.host.jira.transition(key, to);
          }
          // Some events arrive (several times, in any order), the others never do.
          const events = p.host.jira.heldEvents().filter((_, i) => delivered[i % delivered.length]);
          await p.host.triggers.deliverProductEvents(events, { copies, order: 'shuffle', seed });
          // Before any reconciliation: an event is a hint, so each action sent one holds what Jira says now,
          // whatever the events carried and whatever their order.
          const hinted = new Set(
            events.map(({ payload }) => (payload as { issue: { key: string } }).issue.key),
          );
          const seen = new Map(
            (await plan()).actions.map((a) => [a.jira.state === 'created' ? a.jira.key : '', a]),
          );
          for (const key of hinted) {
            const issue = p.host.jira.issue(key)!;
            expect(seen.get(key)!.current).toMatchObject({
              updated: Date.parse(issue.updated),
              statusName: issue.status,
            });
          }
          await p.host.fireScheduled('reconcile-plans');
          await p.idle();
          const byKey = new Map(
            (await plan()).actions.map((a) => [a.jira.state === 'created' ? a.jira.key : '', a]),
          );
          for (const issue of p.host.jira.issues()) {
            expect(byKey.get(issue.key)!.current).toMatchObject({
              statusName: issue.status,
              statusCategory: issue.statusCategory,
              updated: Date.parse(issue.updated),
            });
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 240_000);
});
