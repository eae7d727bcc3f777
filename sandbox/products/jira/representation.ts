/** How Jira shows an issue: its fields as asked (`fields`, `properties`), and the plain view tests and the page use. */
import type { JiraIssueView } from './types';
import { type JsonObject } from './answers';
import {
  displayNameOf,
  ISSUE_TYPES,
  issueTypeJson,
  jiraTime,
  projectRefJson,
  statusById,
  statusJson,
  userJson,
} from './model';
import type { IssueRecord } from './store';

/** The fields an issue of PROC has; `*all` and `*navigable` are all of them here. */
export const ISSUE_FIELDS = [
  'summary',
  'status',
  'assignee',
  'reporter',
  'creator',
  'issuetype',
  'project',
  'created',
  'updated',
  'duedate',
  'labels',
  'description',
] as const;

export interface FieldSelection {
  fields: Set<string>;
  /** Only `id` (and maybe `key`) was asked: Jira then answers `{id}` issues, with the largest pages. */
  idsOnly: boolean;
  keyAsked: boolean;
}

export function selectFields(requested: string[], fallback: string): FieldSelection {
  const names = requested.length > 0 ? requested : [fallback];
  const fields = new Set<string>();
  let keyAsked = false;
  for (const name of names) {
    if (name === '*all' || name === '*navigable') ISSUE_FIELDS.forEach((field) => fields.add(field));
  }
  for (const name of names) {
    if (name.startsWith('-')) fields.delete(name.slice(1));
    else if (name === 'key') keyAsked = true;
    else if ((ISSUE_FIELDS as readonly string[]).includes(name)) fields.add(name);
  }
  const idsOnly = names.every((name) => name === 'id' || name === 'key');
  return { fields, idsOnly, keyAsked };
}

export interface IssueRepresentation {
  issueSelf: (issue: IssueRecord) => string;
  issueBean: (
    issue: IssueRecord,
    selection: FieldSelection,
    properties: string[],
    expand?: string,
  ) => Record<string, unknown>;
  view: (issue: IssueRecord) => JiraIssueView;
}

/** The representations of this site's issues (their URLs are the site's). */
export function issueRepresentation(siteUrl: string): IssueRepresentation {
  const issueSelf = (issue: IssueRecord) => `${siteUrl}/rest/api/3/issue/${issue.id}`;

  function fieldValue(issue: IssueRecord, name: string): unknown {
    switch (name) {
      case 'summary':
        return issue.summary;
      case 'status':
        return statusJson(siteUrl, statusById(issue.statusId)!);
      case 'assignee':
        return issue.assigneeAccountId ? userJson(siteUrl, issue.assigneeAccountId) : null;
      case 'reporter':
      case 'creator':
        return userJson(siteUrl, issue.reporterAccountId);
      case 'issuetype':
        return issueTypeJson(
          siteUrl,
          ISSUE_TYPES.find((t) => t.id === issue.issueTypeId)!,
        );
      case 'project':
        return projectRefJson(siteUrl);
      case 'created':
        return jiraTime(issue.createdMs);
      case 'updated':
        return jiraTime(issue.updatedMs);
      case 'duedate':
        return issue.duedate;
      case 'labels':
        return [...issue.labels];
      case 'description':
        return issue.description;
      default:
        return undefined;
    }
  }

  function propertiesOf(issue: IssueRecord, requested: string[]): JsonObject {
    const all = requested.includes('*all');
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(issue.properties)) {
      if ((all && !requested.includes(`-${key}`)) || requested.includes(key)) out[key] = value;
    }
    return out;
  }

  function issueBean(issue: IssueRecord, selection: FieldSelection, properties: string[], expand = '') {
    const props = properties.length > 0 ? { properties: propertiesOf(issue, properties) } : {};
    if (selection.fields.size === 0 && !selection.keyAsked) return { id: issue.id, ...props };
    const fields: JsonObject = {};
    for (const name of selection.fields) fields[name] = fieldValue(issue, name);
    return { expand, id: issue.id, self: issueSelf(issue), key: issue.key, fields, ...props };
  }

  function view(issue: IssueRecord): JiraIssueView {
    const status = statusById(issue.statusId)!;
    return {
      id: issue.id,
      key: issue.key,
      issueType: ISSUE_TYPES.find((t) => t.id === issue.issueTypeId)!.name,
      summary: issue.summary,
      status: status.name,
      statusCategory: status.category.key,
      assigneeAccountId: issue.assigneeAccountId,
      assigneeName: displayNameOf(issue.assigneeAccountId),
      duedate: issue.duedate,
      labels: [...issue.labels],
      created: jiraTime(issue.createdMs),
      updated: jiraTime(issue.updatedMs),
      properties: structuredClone(issue.properties),
      remoteLinks: issue.remoteLinks.map((link) => ({
        id: link.id,
        globalId: link.globalId,
        url: typeof link.object.url === 'string' ? link.object.url : '',
        title: typeof link.object.title === 'string' ? link.object.title : '',
      })),
    };
  }

  return { issueSelf, issueBean, view };
}
