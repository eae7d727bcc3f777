/**
 * The plan's endpoints. Reading: the campaign's team, admins, quality managers, once the campaign is closed.
 * Changing: the team and admins. Jira is called as the user, so Jira's own permissions hold too.
 */
import type { Ports } from '../../ports';
import type { JiraStatus, PlanView, planContract } from '../../shared/contract/plan';
import { isFailure, ok, type Result } from '../../shared/result';
import type { Request, RouteTable } from '../router';
import { adjustAction, adjustmentsOf, deleteAction, saveAction, selectAction } from './actions';
import { createIssues } from './create-issues';
import { enterCampaign } from '../common';
import { refreshActions } from './sync';
import { fullPlanView } from './plan-view';
import { jiraStatusOf } from './views';

export async function getPlan(request: Request<'plan/get'>, ports: Ports): Promise<Result<PlanView>> {
  const caller = await enterCampaign(ports, request.payload.campaignId, request, 'readPlan');
  if (isFailure(caller)) return caller;
  const [target, actions] = await Promise.all([
    ports.jiraSettings.read(),
    ports.actions.list(caller.campaign.id),
  ]);
  return ok(await fullPlanView(ports, caller, request.accountId, actions, jiraStatusOf(target)));
}

/** The refresh button: every created issue's state, as the user, one search per 100 issues. */
export async function refreshPlan(request: Request<'plan/refresh'>, ports: Ports): Promise<Result<PlanView>> {
  const caller = await enterCampaign(ports, request.payload.campaignId, request, 'readPlan');
  if (isFailure(caller)) return caller;
  const [target, actions] = await Promise.all([
    ports.jiraSettings.read(),
    ports.actions.list(caller.campaign.id),
  ]);
  const outcome = await refreshActions(ports, 'user', actions);
  // The other open views of the plan learn it too; this one gets it in the answer.
  if (outcome.changed > 0) await ports.live.changed(caller.campaign.id);
  const jira: JiraStatus = outcome.problem
    ? {
        kind: 'unavailable',
        problem: outcome.problem as Extract<JiraStatus, { kind: 'unavailable' }>['problem'],
        ...(target ? { projectKey: target.projectKey } : {}),
      }
    : jiraStatusOf(target);
  return ok(await fullPlanView(ports, caller, request.accountId, outcome.actions, jira));
}

export const planRoutes = {
  'plan/get': { requires: 'signed-in', handle: getPlan },
  'plan/saveAction': { requires: 'signed-in', handle: saveAction },
  'plan/deleteAction': { requires: 'signed-in', handle: deleteAction },
  'plan/select': { requires: 'signed-in', handle: selectAction },
  'plan/adjust': { requires: 'signed-in', handle: adjustAction },
  'plan/adjustments': { requires: 'signed-in', handle: adjustmentsOf },
  'plan/createIssues': { requires: 'signed-in', handle: createIssues },
  'plan/refresh': { requires: 'signed-in', handle: refreshPlan },
} satisfies RouteTable<typeof planContract>;
