/** Drafting the plan: candidate actions written, selected, removed, and their dates adjusted with a reason. */
import { criteriaOf } from '../../domain/model';
import { isEditable, withAdjustment, type Action, type JiraProblemKind } from '../../domain/plan';
import { isUnderWeighing } from '../../domain/weighing';
import { dayOf } from '../../domain/common';
import { observe } from '../../domain/followup';
import type { Ports } from '../../ports';
import type { ActionChange } from '../../ports/plan';
import type { ActionView, AdjustmentsPage } from '../../shared/contract/plan';
import { LIMITS } from '../../shared/limits';
import { fail, isFailure, issue, ok, type Failure, type Result } from '../../shared/result';
import { peopleOf, enterCampaign } from '../common';
import type { Request } from '../router';
import { observedIn } from './sync';
import { actionViewOf } from './views';

const actionMissing = (): Failure => fail('NOT_FOUND', 'plan.actionMissing');

/** What a Jira problem means to the person who asked. */
export function jiraRefusal(kind: JiraProblemKind): Failure {
  if (kind === 'forbidden') return fail('FORBIDDEN', 'jira.forbidden');
  if (kind === 'notFound' || kind === 'notConnected') return fail('NOT_FOUND', 'jira.notFound');
  if (kind === 'rejected') return fail('INVALID_PAYLOAD', 'jira.rejected');
  return fail('UNAVAILABLE', 'jira.unavailable');
}
const stale = (): Failure => fail('CONFLICT', 'plan.stale');

async function viewOf(ports: Pick<Ports, 'confluence' | 'clock'>, action: Action): Promise<ActionView> {
  const person = await peopleOf(ports, action.ownerAccountId ? [action.ownerAccountId] : []);
  return actionViewOf(action, dayOf(ports.clock.now()), person);
}

/** The action of this campaign at this revision, or why not. */
async function actionAt(
  ports: Pick<Ports, 'actions'>,
  campaignId: string,
  actionId: string,
  revision: number,
): Promise<Action | Failure> {
  const action = await ports.actions.read(actionId);
  // Another campaign's action is no action of this one: the same answer as none.
  if (!action || action.campaignId !== campaignId) return actionMissing();
  if (action.revision !== revision) return stale();
  return action;
}

/** Customers are weighing its text right now: it stays as they read it until the round closes. */
async function underWeighing(ports: Pick<Ports, 'plans' | 'clock'>, action: Action): Promise<boolean> {
  const plan = await ports.plans.read(action.campaignId);
  return plan !== undefined && isUnderWeighing(plan.weighing, action.id, ports.clock.now());
}

async function write(
  ports: Pick<Ports, 'actions'>,
  action: Action,
  expectedRevision: number,
  logged?: ActionChange['logged'],
) {
  const [outcome] = await ports.actions.write([{ action, expectedRevision, ...(logged ? { logged } : {}) }]);
  return outcome === 'written';
}

export async function saveAction(
  request: Request<'plan/saveAction'>,
  ports: Ports,
): Promise<Result<ActionView>> {
  const { payload, accountId } = request;
  const caller = await enterCampaign(ports, payload.campaignId, request, 'editPlan');
  if (isFailure(caller)) return caller;
  const { campaign } = caller;
  const model = await ports.models.get(campaign.modelId, campaign.modelVersion);
  if (!model) return fail('NOT_FOUND', 'model.campaignModelMissing');
  const known = new Set(criteriaOf(model).map(({ criterion }) => criterion.id));
  const unknown = payload.criterionIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) {
    return fail('INVALID_PAYLOAD', 'request.invalid', { key: 'plan/saveAction' }, [
      issue(`criterionIds.${unknown}`, 'plan.unknownCriterion'),
    ]);
  }
  const fields = {
    title: payload.title,
    description: payload.description,
    criterionIds: [...new Set(payload.criterionIds)],
    ...(payload.ownerAccountId ? { ownerAccountId: payload.ownerAccountId } : {}),
    ...(payload.dueDate ? { dueDate: payload.dueDate } : {}),
  };
  if (payload.actionId === undefined) {
    if (payload.revision !== 0) return fail('INVALID_PAYLOAD', 'campaign.newAtRevisionZero');
    const existing = await ports.actions.list(campaign.id);
    if (existing.length >= LIMITS.actions)
      return fail('CONFLICT', 'plan.tooManyActions', { max: LIMITS.actions });
    const action: Action = {
      id: ports.ids.actionId(),
      campaignId: campaign.id,
      ...fields,
      selected: false,
      jira: { state: 'none' },
      adjustments: [],
      adjustmentCount: 0,
      createdBy: accountId,
      createdAt: ports.clock.now(),
      revision: 1,
    };
    if (!(await write(ports, action, 0))) return fail('CONFLICT', 'plan.stale');
    return ok(await viewOf(ports, action));
  }
  const current = await actionAt(ports, campaign.id, payload.actionId, payload.revision);
  if (isFailure(current)) return current;
  if (!isEditable(current)) return fail('CONFLICT', 'plan.notEditable');
  if (await underWeighing(ports, current)) return fail('CONFLICT', 'plan.inWeighing');
  const { ownerAccountId: _owner, dueDate: _due, ...kept } = current;
  const next: Action = { ...kept, ...fields, revision: current.revision + 1 };
  if (!(await write(ports, next, current.revision))) return stale();
  return ok(await viewOf(ports, next));
}

export async function deleteAction(
  request: Request<'plan/deleteAction'>,
  ports: Ports,
): Promise<Result<{ deleted: true }>> {
  const { payload } = request;
  const caller = await enterCampaign(ports, payload.campaignId, request, 'editPlan');
  if (isFailure(caller)) return caller;
  const current = await actionAt(ports, caller.campaign.id, payload.actionId, payload.revision);
  if (isFailure(current)) return current;
  // Its issue exists, or may: the plan keeps the action as the trace of it.
  if (current.jira.state === 'created' || current.jira.state === 'pending') {
    return fail('CONFLICT', 'plan.hasIssue');
  }
  if (await underWeighing(ports, current)) return fail('CONFLICT', 'plan.inWeighing');
  const outcome = await ports.actions.remove(current.id, current.revision);
  return outcome === 'written' ? ok({ deleted: true }) : stale();
}

export async function selectAction(
  request: Request<'plan/select'>,
  ports: Ports,
): Promise<Result<ActionView>> {
  const { payload } = request;
  const caller = await enterCampaign(ports, payload.campaignId, request, 'editPlan');
  if (isFailure(caller)) return caller;
  const current = await actionAt(ports, caller.campaign.id, payload.actionId, payload.revision);
  if (isFailure(current)) return current;
  if (!payload.selected && (current.jira.state === 'created' || current.jira.state === 'pending')) {
    return fail('CONFLICT', 'plan.hasIssue');
  }
  const next: Action = { ...current, selected: payload.selected, revision: current.revision + 1 };
  if (!(await write(ports, next, current.revision))) return stale();
  return ok(await viewOf(ports, next));
}

/** One batch read of the log. */
const ADJUSTMENTS_PAGE = 25;

/** Every adjustment of an action, a page at a time: the record keeps only the latest, the log keeps them all. */
export async function adjustmentsOf(
  request: Request<'plan/adjustments'>,
  ports: Ports,
): Promise<Result<AdjustmentsPage>> {
  const { payload } = request;
  const caller = await enterCampaign(ports, payload.campaignId, request, 'readPlan');
  if (isFailure(caller)) return caller;
  const action = await ports.actions.read(payload.actionId);
  if (!action || action.campaignId !== caller.campaign.id) return fail('NOT_FOUND', 'plan.actionMissing');
  const total = action.adjustmentCount;
  const count = Math.min(ADJUSTMENTS_PAGE, total - payload.from);
  const adjustments = count > 0 ? await ports.actions.adjustments(action.id, payload.from, count) : [];
  const next = payload.from + adjustments.length;
  return ok({ adjustments, total, ...(adjustments.length > 0 && next < total ? { next } : {}) });
}

/**
 * The issue as Jira has it right after a change, folded into what the plan has seen: every view shows the new
 * date (and whether it is late) at once, not when the event arrives. If Jira does not answer, the event will.
 */
async function readBack(ports: Pick<Ports, 'jira'>, action: Action) {
  const state = (await observedIn(ports, 'user', [action])).get(action.id);
  return state ? observe(action.followUp, state) : action.followUp;
}

/** A new due date with its reason: recorded in the plan's history of adjustments. */
export async function adjustAction(
  request: Request<'plan/adjust'>,
  ports: Ports,
): Promise<Result<ActionView>> {
  const { payload, accountId } = request;
  const caller = await enterCampaign(ports, payload.campaignId, request, 'editPlan');
  if (isFailure(caller)) return caller;
  const current = await actionAt(ports, caller.campaign.id, payload.actionId, payload.revision);
  if (isFailure(current)) return current;
  const previous = current.followUp?.current.dueDate ?? current.dueDate ?? null;
  // The issue holds the date once it exists: Jira first, as the user (its permissions hold), then the plan's record.
  let seen = current.followUp;
  if (current.jira.state === 'created') {
    const set = await ports.jira.setDueDate('user', current.jira.key, payload.dueDate);
    if (!set.ok) return jiraRefusal(set.problem.kind);
    seen = await readBack(ports, current);
  }
  const adjustment = {
    at: ports.clock.now(),
    by: accountId,
    previousDueDate: previous,
    dueDate: payload.dueDate,
    reason: payload.reason,
  };
  const next: Action = {
    ...withAdjustment(current, adjustment),
    ...(seen ? { followUp: seen } : {}),
    revision: current.revision + 1,
  };
  const logged = [{ seq: current.adjustmentCount, adjustment }];
  if (!(await write(ports, next, current.revision, logged))) return stale();
  return ok(await viewOf(ports, next));
}
