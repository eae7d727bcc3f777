/** What Jira answers, parsed at the edge: created issues, bulk outcomes, searches, projects, an issue's state. */
import { z } from 'zod';
import type { IssueState } from '../ports/jira';
import { errorBodySchema } from './jira-request';

export const createdSchema = z
  .object({ id: z.string(), key: z.string(), self: z.string().optional() })
  .loose();
export const bulkSchema = z
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

export const categorySchema = z.enum(['new', 'indeterminate', 'done']);
export const jiraTime = z.string().transform((value, ctx) => {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: 'not a time' });
    return z.NEVER;
  }
  return ms;
});
export const issueFieldsSchema = z
  .object({
    status: z.object({ name: z.string(), statusCategory: z.object({ key: categorySchema }).loose() }).loose(),
    assignee: z.object({ accountId: z.string() }).loose().nullable().optional(),
    duedate: z.string().nullable().optional(),
    updated: jiraTime,
  })
  .loose();
export const searchSchema = z
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
export const actionPropertySchema = z.object({ actionId: z.string() }).loose();
export const projectSchema = z
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
export function browseUrlOf(self: string | undefined, key: string): string | undefined {
  if (!self) return undefined;
  try {
    const url = new URL(self);
    return url.protocol === 'https:' ? `${url.origin}/browse/${encodeURIComponent(key)}` : undefined;
  } catch {
    return undefined;
  }
}

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
export function missingKeysOf(messages: readonly string[], asked: readonly string[]): string[] {
  const named = messages.flatMap((m) => [...m.matchAll(/key '([A-Z][A-Z0-9_]*-\d+)'/g)].map((g) => g[1]!));
  return asked.filter((key) => named.includes(key));
}

export const STATE_FIELDS = ['status', 'assignee', 'duedate', 'updated'] as const;
