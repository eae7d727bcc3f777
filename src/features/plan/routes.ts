/**
 * The plan's endpoints. Reading: the campaign's team, admins, quality managers, once the campaign is closed.
 * Changing: the team and admins. Jira is called as the user, so Jira's own permissions hold too.
 */
import type { Ports } from '../../ports';
import type { JiraProjectView, JiraStatus, PlanView, planContract } from '../../shared/contract/plan';
import { fail, isFailure, ok, type Result } from '../../shared/result';
import type { Request, RouteTable } from '../router';
import { adjustAction, deleteAction, jiraRefusal, saveAction, selectAction } from './actions';
import { createIssues } from './create-issues';
import { enterPlan } from './policy';
import { refreshActions } from './sync';
import { fullPlanView } from './plan-view';
import { jiraStatusOf } from './views';

export async function getPlan(request: Request<'plan/get'>, ports: Ports): Promise<Result<PlanView>> {
  const caller = await enterPlan(ports, request.payload.campaignId, request, 'read');
  if (isFailure(caller)) return caller;
  const [target, actions] = await Promise.all([
    ports.jiraSettings.read(),
    ports.actions.list(caller.campaign.id),
  ]);
  return ok(await fullPlanView(ports, caller, request.accountId, actions, jiraStatusOf(target)));
}

/** The refresh button: every created issue's state, as the user, one search per 100 issues. */
export async function refreshPlan(request: Request<'plan/refresh'>, ports: Ports): Promise<Result<PlanView>> {
  const caller = await enterPlan(ports, request.payload.campaignId, request, 'read');
  if (isFailure(caller)) return caller;
  const [target, actions] = await Promise.all([
    ports.jiraSettings.read(),
    ports.actions.list(caller.campaign.id),
  ]);
  const outcome = await refreshActions(ports, 'user', actions);
  const jira: JiraStatus = outcome.problem
    ? {
        kind: 'unavailable',
        problem: outcome.problem as Extract<JiraStatus, { kind: 'unavailable' }>['problem'],
        ...(target ? { projectKey: target.projectKey } : {}),
      }
    : jiraStatusOf(target);
  return ok(await fullPlanView(ports, caller, request.accountId, outcome.actions, jira));
}

async function projectView(ports: Ports, projectKey: string): Promise<Result<JiraProjectView>> {
  const answer = await ports.jira.project('user', projectKey);
  if (!answer.ok) return jiraRefusal(answer.problem.kind);
  const { key, name, issueTypes } = answer.value;
  return ok({
    key,
    name,
    issueTypes: issueTypes.filter((t) => !t.subtask).map(({ id, name }) => ({ id, name })),
  });
}

export const planRoutes = {
  'plan/get': { requires: 'signed-in', handle: getPlan },
  'plan/saveAction': { requires: 'signed-in', handle: saveAction },
  'plan/deleteAction': { requires: 'signed-in', handle: deleteAction },
  'plan/select': { requires: 'signed-in', handle: selectAction },
  'plan/adjust': { requires: 'signed-in', handle: adjustAction },
  'plan/createIssues': { requires: 'signed-in', handle: createIssues },
  'plan/refresh': { requires: 'signed-in', handle: refreshPlan },
  'jira-settings/get': {
    requires: { anyOf: ['admin', 'team'], refusal: 'forbidden.jiraSettings' },
    handle: async (_request, ports) => {
      const target = await ports.jiraSettings.read();
      return ok(target ? { target } : {});
    },
  },
  'jira-settings/save': {
    requires: { anyOf: ['admin'], refusal: 'forbidden.jiraSettings' },
    handle: async ({ payload }, ports) => {
      // Checked against Jira as the admin: a project they cannot see, or a type it does not have, is refused.
      const project = await projectView(ports, payload.projectKey);
      if (isFailure(project)) return project;
      if (!project.data.issueTypes.some((t) => t.id === payload.issueTypeId)) {
        return fail('INVALID_PAYLOAD', 'jira.noIssueType');
      }
      await ports.jiraSettings.save({ projectKey: project.data.key, issueTypeId: payload.issueTypeId });
      return project;
    },
  },
  'jira-settings/project': {
    requires: { anyOf: ['admin'], refusal: 'forbidden.jiraSettings' },
    handle: ({ payload }, ports) => projectView(ports, payload.projectKey),
  },
} satisfies RouteTable<typeof planContract>;
