/**
 * The plan board's state: the plan as the server last described it, what is in flight, and the one notice above
 * the plan (the last operation's outcome). A full plan from the server (refresh, issue creation) replaces
 * everything; a single action's reply replaces that action, and the progress is counted again the way the server
 * counts it, so the figures never lag behind the rows.
 */
import type { ActionView, CreationReport, PlanView } from '@shared/contract/plan';
import type { WeighingSummary } from '@shared/contract/weighing';
import type { Notice as SharedNotice } from '../../components/NoticeBanner';

/** The shared notices, and the report of an issue creation. */
export type Notice = SharedNotice | { kind: 'report'; created: number; failed: number; pending: number };

/** What is being sent: one at a time for the plan-wide operations, per action for a row's own. */
export type Working = 'create' | 'refresh' | 'weighing' | `select:${string}`;

export interface PlanState {
  plan: PlanView;
  working: ReadonlySet<Working>;
  notice: Notice | null;
}

export type PlanAction =
  | { type: 'working'; what: Working; value: boolean }
  /** `notice`: the new notice (null: none), or absent to keep the current one. */
  | { type: 'plan'; plan: PlanView; notice?: Notice | null }
  | { type: 'report'; report: CreationReport }
  | { type: 'action'; action: ActionView; notice?: Notice }
  | { type: 'removed'; actionId: string; notice?: Notice }
  | { type: 'weighing'; weighing: WeighingSummary; notice?: Notice }
  | { type: 'notice'; notice: Notice | null };

/** The plan's progress, as the server counts it: over the selected actions only. */
export function progressOf(actions: readonly ActionView[]): PlanView['progress'] {
  const selected = actions.filter((a) => a.selected);
  return {
    selected: selected.length,
    created: selected.filter((a) => a.jira.state === 'created').length,
    done: selected.filter((a) => a.current?.statusCategory === 'done').length,
    overdue: selected.filter((a) => a.overdue).length,
  };
}

const withActions = (plan: PlanView, actions: ActionView[]): PlanView => ({
  ...plan,
  actions,
  progress: progressOf(actions),
});

export const initialPlanState = (plan: PlanView): PlanState => ({ plan, working: new Set(), notice: null });

export function planReducer(state: PlanState, action: PlanAction): PlanState {
  switch (action.type) {
    case 'working': {
      const working = new Set(state.working);
      if (action.value) working.add(action.what);
      else working.delete(action.what);
      return { ...state, working };
    }
    case 'plan':
      return {
        ...state,
        plan: action.plan,
        notice: action.notice === undefined ? state.notice : action.notice,
      };
    case 'report': {
      const { created, failed, pending, plan } = action.report;
      return { ...state, plan, notice: { kind: 'report', created, failed, pending } };
    }
    case 'action': {
      const exists = state.plan.actions.some((a) => a.id === action.action.id);
      const actions = exists
        ? state.plan.actions.map((a) => (a.id === action.action.id ? action.action : a))
        : [...state.plan.actions, action.action];
      return { ...state, plan: withActions(state.plan, actions), notice: action.notice ?? state.notice };
    }
    case 'removed':
      return {
        ...state,
        plan: withActions(
          state.plan,
          state.plan.actions.filter((a) => a.id !== action.actionId),
        ),
        notice: action.notice ?? state.notice,
      };
    case 'weighing':
      return {
        ...state,
        plan: { ...state.plan, weighing: action.weighing },
        notice: action.notice ?? state.notice,
      };
    case 'notice':
      return { ...state, notice: action.notice };
  }
}

/** Selected actions with no issue, or a failed one: what "Create N Jira issues" sends (the server's rule). */
export const awaitingCreation = (actions: readonly ActionView[]): ActionView[] =>
  actions.filter((a) => a.selected && (a.jira.state === 'none' || a.jira.state === 'failed'));

/** Text and criteria change until the issue exists; after that Jira holds the truth. */
export const isEditable = (action: ActionView): boolean =>
  action.jira.state === 'none' || action.jira.state === 'failed';

/** One of the candidates customers are weighing right now: it stays as they read it until the weighing closes. */
export const isUnderWeighing = (weighing: WeighingSummary, actionId: string): boolean =>
  weighing.status === 'open' && weighing.candidateIds.includes(actionId);

/**
 * Why the weighing's values are hidden: still open (values show once it is closed), closed with fewer ballots than
 * the campaign's minimum group size, or closed and settling (they show in a few minutes).
 */
export const hiddenBecause = (weighing: WeighingSummary): 'whileOpen' | 'tooFew' | 'settling' =>
  weighing.status !== 'closed'
    ? 'whileOpen'
    : weighing.ballots < weighing.minimumGroup
      ? 'tooFew'
      : 'settling';
