/** Jira settings: where the plan's issues go. Admins save them (checked against Jira as the admin); buyers read. */
import type { Ports } from '../../ports';
import type { JiraProjectView, jiraSettingsContract } from '../../shared/contract/jira-settings';
import { fail, isFailure, ok, type Result } from '../../shared/result';
import { jiraRefusal } from '../plan';
import type { RouteTable } from '../router';

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

export const jiraSettingsRoutes = {
  'jira-settings/get': {
    requires: { anyOf: ['admin', 'team'], refusal: 'forbidden.jiraSettings' },
    handle: async (_request, ports) => {
      const [target, notices] = await Promise.all([ports.jiraSettings.read(), ports.jiraSettings.notices()]);
      return ok({ ...(target ? { target } : {}), notices });
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
  /** The only key about notices: on or off and their language. Sending them is the scheduled job's alone. */
  'jira-settings/notices': {
    requires: { anyOf: ['admin'], refusal: 'forbidden.jiraSettings' },
    handle: async ({ payload }, ports) => {
      await ports.jiraSettings.saveNotices(payload);
      return ok(payload);
    },
  },
} satisfies RouteTable<typeof jiraSettingsContract>;
