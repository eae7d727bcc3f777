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
 */
import { forgePorts } from '../../src/adapters';
import type { PlanStore, ActionChange } from '../../src/ports/plan';
import { dayOf } from '../../src/domain/common';
import { criteriaOf } from '../../src/domain/model';
import type { Action, Adjustment, JiraLink } from '../../src/domain/plan';
import { isOverdue, observe, type FollowUp, type Observation } from '../../src/domain/followup';
import { ACTION_PROPERTY_KEY, issueDraftOf, type IssueContext } from '../../src/domain/plan';
import type { PlanRecord } from '../../src/domain/weighing';
import { linkToOf, linkGlobalId } from '../../src/features/plan';
import type { ReviewSnapshot } from '../../src/shared/contract/followup';
import { weighingSecretOf } from '../../src/features/weighing';
import type { InvocationIdentity } from '../platform';
import { ADMIN_PERSONA, PERSONAS } from '../personas';
import { STATUSES, type JiraControl, type JiraIssueView, type JiraStatusName } from '../products/jira';
import { DEMO_SITE } from '../products/site';
import { DEMO_MODEL_V2 } from './model';
import { rngOf } from '../random';

type Invoke = <T>(identity: InvocationIdentity, fn: () => Promise<T>) => Promise<{ result: T }>;

export const PLAN_DEMO_CAMPAIGN = 'campaign-2025';
/** Where the plan's issues go: PROC, as Improvement issues (`settings:jira`). */
export const DEMO_JIRA_TARGET = { projectKey: 'PROC', issueTypeId: '10003' } as const;

const personaNamed = (prefix: string) => PERSONAS.find((p) => p.displayName.startsWith(prefix))!;
const GRACE = personaNamed('Grace');
const HUGO = personaNamed('Hugo');
const JEAN = ADMIN_PERSONA;

/** A moment of the demo's past, in UTC like every day of the app. */
const at = (day: string, time = '09:00') => Date.parse(`${day}T${time}:00.000Z`);

const PLAN_PAGE = DEMO_SITE.pages.find((p) => p.planPage)!;
/** The Confluence page the issues link back to, as Confluence's `_links` give its address. */
export const PLAN_PAGE_URL = `${DEMO_SITE.siteUrl}/wiki/spaces/${DEMO_SITE.space.key}/pages/${PLAN_PAGE.id}`;

type Status = JiraStatusName;

export interface DemoAction {
  /** Fixed, so that every start writes (and finds) the same action. */
  id: string;
  title: string;
  description: string;
  criterionIds: string[];
  owner: string;
  draftedBy: string;
  draftedAt: number;
  /** The due date it was drafted with. */
  dueDate: string;
  /** A share of the customers' points: the weighing's values follow it (see ballotOf). */
  weight: number;
  selectedAt?: number;
  /** Its Jira issue: created then, and moved on the board since. */
  issue?: { createdAt: number; createdBy: string; moves: readonly (readonly [number, Status])[] };
  /** Jira refused the create: the plan shows it with a retry. */
  refused?: { at: number; problem: 'forbidden'; messages: string[] };
  adjustments?: readonly Omit<Adjustment, 'previousDueDate'>[];
}

const ids = (n: number) => `act-2025${String(n).padStart(12, '0')}`;

/**
 * The plan, oldest first. The customers' weighing ranks them as listed but for Legal's meetings (4th) and the
 * training (5th): the first five became issues in March 2025, the 6th was added in September.
 */
export const DEMO_ACTIONS: readonly DemoAction[] = [
  {
    id: ids(1),
    title: 'Weekly review of every request older than 10 days',
    description:
      'Each Monday the buyers go through the open requests older than 10 days and give each requester a date.\n\n' +
      'Satisfaction with lead times fell by almost a point after the ordering portal went live: the backlog of ' +
      'the migration is cleared first.',
    criterionIds: ['communication-lead-times'],
    owner: GRACE.accountId,
    draftedBy: GRACE.accountId,
    draftedAt: at('2025-02-24', '10:00'),
    dueDate: '2025-06-30',
    weight: 24,
    selectedAt: at('2025-03-17', '14:00'),
    issue: {
      createdAt: at('2025-03-20', '10:15'),
      createdBy: GRACE.accountId,
      moves: [
        [at('2025-03-24', '08:30'), 'In Progress'],
        [at('2025-06-20', '16:00'), 'Done'],
      ],
    },
  },
  {
    id: ids(2),
    title: 'Tell the requester at each step of a request',
    description:
      'An e-mail from the ordering portal when a request is approved, ordered, delivered or held up.\n\n' +
      'The team rated “I am kept informed” 4 out of 4; customers rated it about 2.6: a blind spot.',
    criterionIds: ['communication-informed'],
    owner: HUGO.accountId,
    draftedBy: HUGO.accountId,
    draftedAt: at('2025-02-24', '11:30'),
    dueDate: '2025-09-30',
    weight: 27,
    selectedAt: at('2025-03-17', '14:00'),
    issue: {
      createdAt: at('2025-03-20', '10:15'),
      createdBy: GRACE.accountId,
      moves: [[at('2025-05-12'), 'In Progress']],
    },
    adjustments: [
      {
        at: at('2025-09-23', '10:00'),
        by: HUGO.accountId,
        dueDate: '2027-01-29',
        reason:
          'The portal’s notifications come with its January 2027 release; until then the buyers call the ' +
          'requester at each step.',
      },
    ],
  },
  {
    id: ids(3),
    title: 'Publish the expected lead time of each purchase category',
    description:
      'A table on the Procurement space, from a year of measured lead times, reviewed every quarter, so that ' +
      'requesters know what to expect before they ask.',
    criterionIds: ['communication-lead-times', 'communication-procedures'],
    owner: GRACE.accountId,
    draftedBy: GRACE.accountId,
    draftedAt: at('2025-02-25', '09:30'),
    dueDate: '2026-10-30',
    weight: 15,
    selectedAt: at('2025-03-17', '14:00'),
    issue: {
      createdAt: at('2025-03-20', '10:15'),
      createdBy: GRACE.accountId,
      moves: [[at('2025-10-06'), 'In Progress']],
    },
  },
  {
    id: ids(4),
    title: 'Portal training for new requesters',
    description:
      'A 30-minute session every month and a short guide in English and French: the question about the ' +
      'ordering tools was reworded for the new portal, so 2025 is its first measure.',
    criterionIds: ['transverse-tools'],
    owner: HUGO.accountId,
    draftedBy: HUGO.accountId,
    draftedAt: at('2025-02-25', '15:00'),
    dueDate: '2026-06-30',
    weight: 9,
    selectedAt: at('2025-03-17', '14:00'),
    issue: { createdAt: at('2025-03-20', '10:15'), createdBy: GRACE.accountId, moves: [] },
    adjustments: [
      {
        at: at('2026-03-17', '11:00'),
        by: HUGO.accountId,
        dueDate: '2027-03-31',
        reason: 'The training follows the portal’s January 2027 release, so that it shows the new screens.',
      },
    ],
  },
  {
    id: ids(5),
    title: 'Meet the Legal team twice a year',
    description:
      'Legal has three people, below the survey’s threshold: its ratings cannot be shown. The buyer of its ' +
      'portfolio meets the team in April and October to go through its contracts and requests.',
    criterionIds: ['sourcing-contracts', 'sourcing-needs'],
    owner: HUGO.accountId,
    draftedBy: HUGO.accountId,
    draftedAt: at('2025-02-26', '10:00'),
    dueDate: '2026-03-31',
    weight: 10,
    selectedAt: at('2025-03-17', '14:00'),
    issue: {
      createdAt: at('2025-03-20', '10:15'),
      createdBy: GRACE.accountId,
      moves: [
        [at('2025-04-14', '14:00'), 'In Progress'],
        [at('2026-02-27', '17:00'), 'Done'],
      ],
    },
  },
  {
    id: ids(6),
    title: 'Name a buyer per site for urgent needs',
    description: 'One reachable buyer per site, with a deputy, listed on the Procurement space.',
    criterionIds: ['communication-reachable'],
    owner: HUGO.accountId,
    draftedBy: HUGO.accountId,
    draftedAt: at('2025-02-26', '16:00'),
    dueDate: '2027-02-26',
    weight: 8,
    // Added after the half-year review; Hugo could browse PROC then, not yet create issues in it.
    selectedAt: at('2025-09-24', '10:00'),
    refused: {
      at: at('2025-09-24', '10:05'),
      problem: 'forbidden',
      messages: ['You do not have permission to create issues in this project.'],
    },
  },
  {
    id: ids(7),
    title: 'Quarterly supplier-issue report to each department',
    description:
      'The open supplier issues of the department (quality, delays, invoices) and what is being done.',
    criterionIds: ['transverse-supplier-issues', 'transverse-reporting'],
    owner: GRACE.accountId,
    draftedBy: GRACE.accountId,
    draftedAt: at('2025-02-27', '09:00'),
    dueDate: '2025-12-19',
    weight: 5,
  },
  {
    id: ids(8),
    title: 'Invite customers to the yearly supplier reviews',
    description: 'The main users of a supplier take part in its yearly review.',
    criterionIds: ['sourcing-panel'],
    owner: GRACE.accountId,
    draftedBy: GRACE.accountId,
    draftedAt: at('2025-02-27', '11:00'),
    dueDate: '2026-03-31',
    weight: 3,
  },
];

/** The weighing round: 3 to 14 March 2025, closed by the hourly job at the end of its closing day. */
export const DEMO_ROUND = {
  closesOn: '2025-03-14',
  openedAt: at('2025-03-03'),
  openedBy: GRACE.accountId,
  closedAt: Date.parse('2025-03-15T00:00:00.000Z'),
} as const;

export interface DemoReview {
  at: number;
  by: string;
  comment: string;
}

export const DEMO_REVIEWS: readonly DemoReview[] = [
  {
    at: at('2025-09-22', '15:00'),
    by: JEAN.accountId,
    comment:
      'Half-year review: the weekly backlog review cleared the portal backlog. Notifications wait for the ' +
      'portal’s release, so the buyers call requesters meanwhile. A buyer per site is added to the plan.',
  },
  {
    at: at('2026-03-16', '10:00'),
    by: JEAN.accountId,
    comment:
      'Management review: two actions done, two in progress. The Legal meetings are held; the training moves ' +
      'with the portal’s release. The 2026 survey will tell whether lead times recovered.',
  },
];

// ---- the past of each action, as Jira and the app saw it --------------------------------------------------------

/** The due date at a time: the last adjustment made by then, else the one it was drafted with. */
function dueAt(demo: DemoAction, time: number): string {
  return (demo.adjustments ?? []).filter((a) => a.at <= time).at(-1)?.dueDate ?? demo.dueDate;
}

/**
 * What Jira said of the issue at each of its changes (creation, moves, due dates carried over by adjustments): the
 * observations the hourly reconciliation and the trigger fed the follow-up with.
 */
function observationsOf(demo: DemoAction): Observation[] {
  const issue = demo.issue;
  if (!issue) return [];
  const times = [
    issue.createdAt,
    ...issue.moves.map(([time]) => time),
    ...(demo.adjustments ?? []).map((a) => a.at),
  ].sort((a, b) => a - b);
  return times.map((time) => {
    const status = STATUSES.find(
      (s) => s.name === (issue.moves.filter(([t]) => t <= time).at(-1)?.[1] ?? 'To Do'),
    )!;
    return {
      updated: time,
      statusCategory: status.category.key,
      statusName: status.name,
      assigneeAccountId: demo.owner,
      dueDate: dueAt(demo, time),
    };
  });
}

const followUpOf = (observations: readonly Observation[]): FollowUp | undefined =>
  observations.reduce<FollowUp | undefined>((state, o) => observe(state, o), undefined);

/** What the issues say besides the action's text, as the app writes it (create-issues.ts): the English texts. */
function issueContext(): IssueContext {
  return {
    campaign: { id: PLAN_DEMO_CAMPAIGN, period: '2025', name: 'Procurement satisfaction survey 2025' },
    criterionTexts: new Map(
      criteriaOf(DEMO_MODEL_V2).map(({ criterion }) => [criterion.id, criterion.text['en-US']]),
    ),
    pageUrl: PLAN_PAGE_URL,
  };
}

const issueStatusOf = (demo: DemoAction): Status => demo.issue?.moves.at(-1)?.[1] ?? 'To Do';
const browseUrl = (key: string) => `${DEMO_SITE.siteUrl}/browse/${key}`;

/** The action as drafted (the text Jira's issue is built from). */
function draftOf(demo: DemoAction): Action {
  return {
    id: demo.id,
    campaignId: PLAN_DEMO_CAMPAIGN,
    title: demo.title,
    description: demo.description,
    criterionIds: demo.criterionIds,
    ownerAccountId: demo.owner,
    dueDate: demo.dueDate,
    selected: false,
    jira: { state: 'none' },
    adjustments: [],
    adjustmentCount: 0,
    createdBy: demo.draftedBy,
    createdAt: demo.draftedAt,
    revision: 1,
  };
}

/** The issue as the app's bulk create made it, with the board's moves since and its link back to the plan page. */
function issueInputOf(demo: DemoAction) {
  const issue = demo.issue!;
  const context = issueContext();
  const draft = issueDraftOf(draftOf(demo), context);
  const link = linkToOf(context)!;
  const observations = observationsOf(demo);
  return {
    summary: draft.summary,
    issueType: 'Improvement' as const,
    status: issueStatusOf(demo),
    assigneeAccountId: demo.owner,
    duedate: observations.at(-1)!.dueDate,
    labels: draft.labels,
    description: draft.description,
    properties: { [ACTION_PROPERTY_KEY]: { actionId: demo.id, campaignId: PLAN_DEMO_CAMPAIGN } },
    reporterAccountId: issue.createdBy,
    createdMs: issue.createdAt,
    updatedMs: observations.at(-1)!.updated,
    remoteLinks: [
      {
        globalId: linkGlobalId(demo.id),
        application: { type: 'com.atlassian.confluence', name: 'Confluence' },
        object: link,
      },
    ],
  };
}

/** The issue Jira has for this action (the look-up the app makes before any create). */
function issueOfAction(jira: JiraControl, actionId: string): JiraIssueView | undefined {
  return jira
    .issues()
    .find(
      (issue) =>
        (issue.properties[ACTION_PROPERTY_KEY] as { actionId?: unknown } | undefined)?.actionId === actionId,
    );
}

/** Jira's state of an issue now, as a search would read it. */
const observationOfIssue = (issue: JiraIssueView): Observation => ({
  updated: Date.parse(issue.updated),
  statusCategory: issue.statusCategory,
  statusName: issue.status,
  assigneeAccountId: issue.assigneeAccountId,
  dueDate: issue.duedate,
});

/** The action as stored today: selected or not, its Jira link, follow-up and adjustments. */
function actionOf(demo: DemoAction, issue: JiraIssueView | undefined): Action {
  const drafted = draftOf(demo);
  const adjustments: Adjustment[] = (demo.adjustments ?? []).map((a) => ({
    ...a,
    previousDueDate: dueAt(demo, a.at - 1),
  }));
  let jira: JiraLink = { state: 'none' };
  let followUp: FollowUp | undefined;
  if (demo.issue && issue) {
    const context = issueContext();
    jira = {
      state: 'created',
      id: issue.id,
      key: issue.key,
      createdAt: demo.issue.createdAt + 2000,
      linked: true,
      url: browseUrl(issue.key),
      linkTo: linkToOf(context)!,
    };
    // The issue found may have moved since an earlier start: what Jira says now is folded in last.
    followUp = followUpOf([...observationsOf(demo), observationOfIssue(issue)]);
  } else if (demo.refused) {
    jira = { state: 'failed', ...demo.refused, attempt: 1 };
  }
  // One write each: drafted, selected, the intent, the issue, its link, each observation and adjustment.
  const writes =
    1 +
    (demo.selectedAt ? 1 : 0) +
    (jira.state === 'none' ? 0 : 2) +
    (jira.state === 'created' ? 1 : 0) +
    (followUp?.sightings.length ?? 0) +
    adjustments.length;
  return {
    ...drafted,
    dueDate: dueAt(demo, Number.MAX_SAFE_INTEGER),
    selected: demo.selectedAt !== undefined,
    jira,
    ...(followUp ? { followUp } : {}),
    adjustments,
    adjustmentCount: adjustments.length,
    revision: writes,
  };
}

// ---- the weighing ---------------------------------------------------------------------------------------------

/**
 * One customer's 100 points: two to five actions, drawn by their weight, split in proportion to it with some
 * personal taste, in fives. Drawn from the demo's seeded stream for that person, so the same on every start.
 */
export function ballotOf(accountId: string): Record<string, number> {
  const rng = rngOf('plan-2025-weighing', accountId);
  const pool = DEMO_ACTIONS.map((a) => ({ id: a.id, weight: a.weight }));
  const chosen: { id: string; weight: number }[] = [];
  const count = rng.int(2, 5);
  while (chosen.length < count && pool.length > 0) {
    let ticket = rng.next() * pool.reduce((sum, a) => sum + a.weight, 0);
    const index = pool.findIndex((a) => (ticket -= a.weight) < 0);
    chosen.push(...pool.splice(index === -1 ? pool.length - 1 : index, 1));
  }
  const shares = chosen.map((a) => a.weight * (0.6 + rng.next() * 0.8));
  const total = shares.reduce((sum, s) => sum + s, 0);
  // In fives, by largest remainder: whole numbers that add up to exactly 100 (what the app's ballot check asks).
  const fives = shares.map((s) => (s * 20) / total);
  const points = fives.map(Math.floor);
  const byRemainder = fives.map((f, i) => [f - Math.floor(f), i] as const).sort((a, b) => b[0] - a[0]);
  for (let left = 20 - points.reduce((sum, p) => sum + p, 0), k = 0; left > 0; left -= 1, k += 1)
    points[byRemainder[k % byRemainder.length]![1]]! += 1;
  const entries = chosen.map((a, i): [string, number] => [a.id, points[i]! * 5]);
  return Object.fromEntries(entries.filter(([, p]) => p > 0));
}

/** About six in ten of the invited customers weighed, chosen by the seeded stream. */
export const votersOf = (invited: readonly string[]): string[] =>
  invited.filter((accountId) => rngOf('plan-2025-voter', accountId).chance(0.6));

/** The round as the app runs it: opened, ballots cast under its pseudonyms, closed, its key destroyed. */
async function seedWeighing(plans: PlanStore, voters: readonly string[]): Promise<void> {
  const campaignId = PLAN_DEMO_CAMPAIGN;
  let plan = await plans.read(campaignId);
  if (plan && plan.weighing.status !== 'open') return;
  const round = {
    closesOn: DEMO_ROUND.closesOn,
    candidateIds: DEMO_ACTIONS.map((a) => a.id),
    openedAt: DEMO_ROUND.openedAt,
    openedBy: DEMO_ROUND.openedBy,
  };
  const secretId = weighingSecretOf(campaignId);
  const keys = forgePorts().pseudonyms;
  if (!plan) {
    plan = { campaignId, weighing: { status: 'open', ...round }, revision: 1 };
    if ((await plans.write(plan, 0)) === 'conflict') return;
  }
  await keys.create(secretId);
  for (const voter of voters) {
    const voterKey = await keys.respondentKey(secretId, voter);
    if (!voterKey) continue;
    // A ballot an interrupted seed already cast is refused by its condition and kept.
    await plans.castBallot({ campaignId, voterKey, points: ballotOf(voter), revision: 1 }, plan);
  }
  const closed: PlanRecord = {
    campaignId,
    weighing: { status: 'closed', ...round, closedAt: DEMO_ROUND.closedAt },
    revision: plan.revision + 1,
  };
  if ((await plans.write(closed, plan.revision)) === 'written') await keys.destroy(secretId);
}

// ---- the reviews ----------------------------------------------------------------------------------------------

/** The plan's state at `time` frozen as followup/review freezes it (features/followup/routes.ts). */
export function reviewAt(
  review: DemoReview,
  keyOf: (actionId: string) => string | undefined,
): ReviewSnapshot {
  const time = review.at;
  const today = dayOf(time);
  const actions = DEMO_ACTIONS.filter((a) => a.selectedAt !== undefined && a.selectedAt <= time).map(
    (demo) => {
      const key = demo.issue !== undefined && demo.issue.createdAt <= time ? keyOf(demo.id) : undefined;
      const created = key !== undefined;
      const followUp = followUpOf(observationsOf(demo).filter((o) => o.updated <= time));
      const current = followUp?.current;
      const due = current?.dueDate ?? dueAt(demo, time);
      return {
        id: demo.id,
        title: demo.title,
        ...(key ? { key } : {}),
        ...(current ? { statusCategory: current.statusCategory, statusName: current.statusName } : {}),
        dueDate: due,
        overdue: created && isOverdue(followUp, due, today),
      };
    },
  );
  const by = PERSONAS.find((p) => p.accountId === review.by)!;
  return {
    id: `review-${time}`,
    at: time,
    by: { accountId: by.accountId, displayName: by.displayName },
    comment: review.comment,
    progress: {
      selected: actions.length,
      created: actions.filter((a) => a.key !== undefined).length,
      done: actions.filter((a) => a.statusCategory === 'done').length,
      overdue: actions.filter((a) => a.overdue).length,
    },
    actions,
  };
}

// ---- the seed -------------------------------------------------------------------------------------------------

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
