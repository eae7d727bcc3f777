/**
 * The improvement plan's keys (plan, weighing, followup, commitments, issue-panel, jira-settings) with the
 * contract's rules: revisions, what may be edited (an action with an issue is Jira's, a candidate being weighed is
 * the customers'), one issue per action (a failed creation is retried, a created one never sent twice), the
 * 100-point ballot, and a weighing opened once.
 */
import { fail, issue, ok, type Result } from '../../../src/shared/result';
import type { ActionView, CreationReport, PlanView } from '../../../src/shared/contract/plan';
import type { Handlers } from './fake';
import type { BackendState } from './state';
import { GRACE, USERS } from './views/people';
import { actionView, planView, reviewSnapshot, weighingSummary } from './views/plan';

const todayUtc = () => new Date().toISOString().slice(0, 10);

const progressOf = (actions: ActionView[]): PlanView['progress'] => planView({ actions }).progress;

function setActions(state: BackendState, actions: ActionView[]) {
  state.plan = { ...state.plan, actions, progress: progressOf(actions) };
}

function find(state: BackendState, actionId: string, revision: number): ActionView | Result<never> {
  const action = state.plan.actions.find((a) => a.id === actionId);
  if (!action) return fail('NOT_FOUND', 'plan.actionMissing');
  if (action.revision !== revision) return fail('CONFLICT', 'plan.stale');
  return action;
}

/** One of the candidates customers are weighing right now: its text stays as they read it. */
const underWeighing = (state: BackendState, actionId: string): boolean =>
  state.plan.weighing.status === 'open' && state.plan.weighing.candidateIds.includes(actionId);

function replace(state: BackendState, next: ActionView): Result<ActionView> {
  setActions(
    state,
    state.plan.actions.map((a) => (a.id === next.id ? next : a)),
  );
  return ok(next);
}

/** Creates the issues of the selected actions that have none (or whose creation failed), as Jira answers. */
function createIssues(
  state: BackendState,
  attempts: Map<string, number>,
  only?: readonly string[],
): Result<CreationReport> {
  if (!state.plan.canEdit) return fail('FORBIDDEN', 'forbidden.editPlan');
  if (state.plan.jira.kind === 'notConfigured') return fail('FORBIDDEN', 'jira.notConfigured');
  let created = 0;
  let failed = 0;
  let pending = 0;
  const actions = state.plan.actions.map((a) => {
    if (!a.selected || (a.jira.state !== 'none' && a.jira.state !== 'failed')) return a;
    if (only && !only.includes(a.id)) return a;
    const attempt = (attempts.get(a.id) ?? 0) + 1;
    attempts.set(a.id, attempt);
    const jira = state.jiraCreate(a, attempt);
    if (jira.state === 'created') created += 1;
    else if (jira.state === 'failed') failed += 1;
    else if (jira.state === 'pending') pending += 1;
    return {
      ...a,
      jira,
      revision: a.revision + 1,
      ...(jira.state === 'created' ? { issueUrl: `https://example.atlassian.net/browse/${jira.key}` } : {}),
    };
  });
  setActions(state, actions);
  return ok({ created, failed, pending, plan: state.plan });
}

export const planHandlers = (state: BackendState): Handlers => {
  const attempts = new Map<string, number>();
  return {
    'plan/get': () => ok(state.plan),
    'plan/saveAction': (p) => {
      if (!state.plan.canEdit) return fail('FORBIDDEN', 'forbidden.editPlan');
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
        setActions(state, [...state.plan.actions, created]);
        return ok(created);
      }
      const current = find(state, p.actionId, p.revision);
      if ('ok' in current) return current;
      if (current.jira.state === 'created' || current.jira.state === 'pending')
        return fail('CONFLICT', 'plan.notEditable');
      if (underWeighing(state, current.id)) return fail('CONFLICT', 'plan.inWeighing');
      const { owner: _owner, dueDate: _due, ...kept } = current;
      return replace(state, { ...kept, ...fields, revision: current.revision + 1 });
    },
    'plan/deleteAction': (p) => {
      const current = find(state, p.actionId, p.revision);
      if ('ok' in current) return current;
      if (current.jira.state === 'created' || current.jira.state === 'pending')
        return fail('CONFLICT', 'plan.hasIssue');
      if (underWeighing(state, current.id)) return fail('CONFLICT', 'plan.inWeighing');
      setActions(
        state,
        state.plan.actions.filter((a) => a.id !== p.actionId),
      );
      return ok({ deleted: true });
    },
    'plan/select': (p) => {
      const current = find(state, p.actionId, p.revision);
      if ('ok' in current) return current;
      return replace(state, { ...current, selected: p.selected, revision: current.revision + 1 });
    },
    'plan/adjust': (p) => {
      const current = find(state, p.actionId, p.revision);
      if ('ok' in current) return current;
      const adjustment = {
        at: Date.UTC(2026, 4, 2),
        by: GRACE.accountId,
        previousDueDate: current.dueDate ?? null,
        dueDate: p.dueDate,
        reason: p.reason,
      };
      // The server sets the date in Jira, then reads the issue back: Jira's state and the late flag are new at once.
      const seen = current.current ? { ...current.current, dueDate: p.dueDate } : undefined;
      const overdue =
        current.jira.state === 'created' && seen?.statusCategory !== 'done' && p.dueDate < todayUtc();
      return replace(state, {
        ...current,
        dueDate: p.dueDate,
        ...(seen ? { current: seen } : {}),
        overdue,
        adjustments: [...current.adjustments, adjustment].slice(-20),
        adjustmentCount: current.adjustmentCount + 1,
        revision: current.revision + 1,
      });
    },
    'plan/adjustments': (p) => {
      const action = state.plan.actions.find((a) => a.id === p.actionId);
      if (!action) return fail('NOT_FOUND', 'plan.actionMissing');
      const log = state.adjustmentLogs.get(p.actionId) ?? action.adjustments;
      const adjustments = log.slice(p.from, p.from + 25);
      const next = p.from + adjustments.length;
      return ok({ adjustments, total: log.length, ...(next < log.length ? { next } : {}) });
    },
    'plan/createIssues': (p) => createIssues(state, attempts, p.actionIds),
    'plan/refresh': () => {
      if (state.refreshJira) state.plan = { ...state.plan, jira: state.refreshJira };
      return ok(state.plan);
    },
  };
};

export const weighingHandlers = (state: BackendState): Handlers => ({
  'weighing/open': (p) => {
    if (state.plan.weighing.status !== 'notOpen')
      return fail('CONFLICT', 'weighing.alreadyOpen', { status: state.plan.weighing.status });
    if (p.closesOn < '2026-01-01')
      return fail('INVALID_PAYLOAD', 'request.invalid', { key: 'weighing/open' }, [
        issue('closesOn', 'weighing.closesInPast'),
      ]);
    const weighing = weighingSummary({
      status: 'open',
      closesOn: p.closesOn,
      candidateIds: state.plan.actions.map((a) => a.id),
    });
    state.plan = { ...state.plan, weighing };
    return ok(weighing);
  },
  'weighing/close': () => {
    const weighing = { ...state.plan.weighing, status: 'closed' as const };
    state.plan = { ...state.plan, weighing };
    return ok(weighing);
  },
  'weighing/get': () => (state.weighing ? ok(state.weighing) : fail('NOT_FOUND', 'campaign.missing')),
  'weighing/submit': (p) => {
    if (state.weighing?.status !== 'open') return fail('CONFLICT', 'weighing.notOpen');
    const total = Object.values(p.points).reduce((sum, n) => sum + n, 0);
    if (total !== 100)
      return fail('INVALID_PAYLOAD', 'weighing.invalid', undefined, [
        issue('points', 'weighing.total', { total }),
      ]);
    const myBallot = Object.fromEntries(Object.entries(p.points).filter(([, n]) => n > 0));
    state.weighing = { ...state.weighing, myBallot };
    return ok(state.weighing);
  },
});

export const followUpHandlers = (state: BackendState): Handlers => ({
  'followup/get': () => ok({ plan: state.plan, reviews: state.reviews }),
  'followup/review': (p) => {
    const review = reviewSnapshot({
      id: `rev-${state.reviews.length + 1}`,
      comment: p.comment,
      progress: state.plan.progress,
      actions: [],
    });
    state.reviews = [review, ...state.reviews];
    return ok(review);
  },
  'commitments/get': () => ok(state.commitments),
  'issue-panel/get': () => ok(state.issuePanel),
});

export const jiraSettingsHandlers = (state: BackendState): Handlers => ({
  'jira-settings/get': () =>
    ok({ ...(state.jiraTarget ? { target: state.jiraTarget } : {}), notices: state.notices }),
  'jira-settings/notices': (p) => {
    state.notices = p;
    return ok(p);
  },
  'jira-settings/project': (p) => {
    const project = state.projects.find((x) => x.key === p.projectKey);
    return project ? ok(project) : fail('NOT_FOUND', 'jira.notFound');
  },
  'jira-settings/save': (p) => {
    const project = state.projects.find((x) => x.key === p.projectKey);
    if (!project) return fail('NOT_FOUND', 'jira.notFound');
    if (!project.issueTypes.some((it) => it.id === p.issueTypeId))
      return fail('INVALID_PAYLOAD', 'jira.noIssueType');
    state.jiraTarget = { projectKey: p.projectKey, issueTypeId: p.issueTypeId };
    return ok(project);
  },
});
