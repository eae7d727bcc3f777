/**
 * Search (`/rest/api/3/search/jql`): JQL over the issues the caller may browse, issue properties only where a
 * `jira:entityProperty` module indexes them, Jira's validation and page caps, and signed `nextPageToken`s.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { modulesOf, type AppManifest } from '../../events/manifest';
import { errorAnswer, isObject, type Answer } from './answers';
import { clausesOf, evaluate, JqlError, parseJql, type JqlClause, type JqlQuery } from './jql';
import { mayBrowse, PROJECT } from './model';
import { selectFields, type IssueRepresentation } from './representation';
import type { IssueRecord, JiraStore } from './store';
import type { IndexedProperty } from './types';

/** Jira's page cap: up to 5000 when only ids or keys are asked, 100 as soon as fields are. */
const MAX_PAGE_IDS = 5000;
const MAX_PAGE_FIELDS = 100;
const DEFAULT_PAGE = 50;
const MAX_RECONCILE = 50;

/** The issue property values the manifest asks Jira to index (`jira:entityProperty`, `jira:entityPropertySet`). */
export function indexedPropertiesOf(manifest: AppManifest): IndexedProperty[] {
  const declarations = [
    ...modulesOf(manifest, 'jira:entityProperty'),
    ...modulesOf(manifest, 'jira:entityPropertySet').flatMap((set) =>
      Array.isArray(set.properties) ? (set.properties as unknown[]).filter(isObject) : [],
    ),
  ];
  return declarations
    .filter((declaration) => (declaration.entityType ?? 'issue') === 'issue')
    .flatMap((declaration) =>
      (Array.isArray(declaration.values) ? (declaration.values as unknown[]) : [])
        .filter(isObject)
        .map((value) => ({
          propertyKey: typeof declaration.propertyKey === 'string' ? declaration.propertyKey : '',
          path: typeof value.path === 'string' ? value.path : '',
          type: typeof value.type === 'string' ? value.type : 'string',
        })),
    );
}

/** The values at a dotted path of a property; arrays on the way match by any of their items, as Jira indexes them. */
function valueAt(value: unknown, path: string): unknown[] {
  const spread = (item: unknown): unknown[] => (Array.isArray(item) ? (item as unknown[]) : [item]);
  let current: unknown[] = [value];
  for (const part of path.split('.')) {
    current = current
      .flatMap(spread)
      .map((item) => (isObject(item) ? item[part] : undefined))
      .filter((item) => item !== undefined);
  }
  return current.flatMap(spread);
}

export interface SearchInput {
  jql?: string;
  fields: string[];
  properties: string[];
  maxResults?: number;
  nextPageToken?: string;
  reconcileIssues: number[];
}

export type Search = (input: SearchInput, caller: string | undefined) => Answer;

/** The search of one sandbox: its page tokens are signed with a secret of this start. */
export function issueSearch(
  store: JiraStore,
  indexed: readonly IndexedProperty[],
  { issueBean }: Pick<IssueRepresentation, 'issueBean'>,
  logger: { warn(message: string): void },
): Search {
  const data = () => store.data;
  const tokenSecret = randomBytes(16);
  const warnedUnindexed = new Set<string>();

  /** Signed with this start's secret: a forged token, or one of another query, is refused as Jira refuses it. */
  function pageToken(jql: string, offset: number): string {
    const mac = createHmac('sha256', tokenSecret)
      .update(`${offset}\n${jql}`)
      .digest('base64url')
      .slice(0, 22);
    return Buffer.from(JSON.stringify({ o: offset, m: mac })).toString('base64url');
  }

  function offsetOf(token: string, jql: string): number | undefined {
    try {
      const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown };
      if (typeof parsed.o !== 'number' || !Number.isInteger(parsed.o) || parsed.o < 0) return undefined;
      return pageToken(jql, parsed.o) === token ? parsed.o : undefined;
    } catch {
      return undefined;
    }
  }

  function clauseMatches(clause: JqlClause, issue: IssueRecord): boolean {
    const field = clause.field;
    if (field.kind === 'key')
      return clause.values.some((value) => value.toUpperCase() === issue.key || value === issue.id);
    if (field.kind === 'project')
      return clause.values.some((value) => value.toUpperCase() === PROJECT.key || value === PROJECT.id);
    const index = indexed.find((p) => p.propertyKey === field.propertyKey && p.path === field.path);
    if (!index) return false;
    const found = valueAt(issue.properties[field.propertyKey], field.path);
    return clause.values.some((value, i) =>
      found.some((candidate) =>
        index.type === 'number'
          ? !clause.quoted[i] && typeof candidate === 'number' && candidate === Number(value)
          : typeof candidate === 'string' && candidate === value,
      ),
    );
  }

  /** Checks that do not depend on the issues, as Jira's JQL validation does before it searches. */
  function validate(query: JqlQuery): string | undefined {
    for (const clause of clausesOf(query.where)) {
      const field = clause.field;
      if (field.kind === 'project') {
        const unknown = clause.values.find((v) => v.toUpperCase() !== PROJECT.key && v !== PROJECT.id);
        if (unknown !== undefined) return `The value '${unknown}' does not exist for the field 'project'.`;
      } else if (field.kind === 'key') {
        const invalid = clause.values.find((v) => !/^[A-Z][A-Z0-9_]*-\d+$/i.test(v) && !/^\d+$/.test(v));
        if (invalid !== undefined) return `The issue key '${invalid}' for field 'key' is invalid.`;
      } else {
        const index = indexed.find((p) => p.propertyKey === field.propertyKey && p.path === field.path);
        if (index?.type === 'text') return `The operator '=' is not supported by the '${field.text}' field.`;
        const name = `${field.propertyKey}.${field.path}`;
        if (!index && !warnedUnindexed.has(name)) {
          warnedUnindexed.add(name);
          logger.warn(
            `[jira sandbox] JQL searches ${field.text}, which no jira:entityProperty module of the manifest indexes: ` +
              `Jira finds no issue by it. Declare one (propertyKey: ${field.propertyKey}, values: [{path: ${field.path}, type: string}]).`,
          );
        }
      }
    }
    return undefined;
  }

  function search(input: SearchInput, caller: string | undefined): Answer {
    const jql = input.jql ?? '';
    let query: JqlQuery;
    try {
      query = parseJql(jql);
    } catch (error) {
      if (error instanceof JqlError) return errorAnswer(400, [error.message]);
      throw error;
    }
    const invalid = validate(query);
    if (invalid) return errorAnswer(400, [`Error in the JQL Query: ${invalid}`]);
    // Jira refuses the whole search when a key it names is unknown to the caller (deleted, moved, or hidden),
    // with one message per key: it does not just leave that issue out.
    const visibleKeys = new Set(mayBrowse(caller) ? data().issues.map((issue) => issue.key) : []);
    const unknownKeys = clausesOf(query.where)
      .filter((clause) => clause.field.kind === 'key')
      .flatMap((clause) => clause.values)
      .filter((value) => !/^\d+$/.test(value) && !visibleKeys.has(value.toUpperCase()));
    if (unknownKeys.length > 0) {
      return errorAnswer(
        400,
        [...new Set(unknownKeys)].map(
          (key) => `An issue with key '${key.toUpperCase()}' does not exist for field 'key'.`,
        ),
      );
    }
    if (input.reconcileIssues.length > MAX_RECONCILE)
      return errorAnswer(400, [`reconcileIssues accepts at most ${MAX_RECONCILE} issue ids.`]);
    const selection = selectFields(input.fields, 'id');
    const cap = selection.idsOnly ? MAX_PAGE_IDS : MAX_PAGE_FIELDS;
    const pageSize = Math.min(Math.max(input.maxResults ?? DEFAULT_PAGE, 0), cap);
    let offset = 0;
    if (input.nextPageToken !== undefined) {
      const found = offsetOf(input.nextPageToken, jql);
      if (found === undefined)
        return errorAnswer(400, [
          'The provided next page token is invalid or does not belong to this query.',
        ]);
      offset = found;
    }
    // Searches are read-after-write consistent here: reconcileIssues has nothing to add, it is only checked.
    const matched = mayBrowse(caller)
      ? data().issues.filter((issue) => evaluate(query.where!, (clause) => clauseMatches(clause, issue)))
      : [];
    const sorts = query.orderBy.length > 0 ? query.orderBy : [{ field: 'key' as const, descending: false }];
    const sortValue = (issue: IssueRecord, field: 'key' | 'created' | 'updated') =>
      field === 'key' ? Number(issue.id) : field === 'created' ? issue.createdMs : issue.updatedMs;
    matched.sort((a, b) => {
      for (const sort of sorts) {
        const diff = sortValue(a, sort.field) - sortValue(b, sort.field);
        if (diff !== 0) return sort.descending ? -diff : diff;
      }
      return Number(a.id) - Number(b.id);
    });
    const page = matched.slice(offset, offset + pageSize);
    const end = offset + page.length;
    const isLast = end >= matched.length;
    return {
      status: 200,
      body: {
        issues: page.map((issue) => issueBean(issue, selection, input.properties)),
        ...(isLast ? {} : { nextPageToken: pageToken(jql, end) }),
        isLast,
      },
    };
  }

  return search;
}
