/**
 * Jira's REST API for the plan (src/ports/jira.ts), through @forge/api's requestJira: as the user in resolvers,
 * as the app in triggers and jobs. Every reply is parsed here; a status is turned into a JiraProblem once, with
 * Jira's own messages kept (they say which field a create refused) and `Retry-After` read.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { ACTION_PROPERTY_KEY, type IssueDraft } from '../domain/plan';
import {
  SEARCH_PAGE_LIMIT,
  type BulkOutcome,
  type CreatedIssue,
  type IssueState,
  type IssueStates,
  type JiraAnswer,
  type JiraIdentity,
  type JiraPort,
  type JiraProject,
  type JiraTarget,
  type IssueNotice,
  type RemoteLink,
} from '../ports/jira';
import { messagesOf, request, shape } from './jira-request';
import {
  STATE_FIELDS,
  actionPropertySchema,
  browseUrlOf,
  bulkSchema,
  missingKeysOf,
  projectSchema,
  searchSchema,
  stateOf,
} from './jira-replies';

/** Ids the app writes itself, checked again before they enter JQL. */
const ACTION_ID = /^act-[a-f0-9]{16}$/;
const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,49}-[1-9][0-9]{0,9}$/;

const issueUpdateOf = (target: JiraTarget, draft: IssueDraft) => ({
  fields: {
    project: { key: target.projectKey },
    issuetype: { id: target.issueTypeId },
    summary: draft.summary,
    description: draft.description,
    labels: draft.labels,
    ...(draft.assigneeAccountId ? { assignee: { accountId: draft.assigneeAccountId } } : {}),
    ...(draft.dueDate ? { duedate: draft.dueDate } : {}),
  },
  properties: [
    { key: ACTION_PROPERTY_KEY, value: { actionId: draft.actionId, campaignId: draft.campaignId } },
  ],
});

export class JiraClient implements JiraPort {
  async createIssues(
    as: JiraIdentity,
    target: JiraTarget,
    drafts: readonly IssueDraft[],
  ): Promise<JiraAnswer<BulkOutcome>> {
    const answer = await request(
      as,
      route`/rest/api/3/issue/bulk`,
      { method: 'POST', body: { issueUpdates: drafts.map((d) => issueUpdateOf(target, d)) } },
      [201, 400],
      bulkSchema,
    );
    if (!answer.ok) return answer;
    const failed = new Map(
      answer.value.errors
        .filter((e) => e.failedElementNumber !== undefined)
        .map((e) => [e.failedElementNumber!, messagesOf(e.elementErrors)]),
    );
    // Jira lists the created issues in request order, the failed elements left out.
    const succeeded = drafts.filter((_, index) => !failed.has(index));
    if (succeeded.length !== answer.value.issues.length) return { ok: false, problem: shape(201) };
    return {
      ok: true,
      value: {
        created: succeeded.map((draft, i) => {
          const issue = answer.value.issues[i]!;
          const url = browseUrlOf(issue.self, issue.key);
          return { actionId: draft.actionId, id: issue.id, key: issue.key, ...(url ? { url } : {}) };
        }),
        rejected: drafts.flatMap((draft, index) =>
          failed.has(index) ? [{ actionId: draft.actionId, messages: failed.get(index)! }] : [],
        ),
      },
    };
  }

  async findByActionIds(as: JiraIdentity, actionIds: readonly string[]): Promise<JiraAnswer<CreatedIssue[]>> {
    const ids = [...new Set(actionIds)].filter((id) => ACTION_ID.test(id));
    if (ids.length === 0) return { ok: true, value: [] };
    const jql = ids.map((id) => `issue.property[${ACTION_PROPERTY_KEY}].actionId = "${id}"`).join(' OR ');
    const found: CreatedIssue[] = [];
    let nextPageToken: string | undefined;
    do {
      const answer = await request(
        as,
        route`/rest/api/3/search/jql`,
        {
          method: 'POST',
          body: {
            jql,
            fields: ['summary'],
            properties: [ACTION_PROPERTY_KEY],
            maxResults: SEARCH_PAGE_LIMIT,
            ...(nextPageToken ? { nextPageToken } : {}),
          },
        },
        [200],
        searchSchema,
      );
      if (!answer.ok) return answer;
      for (const issue of answer.value.issues) {
        const property = actionPropertySchema.safeParse(issue.properties?.[ACTION_PROPERTY_KEY]);
        if (property.success && ids.includes(property.data.actionId)) {
          const url = browseUrlOf(issue.self, issue.key);
          found.push({
            actionId: property.data.actionId,
            id: issue.id,
            key: issue.key,
            ...(url ? { url } : {}),
          });
        }
      }
      nextPageToken = answer.value.isLast === false ? (answer.value.nextPageToken ?? undefined) : undefined;
    } while (nextPageToken);
    return { ok: true, value: found };
  }

  /**
   * Jira refuses a whole `key in (...)` search when one key no longer exists (deleted, or moved to another
   * project): those keys are read out of its messages and the search runs once more without them.
   */
  async states(as: JiraIdentity, keys: readonly string[]): Promise<JiraAnswer<IssueStates>> {
    let valid = [...new Set(keys)].filter((key) => ISSUE_KEY.test(key)).slice(0, SEARCH_PAGE_LIMIT);
    const missing: string[] = [];
    for (let round = 0; round < 2 && valid.length > 0; round += 1) {
      const answer = await request(
        as,
        route`/rest/api/3/search/jql`,
        {
          method: 'POST',
          body: {
            jql: `key in (${valid.join(', ')})`,
            fields: [...STATE_FIELDS],
            maxResults: SEARCH_PAGE_LIMIT,
          },
        },
        [200],
        searchSchema,
      );
      if (!answer.ok) {
        const gone = answer.problem.kind === 'rejected' ? missingKeysOf(answer.problem.messages, valid) : [];
        if (gone.length === 0 || round > 0) return answer;
        missing.push(...gone);
        valid = valid.filter((key) => !gone.includes(key));
        continue;
      }
      const states = answer.value.issues.map(stateOf);
      if (states.some((s) => s === undefined)) return { ok: false, problem: shape(200) };
      return { ok: true, value: { states: states as IssueState[], missing } };
    }
    return { ok: true, value: { states: [], missing } };
  }

  async addRemoteLink(as: JiraIdentity, issueKey: string, link: RemoteLink): Promise<JiraAnswer<void>> {
    const answer = await request(
      as,
      route`/rest/api/3/issue/${issueKey}/remotelink`,
      {
        method: 'POST',
        body: {
          globalId: link.globalId,
          // No relationship: Jira then says "links to" in each reader's own language; ours would be one language.
          application: { type: 'com.atlassian.confluence', name: 'Confluence' },
          object: { url: link.url, title: link.title },
        },
      },
      [200, 201],
      z.unknown(),
    );
    return answer.ok ? { ok: true, value: undefined } : answer;
  }

  async setDueDate(as: JiraIdentity, issueKey: string, dueDate: string): Promise<JiraAnswer<void>> {
    const answer = await request(
      as,
      route`/rest/api/3/issue/${issueKey}`,
      { method: 'PUT', body: { fields: { duedate: dueDate } } },
      [204],
      z.unknown(),
    );
    return answer.ok ? { ok: true, value: undefined } : answer;
  }

  async canBrowse(as: JiraIdentity, issueId: string): Promise<JiraAnswer<boolean>> {
    if (!/^[0-9]{1,18}$/.test(issueId)) return { ok: true, value: false };
    const answer = await request(
      as,
      route`/rest/api/3/issue/${issueId}?fields=summary`,
      {},
      [200],
      z.object({ id: z.string() }).loose(),
    );
    if (answer.ok) return { ok: true, value: answer.value.id === issueId };
    return answer.problem.kind === 'notFound' ? { ok: true, value: false } : answer;
  }

  async project(as: JiraIdentity, projectKey: string): Promise<JiraAnswer<JiraProject>> {
    const answer = await request(as, route`/rest/api/3/project/${projectKey}`, {}, [200], projectSchema);
    if (!answer.ok) return answer;
    const { id, key, name, issueTypes } = answer.value;
    return {
      ok: true,
      value: {
        id,
        key,
        name,
        issueTypes: issueTypes.map((t) => ({ id: t.id, name: t.name, subtask: !!t.subtask })),
      },
    };
  }

  async notify(as: JiraIdentity, issueKey: string, notice: IssueNotice): Promise<JiraAnswer<void>> {
    if (!ISSUE_KEY.test(issueKey)) return { ok: false, problem: { kind: 'notFound', messages: [] } };
    const answer = await request(
      as,
      route`/rest/api/3/issue/${issueKey}/notify`,
      {
        method: 'POST',
        body: {
          ...notice,
          to: { assignee: true, watchers: true, reporter: false, voters: false },
          // Only people who may see the issue: a watcher who lost access hears nothing of it.
          restrict: { permissions: [{ key: 'BROWSE' }] },
        },
      },
      [204],
      z.unknown(),
    );
    return answer.ok ? { ok: true, value: undefined } : answer;
  }
}
