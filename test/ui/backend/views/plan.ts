/** Builders with overrides for the improvement plan's views (contract types, never copied). */
import { criteriaOf, DEFAULT_MODEL } from '../../../../src/domain/model/model';
import type { CommitmentsView } from '../../../../src/shared/contract/commitments';
import type { ReviewSnapshot } from '../../../../src/shared/contract/followup';
import type { IssuePanelView } from '../../../../src/shared/contract/issue-panel';
import type { JiraProjectView } from '../../../../src/shared/contract/jira-settings';
import type { ActionText } from '../../../../src/domain/plan';
import type { ActionView, PlanView, SuggestionView } from '../../../../src/shared/contract/plan';
import type { WeighingSummary, WeighingView } from '../../../../src/shared/contract/weighing';
import { GRACE } from './people';

export const CRITERIA = criteriaOf(DEFAULT_MODEL).map(({ criterion }) => criterion);
export const criterionText = (id: string, locale: 'en-US' | 'fr-FR' = 'en-US') =>
  CRITERIA.find((c) => c.id === id)!.text[locale];

let counter = 0;
/** Action ids as the server makes them: `act-` and 16 hex digits. */
export const newActionId = () => `act-${(++counter).toString(16).padStart(16, '0')}`;

/** An action's text: a string is the English one (most tests need no French). */
export const actionText = (text: string | ActionText): ActionText =>
  typeof text === 'string' ? { 'en-US': text } : text;

export type ActionOverrides = Omit<Partial<ActionView>, 'title' | 'description'> & {
  title?: string | ActionText;
  description?: string | ActionText;
};

export function actionView({ title, description, ...overrides }: ActionOverrides = {}): ActionView {
  return {
    id: newActionId(),
    title: actionText(title ?? 'Weekly status mail to requesters'),
    description: actionText(description ?? 'Every Monday, the buyer sends the status of open requests.'),
    criterionIds: [CRITERIA[0]!.id],
    selected: false,
    jira: { state: 'none' },
    history: [],
    overdue: false,
    adjustments: [],
    adjustmentCount: overrides.adjustments?.length ?? 0,
    revision: 1,
    ...overrides,
  };
}

/** The campaign's page, as the issues' remote links point to it. */
export const PAGE_LINK = {
  url: 'https://example.atlassian.net/wiki/spaces/PROC/pages/42',
  title: 'Survey 2026 (2026)',
};

/** A created action, read from Jira: `category` its status category. */
export function createdAction(
  key: string,
  category: 'new' | 'indeterminate' | 'done',
  overrides: ActionOverrides = {},
): ActionView {
  const statusName = { new: 'To Do', indeterminate: 'In Progress', done: 'Done' }[category];
  return actionView({
    selected: true,
    jira: {
      state: 'created',
      id: '10001',
      key,
      createdAt: Date.UTC(2026, 3, 1),
      linked: true,
      linkTo: PAGE_LINK,
    },
    issueUrl: `https://example.atlassian.net/browse/${key}`,
    current: {
      updated: Date.UTC(2026, 3, 2),
      statusCategory: category,
      statusName,
      assigneeAccountId: GRACE.accountId,
      dueDate: '2026-06-30',
    },
    dueDate: '2026-06-30',
    owner: GRACE,
    history: [{ at: Date.UTC(2026, 3, 2), to: category, toName: statusName }],
    ...overrides,
  });
}

export function weighingSummary(overrides: Partial<WeighingSummary> = {}): WeighingSummary {
  return {
    status: 'notOpen',
    ballots: 0,
    candidateIds: [],
    minimumGroup: 5,
    suppressed: true,
    values: {},
    ...overrides,
  };
}

export const suggestion = (overrides: Partial<SuggestionView> = {}): SuggestionView => ({
  criterionId: CRITERIA[1]!.id,
  reasons: ['lowest', 'falling'],
  mean: 2.1,
  delta: -0.9,
  quadrant: 'concentrate',
  priority: 1.6,
  ...overrides,
});

export function planView(overrides: Partial<PlanView> = {}): PlanView {
  const actions = overrides.actions ?? [];
  const selected = actions.filter((a) => a.selected);
  return {
    campaign: {
      id: 'survey-2026',
      name: { 'en-US': 'Survey 2026', 'fr-FR': 'Enquête 2026' },
      period: '2026',
      status: 'closed',
    },
    model: DEFAULT_MODEL,
    weighing: weighingSummary(),
    suggestions: [suggestion()],
    resultsPreparing: false,
    resultsHidden: false,
    importanceSource: 'derived',
    canEdit: true,
    jira: { kind: 'ready', projectKey: 'PROC', issueTypeId: '10002' },
    actions,
    progress: {
      selected: selected.length,
      created: selected.filter((a) => a.jira.state === 'created').length,
      done: selected.filter((a) => a.current?.statusCategory === 'done').length,
      overdue: selected.filter((a) => a.overdue).length,
    },
    ...overrides,
  };
}

export function weighingView(overrides: Partial<WeighingView> = {}): WeighingView {
  return {
    campaign: {
      id: 'survey-2026',
      name: { 'en-US': 'Survey 2026', 'fr-FR': 'Enquête 2026' },
      period: '2026',
    },
    status: 'open',
    closesOn: '2026-05-15',
    candidates: [
      {
        id: 'act-00000000000000a1',
        title: { 'en-US': 'Weekly status mail' },
        description: { 'en-US': 'A status of open requests every Monday.' },
        criteria: [{ id: CRITERIA[0]!.id, text: CRITERIA[0]!.text }],
      },
      {
        id: 'act-00000000000000a2',
        title: { 'en-US': 'Supplier safety files checked' },
        description: { 'en-US': '' },
        criteria: [],
      },
      {
        id: 'act-00000000000000a3',
        title: { 'en-US': 'One contact per department' },
        description: { 'en-US': 'Each department knows its buyer.' },
        criteria: [{ id: CRITERIA[1]!.id, text: CRITERIA[1]!.text }],
      },
    ],
    ...overrides,
  };
}

export function reviewSnapshot(overrides: Partial<ReviewSnapshot> = {}): ReviewSnapshot {
  return {
    id: 'rev-1',
    at: Date.UTC(2026, 4, 20),
    by: GRACE,
    comment: 'Two actions late: the mail template waits for Legal.',
    progress: { selected: 2, created: 2, done: 0, overdue: 1 },
    actions: [
      {
        id: 'act-00000000000000b1',
        title: { 'en-US': 'Weekly status mail' },
        key: 'PROC-1',
        statusCategory: 'indeterminate',
        statusName: 'In Progress',
        dueDate: '2026-05-01',
        overdue: true,
      },
    ],
    ...overrides,
  };
}

export function commitmentsView(overrides: Partial<CommitmentsView> = {}): CommitmentsView {
  return {
    campaign: {
      id: 'survey-2026',
      name: { 'en-US': 'Survey 2026', 'fr-FR': 'Enquête 2026' },
      period: '2026',
      status: 'closed',
    },
    commitments: [
      {
        id: 'act-00000000000000c1',
        title: { 'en-US': 'Weekly status mail' },
        description: { 'en-US': 'A status of open requests every Monday.' },
        criteria: [{ id: CRITERIA[0]!.id, text: CRITERIA[0]!.text }],
        status: 'inProgress',
        dueDate: '2026-06-30',
        overdue: false,
      },
      {
        id: 'act-00000000000000c2',
        title: { 'en-US': 'One contact per department' },
        description: { 'en-US': '' },
        criteria: [],
        status: 'done',
        overdue: false,
      },
      {
        id: 'act-00000000000000c3',
        title: { 'en-US': 'Supplier safety files checked' },
        description: { 'en-US': '' },
        criteria: [],
        status: 'planned',
        dueDate: '2026-09-30',
        overdue: false,
      },
    ],
    progress: { total: 3, done: 1, inProgress: 1, planned: 1, overdue: 0 },
    ...overrides,
  };
}

export function issuePanelFound(
  overrides: Partial<Extract<IssuePanelView, { found: true }>> = {},
): IssuePanelView {
  return {
    found: true,
    campaign: {
      id: 'survey-2026',
      name: { 'en-US': 'Survey 2026', 'fr-FR': 'Enquête 2026' },
      period: '2026',
    },
    action: { id: 'act-00000000000000d1', title: { 'en-US': 'Weekly status mail' } },
    criteria: [
      {
        id: CRITERIA[0]!.id,
        text: CRITERIA[0]!.text,
        score: { n: 42, mean: 2.4, satisfaction: 45 },
      },
    ],
    scoresShown: true,
    weighing: { value: 31.5, voters: 12 },
    pageUrl: 'https://example.atlassian.net/wiki/spaces/PROC/pages/42',
    ...overrides,
  };
}

export const PROJECTS: JiraProjectView[] = [
  {
    key: 'PROC',
    name: 'Procurement',
    issueTypes: [
      { id: '10001', name: 'Task' },
      { id: '10002', name: 'Improvement' },
    ],
  },
];
