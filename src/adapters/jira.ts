/**
 * Jira's REST API for the plan (src/ports/jira.ts), through @forge/api's requestJira: as the user in resolvers,
 * as the app in triggers and jobs. Every reply is parsed here; a status is turned into a JiraProblem once, with
 * Jira's own messages kept (they say which field a create refused) and `Retry-After` read.
 */
import api, { route } from '@forge/api';
import { z } from 'zod';
import type { JiraProblem } from '../domain/plan/creation';
import { ACTION_PROPERTY_KEY, type IssueDraft } from '../domain/plan/jira-issue';
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
  type RemoteLink,
} from '../ports/jira';

type Route = ReturnType<typeof route>;

const errorBodySchema = z
  .object({
    errorMessages: z.array(z.string()).optional(),
    errors: z.record(z.string(), z.string()).optional(),
  })
  .loose();

const messagesOf = (body: unknown): string[] => {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return [];
  return [
    ...(parsed.data.errorMessages ?? []),
    ...Object.entries(parsed.data.errors ?? {}).map(([field, message]) => `${field}: ${message}`),
  ].slice(0, 10);
};

/** `Retry-After` in seconds (Jira sends seconds; an HTTP date is read too). */
function retryAfterOf(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 900);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.min(900, Math.ceil((at - Date.now()) / 1000)));
}

function problemOf(status: number, body: unknown, headers: Headers): JiraProblem {
  const messages = messagesOf(body);
  const retryAfterSeconds = retryAfterOf(headers);
  const retry = retryAfterSeconds === undefined ? {} : { retryAfterSeconds };
  if (status === 401 || status === 403) return { kind: 'forbidden', status, messages };
  if (status === 404) return { kind: 'notFound', status, messages };
  if (status === 429) return { kind: 'rateLimited', status, messages, ...retry };
  if (status >= 500) return { kind: 'unavailable', status, messages, ...retry };
  return { kind: 'rejected', status, messages };
}

const shape = (status: number): JiraProblem => ({ kind: 'shape', status, messages: [] });

/** One request: the parsed body on `expected`, a JiraProblem otherwise. */
async function request<T>(
  as: JiraIdentity,
  path: Route,
  init: { method?: 'GET' | 'POST' | 'PUT'; body?: unknown },
  expected: readonly number[],
  schema: z.ZodType<T>,
): Promise<JiraAnswer<T>> {
  let response: Response;
  try {
    const client = as === 'user' ? api.asUser() : api.asApp();
    response = (await client.requestJira(path, {
      method: init.method ?? 'GET',
      headers: {
        Accept: 'application/json',
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    })) as Response;
  } catch {
    // No answer at all: the request may or may not have been carried out.
    return { ok: false, problem: { kind: 'timeout', messages: [] } };
  }
  let body: unknown = undefined;
  const text = await response.text().catch(() => '');
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!expected.includes(response.status)) {
    return { ok: false, problem: problemOf(response.status, body, response.headers) };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: shape(response.status) };
}

const createdSchema = z.object({ id: z.string(), key: z.string(), self: z.string().optional() }).loose();
const bulkSchema = z
  .object({
    issues: z.array(createdSchema).default([]),
    errors: z
      .array(
        z
          .object({
            failedElementNumber: z.number().int().nonnegative().optional(),
            elementErrors: errorBodySchema.optional(),
            status: z.number().int().optional(),
          })
          .loose(),
      )
      .default([]),
  })
  .loose();

const categorySchema = z.enum(['new', 'indeterminate', 'done']);
const jiraTime = z.string().transform((value, ctx) => {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: 'not a time' });
    return z.NEVER;
  }
  return ms;
});
const issueFieldsSchema = z
  .object({
    status: z.object({ name: z.string(), statusCategory: z.object({ key: categorySchema }).loose() }).loose(),
    assignee: z.object({ accountId: z.string() }).loose().nullable().optional(),
    duedate: z.string().nullable().optional(),
    updated: jiraTime,
  })
  .loose();
const searchSchema = z
  .object({
    issues: z
      .array(
        z
          .object({
            id: z.string(),
            key: z.string(),
            self: z.string().optional(),
            fields: z.unknown().optional(),
            properties: z.record(z.string(), z.unknown()).optional(),
          })
          .loose(),
      )
      .default([]),
    nextPageToken: z.string().nullable().optional(),
    isLast: z.boolean().optional(),
  })
  .loose();
const actionPropertySchema = z.object({ actionId: z.string() }).loose();
const projectSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    issueTypes: z
      .array(z.object({ id: z.string(), name: z.string(), subtask: z.boolean().optional() }).loose())
      .default([]),
  })
  .loose();

/** `https://site/rest/api/3/issue/10001` → `https://site/browse/PROC-1`: only an https site address. */
function browseUrlOf(self: string | undefined, key: string): string | undefined {
  if (!self) return undefined;
  try {
    const url = new URL(self);
    return url.protocol === 'https:' ? `${url.origin}/browse/${encodeURIComponent(key)}` : undefined;
  } catch {
    return undefined;
  }
}

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

export function stateOf(issue: { id: string; key: string; fields?: unknown }): IssueState | undefined {
  const fields = issueFieldsSchema.safeParse(issue.fields);
  if (!fields.success) return undefined;
  return {
    id: issue.id,
    key: issue.key,
    updated: fields.data.updated,
    statusCategory: fields.data.status.statusCategory.key,
    statusName: fields.data.status.name,
    assigneeAccountId: fields.data.assignee?.accountId ?? null,
    dueDate: fields.data.duedate ?? null,
  };
}

/** `An issue with key 'PROC-9' does not exist for field 'key'.`: the keys Jira names, among those asked. */
function missingKeysOf(messages: readonly string[], asked: readonly string[]): string[] {
  const named = messages.flatMap((m) => [...m.matchAll(/key '([A-Z][A-Z0-9_]*-\d+)'/g)].map((g) => g[1]!));
  return asked.filter((key) => named.includes(key));
}

export const STATE_FIELDS = ['status', 'assignee', 'duedate', 'updated'] as const;

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
          application: { type: 'com.atlassian.confluence', name: 'Confluence' },
          relationship: 'Improvement plan',
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
}
