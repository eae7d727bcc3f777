/**
 * The demo's improvement plan for 2025, lived through the app: the buyers draft actions from the 2025 report and
 * select them, the customers' weighing (written as the app writes ballots: under the round's pseudonyms, the
 * round then closed and its key destroyed), the Jira issues created by the app as Grace, moved on Jira's board
 * (the trigger brings the moves back), a date adjusted with its reason, one action Jira refused, and two reviews.
 * So the follow-up and commitments macros tell a story on first open.
 */
import { KvsPseudonymKeys } from '../../src/adapters/pseudonym';
import { KvsPlanStore } from '../../src/adapters/plan-store';
import { KEYS } from '../../src/adapters/keys';
import type { InvocationIdentity } from '../platform';
import type { JiraControl } from '../products/jira';

type Invoke = <T>(identity: InvocationIdentity, fn: () => Promise<T>) => Promise<{ result: T }>;
type Resolver = (event: unknown, context: unknown) => unknown;

export const PLAN_DEMO_CAMPAIGN = 'campaign-2025';
const GRACE = '712020:5a1e0000-0000-4000-8000-000000000011';
const HUGO = '712020:5a1e0000-0000-4000-8000-000000000012';
/** A customer: Jira cannot assign issues to them, so that action's create is refused. */
const NOT_ASSIGNABLE = '712020:5a1e0000-0000-4000-8000-000000000001';

interface DemoAction {
  title: string;
  description: string;
  criterionIds: string[];
  owner: string;
  dueDate: string;
  selected: boolean;
  /** Points of the weighing, per voter pattern (see POINTS). */
  weight: number;
}

/** The 2025 report's story: lead times fell, "kept informed" is a blind spot, the portal is new. */
export const DEMO_ACTIONS: readonly DemoAction[] = [
  {
    title: 'Weekly review of every request older than 10 days',
    description:
      'Each Monday the buyers go through the open requests older than 10 days and give the requester a date.\n\nUntil the backlog left by the portal migration is cleared.',
    criterionIds: ['communication-lead-times'],
    owner: GRACE,
    dueDate: '2026-04-30',
    selected: true,
    weight: 30,
  },
  {
    title: 'Tell the requester at each step of a request',
    description: 'An e-mail from the portal when a request is approved, ordered, delivered or held up.',
    criterionIds: ['communication-informed'],
    owner: HUGO,
    dueDate: '2026-06-30',
    selected: true,
    weight: 25,
  },
  {
    title: 'Publish the expected lead time of each purchase category',
    description: 'A table on the Procurement space, reviewed every quarter.',
    criterionIds: ['communication-lead-times', 'communication-procedures'],
    owner: GRACE,
    dueDate: '2026-09-30',
    selected: true,
    weight: 15,
  },
  {
    title: 'Portal training for new requesters',
    description: 'A 30-minute session every month, and a short guide in English and French.',
    criterionIds: ['transverse-tools'],
    owner: HUGO,
    dueDate: '2027-01-31',
    selected: true,
    weight: 12,
  },
  {
    title: 'Name a buyer per site for urgent needs',
    description: 'One reachable buyer per site, with a deputy, listed on the Procurement space.',
    criterionIds: ['communication-reachable'],
    owner: NOT_ASSIGNABLE,
    dueDate: '2026-10-31',
    selected: true,
    weight: 10,
  },
  {
    title: 'Quarterly supplier-issue report to each department',
    description: 'The open supplier issues of the department and what is being done.',
    criterionIds: ['transverse-supplier-issues', 'transverse-reporting'],
    owner: GRACE,
    dueDate: '2026-12-15',
    selected: false,
    weight: 5,
  },
  {
    title: 'Invite customers to the yearly supplier reviews',
    description: 'The main users of a supplier take part in its review.',
    criterionIds: ['sourcing-panel'],
    owner: HUGO,
    dueDate: '2027-03-31',
    selected: false,
    weight: 3,
  },
];

/**
 * Each voter's 100 points, cycling through a few patterns around the actions' weights, so that the values differ
 * and every ballot adds up to 100.
 */
function ballotOf(voter: number, ids: readonly string[]): Record<string, number> {
  const weights = DEMO_ACTIONS.map((a, i) => Math.max(0, a.weight + ((voter * (i + 3)) % 7) - 3));
  const total = weights.reduce((a, b) => a + b, 0);
  const points = weights.map((w) => Math.floor((w * 100) / total));
  points[0]! += 100 - points.reduce((a, b) => a + b, 0);
  const entries: [string, number][] = ids.map((id, i) => [id, points[i]!]);
  return Object.fromEntries(entries.filter(([, p]) => p > 0));
}

export async function seedDemoPlan(options: {
  invoke: Invoke;
  resolver: Resolver;
  jira: JiraControl;
  voters: readonly string[];
}): Promise<void> {
  const { invoke, resolver, jira, voters } = options;
  const call = async (accountId: string, functionKey: string, payload: unknown) => {
    const context = { accountId, moduleKey: 'admin-page', locale: 'en-US' };
    const { result } = await invoke({ accountId, moduleKey: 'admin-page' }, () =>
      Promise.resolve(resolver({ call: { functionKey, payload }, context }, { principal: { accountId } })),
    );
    const answer = result as { ok: boolean; data?: Record<string, unknown>; error?: unknown };
    if (!answer.ok) throw new Error(`demo plan: ${functionKey} failed: ${JSON.stringify(answer.error)}`);
    return answer.data!;
  };
  const campaignId = PLAN_DEMO_CAMPAIGN;
  const existing = (await call(GRACE, 'plan/get', { campaignId })) as { actions: unknown[] };
  if (existing.actions.length > 0) return;

  await invoke({ moduleKey: 'admin-page' }, async () => {
    const { kvs } = await import('@forge/kvs');
    await kvs.set(KEYS.jiraSettings, { schemaVersion: 1, projectKey: 'PROC', issueTypeId: '10003' });
  });
  const ids: string[] = [];
  for (const action of DEMO_ACTIONS) {
    const saved = await call(GRACE, 'plan/saveAction', {
      campaignId,
      revision: 0,
      title: action.title,
      description: action.description,
      criterionIds: action.criterionIds,
      ownerAccountId: action.owner,
      dueDate: action.dueDate,
    });
    ids.push(String(saved.id));
  }

  // The weighing round of March 2025, as the app keeps it: pseudonymous ballots, then closed and its key gone.
  await invoke({ moduleKey: 'admin-page' }, async () => {
    const plans = new KvsPlanStore();
    const keys = new KvsPseudonymKeys();
    const secretId = `${campaignId}.weighing`;
    const round = {
      closesOn: '2025-03-14',
      candidateIds: ids,
      openedAt: Date.UTC(2025, 2, 3, 9),
      openedBy: GRACE,
    };
    const open = { campaignId, weighing: { status: 'open' as const, ...round }, revision: 1 };
    await plans.write(open, 0);
    await keys.create(secretId);
    for (const [i, voter] of voters.entries()) {
      const voterKey = await keys.respondentKey(secretId, voter);
      if (!voterKey) continue;
      await plans.castBallot({ campaignId, voterKey, points: ballotOf(i, ids), revision: 1 }, open);
    }
    await plans.write(
      {
        campaignId,
        weighing: { status: 'closed', ...round, closedAt: Date.UTC(2025, 2, 14, 18) },
        revision: 2,
      },
      1,
    );
    await keys.destroy(secretId);
  });

  for (const [i, action] of DEMO_ACTIONS.entries()) {
    if (!action.selected) continue;
    await call(GRACE, 'plan/select', { campaignId, actionId: ids[i], revision: 1, selected: true });
  }
  await call(GRACE, 'plan/createIssues', { campaignId });

  // Jira's board since then (the trigger brings each move back to the follow-up).
  const keyOf = (index: number) =>
    jira.issues().find((issue) => issue.summary === DEMO_ACTIONS[index]!.title)?.key;
  const moves: [number, 'In Progress' | 'Done'][] = [
    [0, 'In Progress'],
    [0, 'Done'],
    [1, 'In Progress'],
    [2, 'In Progress'],
  ];
  for (const [index, status] of moves) {
    const key = keyOf(index);
    if (key) await jira.transition(key, status, { by: GRACE });
  }
  await jira.idle();

  const plan = (await call(GRACE, 'plan/get', { campaignId })) as {
    actions: { id: string; revision: number }[];
  };
  const second = plan.actions.find((a) => a.id === ids[1]);
  if (second) {
    await call(HUGO, 'plan/adjust', {
      campaignId,
      actionId: second.id,
      revision: second.revision,
      dueDate: '2026-12-31',
      reason: 'The portal’s notifications come with its December release.',
    });
  }
  await jira.idle();
  // The buyer's "Refresh from Jira" before the review: the issue nobody moved is read too.
  await call(GRACE, 'plan/refresh', { campaignId });
  await call(GRACE, 'followup/review', {
    campaignId,
    comment: 'First review: the weekly backlog review works; notifications wait for the portal release.',
  });
}
