/**
 * A fake backend for the improvement plan's views (admin Plan and Jira tabs, the survey's weighing, the follow-up
 * and commitments macros, the Jira issue panel), behind the fake bridge of ./harness. Every payload is parsed with
 * the contract's own schema (what the real resolver would refuse fails here too, and is recorded in `invalid`);
 * answers follow the contract's views and its rules (revisions, what may be edited, the 100-point ballot, one
 * issue per action). Keys it does not own go to `fallback` (the admin page's fake, for access, campaigns, people).
 */
import { criteriaOf, DEFAULT_MODEL } from '../../src/domain/model/model';
import type { JiraLink } from '../../src/domain/plan/action';
import { inputSchemaOf, isResolverKey, type Payload, type ResolverKey } from '../../src/shared/contract';
import type { ReviewSnapshot } from '../../src/shared/contract/followup';
import type { CommitmentsView } from '../../src/shared/contract/commitments';
import type { IssuePanelView } from '../../src/shared/contract/issue-panel';
import type { ActionView, JiraStatus, PlanView, SuggestionView } from '../../src/shared/contract/plan';
import type { JiraProjectView } from '../../src/shared/contract/jira-settings';
import type { WeighingSummary, WeighingView } from '../../src/shared/contract/weighing';
import { fail, issue, ok, type Result } from '../../src/shared/result';
import { USERS } from './admin-harness';
import { failure } from './harness';

export const CRITERIA = criteriaOf(DEFAULT_MODEL).map(({ criterion }) => criterion);
export const criterionText = (id: string, locale: 'en-US' | 'fr-FR' = 'en-US') =>
  CRITERIA.find((c) => c.id === id)!.text[locale];

let counter = 0;
/** Action ids as the server makes them: `act-` and 16 hex digits. */
export const newActionId = () => `act-${(++counter).toString(16).padStart(16, '0')}`;

export const GRACE = USERS.find((u) => u.displayName === 'Grace Okafor')!;
export const ALICE = USERS.find((u) => u.displayName === 'Alice Martin')!;

export function actionView(overrides: Partial<ActionView> = {}): ActionView {
  return {
    id: newActionId(),
    title: 'Weekly status mail to requesters',
    description: 'Every Monday, the buyer sends the status of open requests.',
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

/** A created action, read from Jira: `category` its status category. */
export function createdAction(
  key: string,
  category: 'new' | 'indeterminate' | 'done',
  overrides: Partial<ActionView> = {},
): ActionView {
  const statusName = { new: 'To Do', indeterminate: 'In Progress', done: 'Done' }[category];
  return actionView({
    selected: true,
    jira: { state: 'created', id: '10001', key, createdAt: Date.UTC(2026, 3, 1), linked: true },
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
  return { status: 'notOpen', ballots: 0, suppressed: true, values: {}, ...overrides };
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
        title: 'Weekly status mail',
        description: 'A status of open requests every Monday.',
        criteria: [{ id: CRITERIA[0]!.id, text: CRITERIA[0]!.text }],
      },
      {
        id: 'act-00000000000000a2',
        title: 'Supplier safety files checked',
        description: '',
        criteria: [],
      },
      {
        id: 'act-00000000000000a3',
        title: 'One contact per department',
        description: 'Each department knows its buyer.',
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
        title: 'Weekly status mail',
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
        title: 'Weekly status mail',
        description: 'A status of open requests every Monday.',
        criteria: [{ id: CRITERIA[0]!.id, text: CRITERIA[0]!.text }],
        status: 'inProgress',
        dueDate: '2026-06-30',
      },
      {
        id: 'act-00000000000000c2',
        title: 'One contact per department',
        description: '',
        criteria: [],
        status: 'done',
      },
      {
        id: 'act-00000000000000c3',
        title: 'Supplier safety files checked',
        description: '',
        criteria: [],
        status: 'planned',
        dueDate: '2026-09-30',
      },
    ],
    progress: { total: 3, done: 1, inProgress: 1, planned: 1 },
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
    action: { id: 'act-00000000000000d1', title: 'Weekly status mail' },
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

export interface PlanState {
  plan: PlanView;
  weighing: WeighingView;
  reviews: ReviewSnapshot[];
  commitments: CommitmentsView;
  issuePanel: IssuePanelView;
  jiraTarget?: { projectKey: string; issueTypeId: string };
  projects: JiraProjectView[];
}

type Handler = (payload: never) => Result<unknown>;

export class FakePlanBackend {
  state: PlanState;
  readonly calls: { key: string; payload: unknown }[] = [];
  readonly invalid: { key: string; payload: unknown; issues: string }[] = [];
  /** What Jira does with each create, by attempt (1 = first): a link, as the server would record it. */
  jiraCreate: (action: ActionView, attempt: number) => JiraLink = (_action, _attempt) => ({
    state: 'created',
    id: String(20000 + this.issueCount),
    key: `PROC-${++this.issueCount}`,
    createdAt: Date.UTC(2026, 3, 10),
    linked: true,
  });
  /** What `plan/refresh` says of Jira (default: as the plan says). */
  refreshJira: JiraStatus | null = null;
  private issueCount = 0;
  private attempts = new Map<string, number>();
  private overrides = new Map<string, (payload: unknown) => Result<unknown>>();

  constructor(
    seed: Partial<PlanState> = {},
    private readonly fallback?: (key: string, payload: unknown) => Result<unknown>,
  ) {
    this.state = {
      plan: planView(),
      weighing: weighingView(),
      reviews: [],
      commitments: commitmentsView(),
      issuePanel: issuePanelFound(),
      projects: PROJECTS,
      ...seed,
    };
  }

  keys = (): string[] => this.calls.map((c) => c.key);
  payloadsOf = (key: ResolverKey): unknown[] => this.calls.filter((c) => c.key === key).map((c) => c.payload);
  override = (key: ResolverKey, answer: (payload: unknown) => Result<unknown>) =>
    this.overrides.set(key, answer);

  private progress(actions: ActionView[]): PlanView['progress'] {
    return planView({ actions }).progress;
  }

  private setActions(actions: ActionView[]) {
    this.state.plan = { ...this.state.plan, actions, progress: this.progress(actions) };
  }

  private find(actionId: string, revision: number): ActionView | Result<never> {
    const action = this.state.plan.actions.find((a) => a.id === actionId);
    if (!action) return fail('NOT_FOUND', 'plan.actionMissing');
    if (action.revision !== revision) return fail('CONFLICT', 'plan.stale');
    return action;
  }

  private replace(next: ActionView): Result<ActionView> {
    this.setActions(this.state.plan.actions.map((a) => (a.id === next.id ? next : a)));
    return ok(next);
  }

  private readonly handlers: { [K in ResolverKey]?: (p: Payload<K>) => Result<unknown> } = {
    'plan/get': () => ok(this.state.plan),
    'plan/saveAction': (p) => {
      if (!this.state.plan.canEdit) return fail('FORBIDDEN', 'forbidden.editPlan');
      const owner = p.ownerAccountId ? USERS.find((u) => u.accountId === p.ownerAccountId) : undefined;
      const fields = {
        title: p.title,
        description: p.description,
        criterionIds: p.criterionIds,
        ...(owner ? { owner } : {}),
        ...(p.dueDate ? { dueDate: p.dueDate } : {}),
      };
      if (p.actionId === undefined) {
        if (p.revision !== 0) return fail('INVALID_PAYLOAD', 'campaign.newAtRevisionZero');
        const created = actionView(fields);
        this.setActions([...this.state.plan.actions, created]);
        return ok(created);
      }
      const current = this.find(p.actionId, p.revision);
      if ('ok' in current) return current;
      if (current.jira.state === 'created' || current.jira.state === 'pending')
        return fail('CONFLICT', 'plan.notEditable');
      const { owner: _owner, dueDate: _due, ...kept } = current;
      return this.replace({ ...kept, ...fields, revision: current.revision + 1 });
    },
    'plan/deleteAction': (p) => {
      const current = this.find(p.actionId, p.revision);
      if ('ok' in current) return current;
      if (current.jira.state === 'created' || current.jira.state === 'pending')
        return fail('CONFLICT', 'plan.hasIssue');
      this.setActions(this.state.plan.actions.filter((a) => a.id !== p.actionId));
      return ok({ deleted: true });
    },
    'plan/select': (p) => {
      const current = this.find(p.actionId, p.revision);
      if ('ok' in current) return current;
      return this.replace({ ...current, selected: p.selected, revision: current.revision + 1 });
    },
    'plan/adjust': (p) => {
      const current = this.find(p.actionId, p.revision);
      if ('ok' in current) return current;
      const adjustment = {
        at: Date.UTC(2026, 4, 2),
        by: GRACE.accountId,
        previousDueDate: current.dueDate ?? null,
        dueDate: p.dueDate,
        reason: p.reason,
      };
      return this.replace({
        ...current,
        dueDate: p.dueDate,
        adjustments: [...current.adjustments, adjustment],
        adjustmentCount: current.adjustmentCount + 1,
        revision: current.revision + 1,
      });
    },
    'plan/createIssues': () => {
      if (!this.state.plan.canEdit) return fail('FORBIDDEN', 'forbidden.editPlan');
      if (this.state.plan.jira.kind === 'notConfigured') return fail('FORBIDDEN', 'jira.notConfigured');
      let created = 0;
      let failed = 0;
      let pending = 0;
      const actions = this.state.plan.actions.map((a) => {
        if (!a.selected || (a.jira.state !== 'none' && a.jira.state !== 'failed')) return a;
        const attempt = (this.attempts.get(a.id) ?? 0) + 1;
        this.attempts.set(a.id, attempt);
        const jira = this.jiraCreate(a, attempt);
        if (jira.state === 'created') created += 1;
        else if (jira.state === 'failed') failed += 1;
        else if (jira.state === 'pending') pending += 1;
        return {
          ...a,
          jira,
          revision: a.revision + 1,
          ...(jira.state === 'created'
            ? { issueUrl: `https://example.atlassian.net/browse/${jira.key}` }
            : {}),
        };
      });
      this.setActions(actions);
      return ok({ created, failed, pending, plan: this.state.plan });
    },
    'plan/refresh': () => {
      if (this.refreshJira) this.state.plan = { ...this.state.plan, jira: this.refreshJira };
      return ok(this.state.plan);
    },
    'weighing/open': (p) => {
      if (this.state.plan.weighing.status !== 'notOpen')
        return fail('CONFLICT', 'weighing.alreadyOpen', { status: this.state.plan.weighing.status });
      if (p.closesOn < '2026-01-01')
        return fail('INVALID_PAYLOAD', 'request.invalid', { key: 'weighing/open' }, [
          issue('closesOn', 'weighing.closesInPast'),
        ]);
      const weighing = weighingSummary({ status: 'open', closesOn: p.closesOn });
      this.state.plan = { ...this.state.plan, weighing };
      return ok(weighing);
    },
    'weighing/close': () => {
      const weighing = { ...this.state.plan.weighing, status: 'closed' as const };
      this.state.plan = { ...this.state.plan, weighing };
      return ok(weighing);
    },
    'jira-settings/get': () => ok(this.state.jiraTarget ? { target: this.state.jiraTarget } : {}),
    'jira-settings/project': (p) => {
      const project = this.state.projects.find((x) => x.key === p.projectKey);
      return project ? ok(project) : fail('NOT_FOUND', 'jira.notFound');
    },
    'jira-settings/save': (p) => {
      const project = this.state.projects.find((x) => x.key === p.projectKey);
      if (!project) return fail('NOT_FOUND', 'jira.notFound');
      if (!project.issueTypes.some((it) => it.id === p.issueTypeId))
        return fail('INVALID_PAYLOAD', 'jira.noIssueType');
      this.state.jiraTarget = { projectKey: p.projectKey, issueTypeId: p.issueTypeId };
      return ok(project);
    },
    'weighing/get': () => ok(this.state.weighing),
    'weighing/submit': (p) => {
      if (this.state.weighing.status !== 'open') return fail('CONFLICT', 'weighing.notOpen');
      const total = Object.values(p.points).reduce((sum, n) => sum + n, 0);
      if (total !== 100)
        return fail('INVALID_PAYLOAD', 'weighing.invalid', undefined, [
          issue('points', 'weighing.total', { total }),
        ]);
      const myBallot = Object.fromEntries(Object.entries(p.points).filter(([, n]) => n > 0));
      this.state.weighing = { ...this.state.weighing, myBallot };
      return ok(this.state.weighing);
    },
    'followup/get': () => ok({ plan: this.state.plan, reviews: this.state.reviews }),
    'followup/review': (p) => {
      const review = reviewSnapshot({
        id: `rev-${this.state.reviews.length + 1}`,
        comment: p.comment,
        progress: this.state.plan.progress,
        actions: [],
      });
      this.state.reviews = [review, ...this.state.reviews];
      return ok(review);
    },
    'commitments/get': () => ok(this.state.commitments),
    'issue-panel/get': () => ok(this.state.issuePanel),
  };

  resolve = (key: string, payload: unknown): unknown => {
    if (!isResolverKey(key)) return failure('NOT_FOUND', `no resolver ${key}`);
    const parsed = inputSchemaOf(key).safeParse(payload ?? {});
    this.calls.push({ key, payload });
    if (!parsed.success) {
      this.invalid.push({ key, payload, issues: parsed.error.message });
      return fail('INVALID_PAYLOAD', 'request.invalid', { key });
    }
    const custom = this.overrides.get(key);
    if (custom) return custom(parsed.data);
    // A key's handler takes that key's payload, which `parsed` is (TypeScript cannot relate the two for any key).
    const handler = this.handlers[key] as Handler | undefined;
    if (handler) return handler(parsed.data as never);
    return this.fallback ? this.fallback(key, payload) : failure('NOT_FOUND', `fake plan backend: ${key}`);
  };
}
