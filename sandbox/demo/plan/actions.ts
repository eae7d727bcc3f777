/**
 * The demo plan's data: its eight actions (drafted, weighed, selected, their Jira issues moved on the board, due
 * dates adjusted), the weighing round and the two reviews, with the times they happened.
 */
import type { Adjustment } from '../../../src/domain/plan';
import { ADMIN_PERSONA, PERSONAS } from '../../personas';
import type { JiraStatusName } from '../../products/jira';
import { DEMO_SITE } from '../../products/site';

export const PLAN_DEMO_CAMPAIGN = 'campaign-2025';
/** Where the plan's issues go: PROC, as Improvement issues (`settings:jira`). */
export const DEMO_JIRA_TARGET = { projectKey: 'PROC', issueTypeId: '10003' } as const;

const personaNamed = (prefix: string) => PERSONAS.find((p) => p.displayName.startsWith(prefix))!;
const GRACE = personaNamed('Grace');
const HUGO = personaNamed('Hugo');
export const JEAN = ADMIN_PERSONA;

/** A moment of the demo's past, in UTC like every day of the app. */
const at = (day: string, time = '09:00') => Date.parse(`${day}T${time}:00.000Z`);

const PLAN_PAGE = DEMO_SITE.pages.find((p) => p.planPage)!;
/** The Confluence page the issues link back to, as Confluence's `_links` give its address. */
export const PLAN_PAGE_URL = `${DEMO_SITE.siteUrl}/wiki/spaces/${DEMO_SITE.space.key}/pages/${PLAN_PAGE.id}`;

export type Status = JiraStatusName;

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

/** The demo actions' ids: fixed, numbered as listed. */
export const demoActionId = (n: number) => `act-2025${String(n).padStart(12, '0')}`;

/**
 * The plan, oldest first. The customers' weighing ranks them as listed but for Legal's meetings (4th) and the
 * training (5th): the first five became issues in March 2025, the 6th was added in September.
 */
export const DEMO_ACTIONS: readonly DemoAction[] = [
  {
    id: demoActionId(1),
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
    id: demoActionId(2),
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
    id: demoActionId(3),
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
    id: demoActionId(4),
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
    id: demoActionId(5),
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
    id: demoActionId(6),
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
    id: demoActionId(7),
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
    id: demoActionId(8),
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
