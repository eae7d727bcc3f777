import { z } from 'zod';
import type { Action } from '../../domain/plan';
import type { RecordKind } from './record';

/** An action's text: English always, French when the team gave it. */
const textSchema = z.object({ 'en-US': z.string(), 'fr-FR': z.string().optional() });

const categorySchema = z.enum(['new', 'indeterminate', 'done']);
const problemSchema = z.enum([
  'notConnected',
  'forbidden',
  'notFound',
  'rateLimited',
  'unavailable',
  'timeout',
  'rejected',
  'shape',
]);

const jiraSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none') }),
  z.object({
    state: z.literal('pending'),
    attempt: z.number().int(),
    since: z.number(),
    by: z.string(),
    linkTo: z.object({ url: z.string(), title: z.string() }).optional(),
  }),
  z.object({
    state: z.literal('created'),
    id: z.string(),
    key: z.string(),
    createdAt: z.number(),
    linked: z.boolean(),
    url: z.string().optional(),
    linkTo: z.object({ url: z.string(), title: z.string() }).optional(),
  }),
  z.object({
    state: z.literal('failed'),
    problem: problemSchema,
    messages: z.array(z.string()),
    at: z.number(),
    attempt: z.number().int(),
  }),
]);

const observationSchema = z.object({
  updated: z.number(),
  statusCategory: categorySchema,
  statusName: z.string(),
  assigneeAccountId: z.string().nullable(),
  dueDate: z.string().nullable(),
});

/**
 * The `action` entity (key = action id). `jiraIssueId` repeats the created issue's id as a plain attribute, for
 * the `jiraIssueId` index that maps a Jira event back to its action.
 */
/** One due-date adjustment, inline in the action and in its log (`plan-adjustment:*`, which adds schemaVersion). */
export const adjustmentSchema = z
  .object({
    at: z.number(),
    by: z.string(),
    previousDueDate: z.string().nullable(),
    dueDate: z.string(),
    reason: z.string(),
  })
  .strip();

/**
 * Version 2 stores the texts as `titles` and `descriptions` (`any` attributes, English and maybe French): the
 * entity's `title` and `description` attributes are strings, which version-1 records hold, and a deployed
 * entity's attribute is not retyped.
 */
const actionRecordSchema = z.object({
  schemaVersion: z.literal(2),
  id: z.string(),
  campaignId: z.string(),
  titles: textSchema,
  descriptions: textSchema,
  criterionIds: z.array(z.string()),
  ownerAccountId: z.string().optional(),
  dueDate: z.string().optional(),
  selected: z.boolean(),
  jira: jiraSchema,
  jiraIssueId: z.string().optional(),
  followUp: z
    .object({
      current: observationSchema,
      sightings: z.array(z.object({ at: z.number(), to: categorySchema, toName: z.string() })),
    })
    .optional(),
  notice: z
    .object({
      at: z.number(),
      outcome: z.enum(['claimed', 'sent', 'refused', 'unknown', 'deferred']),
      problem: problemSchema.optional(),
    })
    .optional(),
  adjustments: z.array(adjustmentSchema),
  /** Absent in records written before the adjustment log: their inline list was the whole history. */
  adjustmentCount: z.number().int().min(0).optional(),
  createdBy: z.string(),
  createdAt: z.number(),
  revision: z.number().int(),
});
export type ActionRecord = z.infer<typeof actionRecordSchema>;

export const ACTION_RECORD: RecordKind<ActionRecord> = {
  name: 'action',
  version: 2,
  schema: actionRecordSchema,
  migrations: { 1: translatableTexts },
};

/**
 * Version 1 → 2: the title and description become texts with languages. A version-1 text was typed in one
 * language nobody recorded; it becomes the English (default) text, which every reader falls back to, until the
 * team edits the action and gives a French one.
 */
function translatableTexts({
  title,
  description,
  ...record
}: Record<string, unknown>): Record<string, unknown> {
  return { ...record, schemaVersion: 2, titles: { 'en-US': title }, descriptions: { 'en-US': description } };
}

export function toActionRecord({ title, description, ...action }: Action): ActionRecord {
  return {
    schemaVersion: 2,
    ...action,
    titles: title,
    descriptions: description,
    ...(action.jira.state === 'created' ? { jiraIssueId: action.jira.id } : {}),
  };
}

export function fromActionRecord(record: ActionRecord): Action {
  const {
    schemaVersion: _version,
    jiraIssueId: _issueId,
    adjustmentCount,
    titles,
    descriptions,
    ...action
  } = record;
  return {
    ...action,
    title: titles,
    description: descriptions,
    adjustmentCount: adjustmentCount ?? action.adjustments.length,
  };
}
