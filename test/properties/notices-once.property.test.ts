/**
 * Due-date notices are never sent twice in a week for one issue (issue 18, item 5), over random runs of the real
 * app on the local host: hourly reconciliations fired once, twice at the same time (a duplicate delivery) or again
 * after a crash, Jira status moves whose trigger events arrive in several copies meanwhile, storage requests that
 * fail before or after their write committed, and notify calls answering 429, 5xx or timing out after Jira queued
 * the e-mail. Whatever happens, two notifications of one issue are at least 7 days apart (app time), and the plan
 * keeps the record of the last one that went out.
 */
import fc from 'fast-check';
import { dayOf } from '../../src/domain/common';
import { DAY_MS } from '../../src/domain/plan';
import { ADMIN_PAGE, draftSelected } from '../helpers/builders';
import { closedCampaignWithJira } from '../features/support/plan-jira';
import { PEOPLE } from '../helpers/people';
import { startBackend, type HostBackend } from '../helpers/backend';

let p: HostBackend;
beforeAll(async () => {
  p = await startBackend({ products: 'host', context: ADMIN_PAGE });
});
afterAll(() => p.close());

const campaignId = 'cmp-2026';
const NOTIFY = '/rest/api/3/issue/{issueIdOrKey}/notify';

async function reset(n: number) {
  p.kvs.faults.clear();
  p.clock.reset();
  jest.restoreAllMocks();
  // Failed runs and Jira's refusals are logged on purpose; here they are the point, not news.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  await closedCampaignWithJira(p);
  const due = (days: number) => dayOf(p.clock.now() + days * DAY_MS);
  await draftSelected(p, n, (i) => ({ ownerAccountId: PEOPLE.grace, dueDate: due([-1, 2, 9][i % 3]!) }));
  await p.call(PEOPLE.grace, 'plan/createIssues', { campaignId });
  await p.idle();
}

const fire = () => p.host.fireScheduled('reconcile-plans');

const step = fc.oneof(
  fc.constant({ kind: 'run' as const }),
  fc.record({ kind: fc.constant('duplicate' as const), copies: fc.integer({ min: 2, max: 3 }) }),
  fc.record({ kind: fc.constant('move' as const), issue: fc.nat(), copies: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('later' as const), hours: fc.constantFrom(1, 24, 72, 6 * 24) }),
  fc.record({
    kind: fc.constant('storageCrash' as const),
    nth: fc.integer({ min: 1, max: 6 }),
    afterWrite: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('jiraFault' as const),
    fault: fc.constantFrom('rateLimit', 'serverError', 'timeoutAfterEffect' as const),
  }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

async function perform(s: Step): Promise<void> {
  if (s.kind === 'run') await fire();
  if (s.kind === 'duplicate') await Promise.all(Array.from({ length: s.copies }, fire));
  if (s.kind === 'move') {
    const keys = p.host.jira.issues().map((i) => i.key);
    const key = keys[s.issue % keys.length]!;
    const to = p.host.jira.issue(key)!.status === 'In Progress' ? 'To Do' : 'In Progress';
    // The move's events (in copies) and a reconciliation at the same time: folds race the notices' claims.
    await Promise.all([p.host.jira.transition(key, to, { delivery: { copies: s.copies } }), fire()]);
  }
  if (s.kind === 'later') p.clock.advance(s.hours * 60 * 60 * 1000);
  if (s.kind === 'storageCrash') {
    p.kvs.faults.inject({ path: '/api/v1/transaction', nth: s.nth, status: 500, afterWrite: s.afterWrite });
  }
  if (s.kind === 'jiraFault') p.host.jira.faults[s.fault]({ path: NOTIFY, retryAfterSeconds: 0 });
}

describe('due-date notices', () => {
  it('are never sent twice in a week for one issue, and the last one sent is never forgotten', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 }),
        fc.array(step, { minLength: 1, maxLength: 10 }),
        async (n, steps) => {
          await reset(n);
          // The app's time of each notification Jira queued: the time of the step it was queued in.
          const sentAt: { issueKey: string; at: number }[] = [];
          for (const s of [...steps, { kind: 'run' as const }]) {
            const [before, at] = [p.host.jira.notifications().length, p.clock.now()];
            await perform(s);
            await p.idle();
            for (const sent of p.host.jira.notifications().slice(before))
              sentAt.push({ issueKey: sent.issueKey, at });
          }
          const byIssue = new Map<string, number[]>();
          for (const { issueKey, at } of sentAt)
            byIssue.set(issueKey, [...(byIssue.get(issueKey) ?? []), at]);
          for (const [issueKey, times] of byIssue) {
            const gaps = times.slice(1).map((t, i) => t - times[i]!);
            // A minute of slack: the app's clock runs on (real time) during a step.
            expect({ issueKey, tooSoon: gaps.filter((gap) => gap < 7 * DAY_MS - 60_000) }).toEqual({
              issueKey,
              tooSoon: [],
            });
          }
          p.kvs.faults.clear();
          const { actions } = (await p.call(PEOPLE.grace, 'plan/get', { campaignId })).result.data;
          for (const action of actions) {
            if (action.jira.state !== 'created') continue;
            const times = byIssue.get(action.jira.key);
            if (!times) continue;
            expect({ key: action.jira.key, outcome: action.lastNotice?.outcome }).toEqual({
              key: action.jira.key,
              outcome: expect.stringMatching(/^(sent|claimed|unknown)$/),
            });
            expect(action.lastNotice!.at).toBeGreaterThanOrEqual(times.at(-1)!);
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});
