/**
 * What Jira checks in a create request beyond the OpenAPI schema (whose `fields` is any object): the fields of
 * PROC's create screen, their values, who may create, who may be assigned, and the issue properties written with
 * the issue. Failures use Jira's wording, keyed by field as Jira keys them.
 */
import { ISSUE_TYPES, isAssignable, mayBrowse, PROJECT } from './model';

export interface IssueDraft {
  issueTypeId: string;
  summary: string;
  description: unknown;
  labels: string[];
  duedate: string | null;
  assigneeAccountId: string | null;
  properties: Record<string, unknown>;
}

export interface FieldErrors {
  status: number;
  errorMessages: string[];
  errors: Record<string, string>;
}

export type DraftCheck = { ok: true; draft: IssueDraft } | ({ ok: false } & FieldErrors);

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const SCREEN_FIELDS = new Set([
  'project',
  'issuetype',
  'summary',
  'description',
  'labels',
  'duedate',
  'assignee',
]);
const PROPERTY_VALUE_MAX = 32768;

const ADF_BLOCKS = new Set([
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'codeBlock',
  'rule',
  'panel',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'expand',
  'nestedExpand',
  'taskList',
  'taskItem',
  'decisionList',
  'decisionItem',
  'mediaSingle',
  'mediaGroup',
  'media',
  'blockCard',
  'embedCard',
]);
const ADF_INLINES = new Set(['text', 'hardBreak', 'mention', 'emoji', 'inlineCard', 'date', 'status']);

function isAdfNode(node: unknown, depth: number): boolean {
  if (depth > 64 || !isObject(node) || typeof node.type !== 'string') return false;
  if (!ADF_BLOCKS.has(node.type) && !ADF_INLINES.has(node.type)) return false;
  if (node.attrs !== undefined && !isObject(node.attrs)) return false;
  if (node.type === 'text') {
    if (typeof node.text !== 'string' || node.text === '') return false;
    if (
      node.marks !== undefined &&
      !(
        Array.isArray(node.marks) &&
        node.marks.every((mark) => isObject(mark) && typeof mark.type === 'string')
      )
    )
      return false;
  }
  if (node.content === undefined) return true;
  return Array.isArray(node.content) && node.content.every((child) => isAdfNode(child, depth + 1));
}

/** `{type: 'doc', version: 1, content: [...]}` with known nodes, text only inside blocks. */
export function isAdfDocument(value: unknown): boolean {
  return (
    isObject(value) &&
    value.type === 'doc' &&
    value.version === 1 &&
    Array.isArray(value.content) &&
    value.content.every((node) => isAdfNode(node, 1) && ADF_BLOCKS.has((node as JsonObject).type as string))
  );
}

export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Checks one `IssueUpdateDetails` of a create as `caller` (undefined: the app). */
export function checkCreate(body: unknown, caller: string | undefined): DraftCheck {
  const fail = (errors: Record<string, string>, errorMessages: string[] = [], status = 400): DraftCheck => ({
    ok: false,
    status,
    errorMessages,
    errors,
  });
  if (!isObject(body)) return fail({}, ['Can not deserialize the request body: an object was expected.']);
  const update = body.update;
  if (isObject(update) && Object.keys(update).length > 0)
    return fail({}, [
      'The local Jira sandbox does not implement `update` operations on create: set the values in `fields`.',
    ]);
  if (body.transition !== undefined)
    return fail({}, [
      'The local Jira sandbox does not implement a transition on create: issues start in To Do.',
    ]);
  const fields = isObject(body.fields) ? body.fields : {};

  // The screen depends on the project: Jira checks nothing else until it has one the caller may create in.
  const project = fields.project;
  const projectMatches =
    isObject(project) &&
    ((typeof project.key === 'string' && project.key.toUpperCase() === PROJECT.key) ||
      (typeof project.id === 'string' && project.id === PROJECT.id) ||
      (typeof project.id === 'number' && String(project.id) === PROJECT.id));
  if (!projectMatches || !mayBrowse(caller)) return fail({ project: 'Specify a valid project ID or key' });

  const errors: Record<string, string> = {};
  const type = fields.issuetype;
  const issueType = isObject(type)
    ? ISSUE_TYPES.find(
        (candidate) =>
          ((typeof type.id === 'string' || typeof type.id === 'number') &&
            String(type.id) === candidate.id) ||
          (typeof type.name === 'string' && type.name.toLowerCase() === candidate.name.toLowerCase()),
      )
    : undefined;
  if (type === undefined || type === null) errors.issuetype = 'Specify an issue type';
  else if (!issueType) errors.issuetype = 'The issue type selected is invalid.';

  const summary = fields.summary;
  if (summary === undefined || summary === null || (typeof summary === 'string' && summary.trim() === ''))
    errors.summary = 'You must specify a summary of the issue.';
  else if (typeof summary !== 'string') errors.summary = 'Operation value must be a string';
  else if (/[\r\n]/.test(summary))
    errors.summary = 'The summary is invalid because it contains newline characters.';
  else if (summary.length > 255) errors.summary = 'Summary must be less than 255 characters.';

  const description = fields.description ?? null;
  if (description !== null && !isAdfDocument(description))
    errors.description = 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';

  const labels = fields.labels ?? [];
  if (!Array.isArray(labels) || labels.some((label) => typeof label !== 'string'))
    errors.labels = 'Operation value must be an array of strings';
  else {
    const spaced = (labels as string[]).find((label) => /\s/.test(label));
    const long = (labels as string[]).find((label) => label.length > 255);
    if (spaced !== undefined) errors.labels = `The label '${spaced}' contains spaces which is invalid.`;
    else if (long !== undefined)
      errors.labels = `The label '${long}' exceeds the maximum length for a single label of 255 characters.`;
    else if ((labels as string[]).includes('')) errors.labels = 'A label cannot be empty.';
  }

  const duedate = fields.duedate ?? null;
  if (duedate !== null && (typeof duedate !== 'string' || !isCalendarDate(duedate)))
    errors.duedate = `Error parsing date string: ${typeof duedate === 'string' ? duedate : JSON.stringify(duedate)}`;

  const assignee = fields.assignee ?? null;
  let assigneeAccountId: string | null = null;
  if (assignee !== null) {
    if (!isObject(assignee) || typeof assignee.accountId !== 'string')
      errors.assignee = 'Specify the assignee by accountId';
    else if (!isAssignable(assignee.accountId))
      errors.assignee = `User '${assignee.accountId}' cannot be assigned issues.`;
    else assigneeAccountId = assignee.accountId;
  }

  for (const name of Object.keys(fields)) {
    if (!SCREEN_FIELDS.has(name))
      errors[name] = `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.`;
  }

  const properties: Record<string, unknown> = {};
  const propertyMessages: string[] = [];
  for (const property of Array.isArray(body.properties) ? (body.properties as unknown[]) : []) {
    if (!isObject(property) || typeof property.key !== 'string' || property.key === '') {
      propertyMessages.push('An issue property needs a key.');
      continue;
    }
    if (property.key.length > 255)
      propertyMessages.push('The property key can not be longer than 255 characters.');
    else if (JSON.stringify(property.value ?? null).length > PROPERTY_VALUE_MAX)
      propertyMessages.push(`The property value can not be longer than ${PROPERTY_VALUE_MAX} characters.`);
    else properties[property.key] = property.value ?? null;
  }

  if (Object.keys(errors).length > 0 || propertyMessages.length > 0) return fail(errors, propertyMessages);
  return {
    ok: true,
    draft: {
      issueTypeId: issueType!.id,
      summary: summary as string,
      description,
      labels: [...new Set(labels as string[])],
      duedate: duedate as string | null,
      assigneeAccountId,
      properties,
    },
  };
}

export const PROPERTY_VALUE_LIMIT = PROPERTY_VALUE_MAX;
