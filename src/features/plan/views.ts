/** The plan as the UI reads it: each action with its Jira state, history and overdue flag. */
import { dayOf } from '../../domain/common';
import type { EvaluationModel } from '../../domain/model';
import type { Action } from '../../domain/plan';
import { isOverdue, statusChanges } from '../../domain/followup';
import type { Ports } from '../../ports';
import type { JiraTarget } from '../../ports/jira';
import type { StoredCampaign } from '../../ports/campaigns';
import type { UserRef } from '../../shared/contract/common';
import type { ActionView, JiraStatus, PlanView, SuggestionView } from '../../shared/contract/plan';
import type { WeighingSummary } from '../../shared/contract/weighing';
import { peopleOf } from '../common';

export function actionViewOf(action: Action, today: string, person: (id: string) => UserRef): ActionView {
  const current = action.followUp?.current;
  return {
    id: action.id,
    title: action.title,
    description: action.description,
    criterionIds: action.criterionIds,
    ...(action.ownerAccountId ? { owner: person(action.ownerAccountId) } : {}),
    ...(action.dueDate ? { dueDate: action.dueDate } : {}),
    selected: action.selected,
    jira: action.jira,
    ...(current ? { current } : {}),
    history: statusChanges(action.followUp),
    overdue: action.jira.state === 'created' && isOverdue(action.followUp, action.dueDate, today),
    adjustments: action.adjustments,
    adjustmentCount: action.adjustmentCount,
    revision: action.revision,
    ...(action.jira.state === 'created' && action.jira.url ? { issueUrl: action.jira.url } : {}),
    ...(action.notice ? { lastNotice: action.notice } : {}),
  };
}

/** Oldest first, as drafted. */
const byCreation = (a: Action, b: Action) => a.createdAt - b.createdAt || a.id.localeCompare(b.id);

export interface PlanExtras {
  model: EvaluationModel | null;
  weighing: WeighingSummary;
  suggestions: SuggestionView[];
  resultsPreparing: boolean;
  resultsHidden: boolean;
  importanceSource: PlanView['importanceSource'];
}

export async function planViewOf(
  ports: Pick<Ports, 'confluence' | 'clock'>,
  campaign: StoredCampaign,
  actions: readonly Action[],
  canEdit: boolean,
  jira: JiraStatus,
  extras: PlanExtras,
): Promise<PlanView> {
  const person = await peopleOf(
    ports,
    actions.flatMap((a) => (a.ownerAccountId ? [a.ownerAccountId] : [])),
  );
  const today = dayOf(ports.clock.now());
  const views = inDraftOrder(actions).map((a) => actionViewOf(a, today, person));
  return {
    campaign: { id: campaign.id, name: campaign.name, period: campaign.period, status: campaign.status },
    ...extras,
    canEdit,
    jira,
    actions: views,
    progress: progressOf(views),
  };
}

/** The plan's progress over its selected actions. */
export function progressOf(views: readonly ActionView[]): PlanView['progress'] {
  const selected = views.filter((a) => a.selected);
  return {
    selected: selected.length,
    created: selected.filter((a) => a.jira.state === 'created').length,
    done: selected.filter((a) => a.current?.statusCategory === 'done').length,
    overdue: selected.filter((a) => a.overdue).length,
  };
}

/** Where the plan's issues go, as the plan tells it. */
export const jiraStatusOf = (target: JiraTarget | undefined): JiraStatus =>
  target ? { kind: 'ready', ...target } : { kind: 'notConfigured' };

/** Oldest first, as drafted. */
export const inDraftOrder = (actions: readonly Action[]): Action[] => [...actions].sort(byCreation);
