/**
 * The local Jira Cloud: a small, honest emulation of exactly the Jira REST operations the app calls (the
 * committed subset openapi/jira-subset.json), answering like Jira Cloud on the wire (status codes, `{errorMessages,
 * errors}` bodies, `nextPageToken` pages, `Retry-After`), with one project (PROC), persona permissions, scripted
 * faults and the `avi:jira:updated:issue` product event. Every request and every answer is checked against the
 * OpenAPI subset (contract.ts).
 *
 * REST side: `serve(request)` (the product router calls it for every `requestJira`, backend or bridge).
 *
 * Control side (`host.jira` on the local host, or the object itself in tests), see `JiraControl`:
 * - `issues()`, `issue(key)`: the issues as plain views; `deleteIssue(key)`; `createIssue(input)` adds one directly (no request, no
 *   event), e.g. an issue a crashed run created before the app could record it, or one with a past (its times and
 *   remote links given, as the demo's plan of last year);
 * - `transition(key, 'Done', {by, delivery})`, `update(key, {assigneeAccountId, duedate, summary})`: change an issue
 *   as a person on Jira's board would, which delivers `avi:jira:updated:issue` to the app's triggers (awaited,
 *   unless events are held); `delivery: {copies, order, seed}` duplicates and reorders;
 * - `holdEvents()`, `releaseEvents({order, copies, seed})`, `heldEvents()`, `events()`, `setEventDelivery(...)`;
 * - `faults.rateLimit({retryAfterSeconds, times, method, path})`, `.unavailable(...)`, `.serverError(...)`,
 *   `.timeoutAfterEffect({timeoutAs, ...})`, `.pending()`, `.clear()`: see faults.ts;
 * - `setConnected(false)`: every call answers 404, as for a product the site does not have;
 * - `requests()`, `resetRequests()`: the request log (method, path, body, caller, status, fault);
 * - `contractViolations()`, `takeContractViolations()`; `idle()` waits for deliveries under way; `reset()`.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { loadManifest, modulesOf, type AppManifest } from '../../events/manifest';
import type { ProductEvent, TriggerDelivery } from '../../events/triggers';
import { personaById } from '../../personas';
import { siteAllowlist } from '../allowlist';
import type { SandboxRequest } from '../confluence';
import { DEMO_SITE, type DemoSite } from '../site';
import {
  JiraContractViolation,
  jiraRequestProblems,
  jiraResponseProblems,
  type JiraContractMode,
} from './contract';
import {
  EventDispatcher,
  issueUpdatedEvent,
  type ChangeItem,
  type JiraEventDelivery,
  type JiraEventSink,
} from './events';
import { createFaultScript, type JiraFaultKind, type JiraFaults, type ScheduledFault } from './faults';
import { checkCreate, isCalendarDate, PROPERTY_VALUE_LIMIT } from './fields';
import { clausesOf, evaluate, JqlError, parseJql, type JqlClause, type JqlQuery } from './jql';
import {
  APP_ACCOUNT_ID,
  displayNameOf,
  INITIAL_STATUS,
  isAssignable,
  ISSUE_TYPES,
  issueTypeJson,
  jiraTime,
  mayBrowse,
  PROJECT,
  PROJECT_LEAD,
  projectJson,
  projectRefJson,
  statusById,
  statusByName,
  STATUSES,
  statusJson,
  userJson,
  type JiraStatus,
  type JiraStatusName,
  type StatusCategoryKey,
} from './model';
import { JiraStore, type IssueRecord } from './store';

export type { JiraContractMode } from './contract';
export { JiraContractViolation } from './contract';
export type { JiraEventDelivery, JiraEventSink } from './events';
export { ISSUE_UPDATED } from './events';
export type { JiraFaultKind, JiraFaultSpec, JiraFaults, ScheduledFault, TimeoutDelivery } from './faults';
export { CREATE_PATHS } from './faults';
export type { JiraStatusName, StatusCategoryKey } from './model';
export { APP_ACCOUNT_ID, PROJECT, STATUSES } from './model';

/** A value of an issue property that Jira indexes for JQL (a `jira:entityProperty` module's `values`). */
export interface IndexedProperty {
  propertyKey: string;
  path: string;
  type: string;
}

export interface JiraSandboxOptions {
  /** The site whose URLs the answers carry. Default the demo site. */
  site?: DemoSite;
  /** JSON file the issues are kept in between runs; none keeps them in memory. */
  file?: string;
  /** What a contract violation does (contract.ts). Default `throw`. */
  contract?: JiraContractMode;
  /** Where `avi:jira:updated:issue` goes; without one, events are only recorded (`events()`). */
  deliver?: JiraEventSink;
  /** The issue property values JQL can search. Default: the `jira:entityProperty` modules of the app's manifest.yml. */
  indexedProperties?: readonly IndexedProperty[];
  /**
   * The scopes the app was granted (manifest.yml `permissions.scopes`, the default): a call to an operation they do
   * not cover answers what Forge answers, 401 "Unauthorized; scope does not match".
   */
  scopes?: readonly string[];
  now?: () => number;
  logger?: { warn(message: string): void; error(message: string): void };
}

export interface JiraServed {
  status: number;
  body?: unknown;
  headers: Record<string, string>;
  /** When set, the caller's fetch rejects with it instead of getting an answer. */
  reject?: Error;
}

export interface JiraRequestLogEntry {
  seq: number;
  method: string;
  /** Path and query, as the app sent it. */
  path: string;
  body: unknown;
  /** Who called: a persona's account id, or undefined for the app itself (asApp). */
  accountId?: string;
  /** What the caller was answered; 0 when its fetch rejected instead. */
  status: number;
  fault?: JiraFaultKind | 'not-connected' | 'contract-violation' | 'scope';
}

export interface JiraRemoteLinkView {
  id: number;
  globalId?: string;
  url: string;
  title: string;
}

export interface JiraIssueView {
  id: string;
  key: string;
  issueType: string;
  summary: string;
  status: JiraStatusName;
  statusCategory: StatusCategoryKey;
  assigneeAccountId: string | null;
  assigneeName: string | null;
  duedate: string | null;
  labels: string[];
  created: string;
  updated: string;
  properties: Record<string, unknown>;
  remoteLinks: JiraRemoteLinkView[];
}

export interface JiraIssueInput {
  summary: string;
  issueType?: 'Task' | 'Improvement';
  status?: JiraStatusName;
  assigneeAccountId?: string | null;
  duedate?: string | null;
  labels?: string[];
  description?: unknown;
  properties?: Record<string, unknown>;
  /** Default the project lead. */
  reporterAccountId?: string;
  /**
   * When the issue was created and last changed (epoch ms), for an issue with a past (the demo's plan of last
   * year); default now. Later changes still get later `updated` times.
   */
  createdMs?: number;
  updatedMs?: number;
  /** Remote links already on the issue, as `POST .../remotelink` would have made them. */
  remoteLinks?: {
    globalId?: string;
    relationship?: string;
    application?: Record<string, unknown>;
    object: { url: string; title: string };
  }[];
}

export interface JiraChangeOptions {
  /** Who makes the change (the event's `atlassianId`). Default the project lead. */
  by?: string;
  delivery?: JiraEventDelivery;
}

export interface JiraIssueChanges {
  assigneeAccountId?: string | null;
  duedate?: string | null;
  summary?: string;
}

/** What tests and the host page drive; see the module comment. */
export interface JiraControl {
  issues(): JiraIssueView[];
  issue(key: string): JiraIssueView | undefined;
  createIssue(input: JiraIssueInput): JiraIssueView;
  /** Deletes an issue as someone in Jira would (no request, no event): a key the app holds becomes unknown. */
  deleteIssue(key: string): boolean;
  transition(key: string, status: JiraStatusName, options?: JiraChangeOptions): Promise<TriggerDelivery[]>;
  update(key: string, changes: JiraIssueChanges, options?: JiraChangeOptions): Promise<TriggerDelivery[]>;
  readonly faults: JiraFaults;
  requests(): JiraRequestLogEntry[];
  resetRequests(): void;
  readonly connected: boolean;
  setConnected(connected: boolean): void;
  holdEvents(): void;
  releaseEvents(options?: JiraEventDelivery): Promise<TriggerDelivery[]>;
  readonly holdingEvents: boolean;
  heldEvents(): ProductEvent[];
  /** Every `avi:jira:updated:issue` produced so far (delivered or held), oldest first. */
  events(): ProductEvent[];
  /** Copies and order used when a change does not say (the host page's switches). */
  setEventDelivery(delivery: JiraEventDelivery): void;
  eventDelivery(): JiraEventDelivery;
  /** Waits for the event deliveries under way, those the app's own transitions started included. */
  idle(): Promise<void>;
  contractViolations(): JiraContractViolation[];
  /** Returns the violations so far and forgets them (a test that provokes one on purpose). */
  takeContractViolations(): JiraContractViolation[];
  readonly contractMode: JiraContractMode;
  /** No issues, requests, faults, held events or violations; connected. */
  reset(): void;
}

export interface JiraSandbox extends JiraControl {
  serve(request: SandboxRequest): Promise<JiraServed>;
}

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Answer {
  status: number;
  body?: unknown;
}

const errorAnswer = (
  status: number,
  errorMessages: string[],
  errors: Record<string, string> = {},
): Answer => ({
  status,
  body: { errorMessages, errors },
});

const ISSUE_NOT_FOUND = errorAnswer(404, ['Issue does not exist or you do not have permission to see it.']);

/** The fields an issue of PROC has; `*all` and `*navigable` are all of them here. */
const ISSUE_FIELDS = [
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

const MAX_BULK = 50;
/** Jira's page cap: up to 5000 when only ids or keys are asked, 100 as soon as fields are. */
const MAX_PAGE_IDS = 5000;
const MAX_PAGE_FIELDS = 100;
const DEFAULT_PAGE = 50;
const MAX_RECONCILE = 50;

const PROJECT_MANIFEST = resolve(__dirname, '..', '..', '..', 'manifest.yml');

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

function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

interface FieldSelection {
  fields: Set<string>;
  /** Only `id` (and maybe `key`) was asked: Jira then answers `{id}` issues, with the largest pages. */
  idsOnly: boolean;
  keyAsked: boolean;
}

function selectFields(requested: string[], fallback: string): FieldSelection {
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

export function createJiraSandbox(options: JiraSandboxOptions = {}): JiraSandbox {
  const site = options.site ?? DEMO_SITE;
  const siteUrl = site.siteUrl;
  const logger = options.logger ?? {
    warn: (message: string) => console.warn(message),
    error: (message: string) => console.error(message),
  };
  const mode: JiraContractMode = options.contract ?? 'throw';
  const now = options.now ?? Date.now;
  const projectManifest = () => loadManifest(PROJECT_MANIFEST).manifest;
  const indexed = options.indexedProperties ?? indexedPropertiesOf(projectManifest());
  const scopes =
    options.scopes ??
    (projectManifest() as { permissions?: { scopes?: string[] } }).permissions?.scopes ??
    [];
  const granted = siteAllowlist(scopes);
  const store = new JiraStore(options.file, now, (message) => logger.warn(message));
  const faults = createFaultScript();
  const dispatcher = new EventDispatcher(options.deliver, (message) => logger.error(message));
  const tokenSecret = randomBytes(16);
  const warnedUnindexed = new Set<string>();
  let connected = true;
  let log: JiraRequestLogEntry[] = [];
  let seq = 0;
  let violations: JiraContractViolation[] = [];

  const data = () => store.data;
  const issueSelf = (issue: IssueRecord) => `${siteUrl}/rest/api/3/issue/${issue.id}`;

  // ---- representations ----------------------------------------------------------------------------------------

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

  // ---- changes ------------------------------------------------------------------------------------------------

  function addIssue(draft: {
    issueTypeId: string;
    summary: string;
    description: unknown;
    labels: string[];
    duedate: string | null;
    assigneeAccountId: string | null;
    properties: Record<string, unknown>;
    reporterAccountId: string;
    statusId?: string;
  }): IssueRecord {
    const stamp = store.stamp();
    const number = data().nextIssueNumber++;
    const issue: IssueRecord = {
      id: String(data().nextIssueId++),
      key: `${PROJECT.key}-${number}`,
      issueTypeId: draft.issueTypeId,
      statusId: draft.statusId ?? INITIAL_STATUS.id,
      summary: draft.summary,
      description: draft.description ?? null,
      labels: draft.labels,
      duedate: draft.duedate,
      assigneeAccountId: draft.assigneeAccountId,
      reporterAccountId: draft.reporterAccountId,
      createdMs: stamp,
      updatedMs: stamp,
      properties: structuredClone(draft.properties),
      remoteLinks: [],
    };
    data().issues.push(issue);
    return issue;
  }

  /** Records one change of an issue (a later `updated`, a changelog id) and its event. */
  function changed(issue: IssueRecord, items: ChangeItem[], actor: string, previousStatusId?: string) {
    issue.updatedMs = store.stamp();
    const changelogId = data().nextChangelogId++;
    store.save();
    return issueUpdatedEvent(siteUrl, issue, { changelogId, items, actor, previousStatusId });
  }

  function moveTo(issue: IssueRecord, status: JiraStatus, actor: string): ProductEvent | undefined {
    const previous = statusById(issue.statusId)!;
    if (previous.id === status.id) return undefined;
    issue.statusId = status.id;
    const item: ChangeItem = {
      field: 'status',
      fieldtype: 'jira',
      fieldId: 'status',
      from: previous.id,
      fromString: previous.name,
      to: status.id,
      toString: status.name,
    };
    return changed(issue, [item], actor, previous.id);
  }

  // ---- REST operations ----------------------------------------------------------------------------------------

  function createOne(body: unknown, caller: string | undefined): Answer & { issue?: IssueRecord } {
    const check = checkCreate(body, caller);
    if (!check.ok) return errorAnswer(check.status, check.errorMessages, check.errors);
    const issue = addIssue({ ...check.draft, reporterAccountId: caller ?? APP_ACCOUNT_ID });
    return { status: 201, body: { id: issue.id, key: issue.key, self: issueSelf(issue) }, issue };
  }

  function bulkCreate(body: unknown, caller: string | undefined): Answer {
    const updates = isObject(body) ? body.issueUpdates : undefined;
    if (!Array.isArray(updates) || updates.length === 0)
      return errorAnswer(400, ['Bulk create needs at least one issue in issueUpdates.']);
    if (updates.length > MAX_BULK)
      return errorAnswer(400, [
        `Bulk create is limited to ${MAX_BULK} issues, and this request has ${updates.length}.`,
      ]);
    const issues: unknown[] = [];
    const errors: unknown[] = [];
    updates.forEach((update, index) => {
      const answer = createOne(update, caller);
      if (answer.issue) issues.push(answer.body);
      else
        errors.push({
          status: answer.status,
          elementErrors: answer.body,
          failedElementNumber: index,
        });
    });
    return { status: issues.length > 0 ? 201 : 400, body: { issues, errors } };
  }

  function getIssue(issue: IssueRecord, url: URL): Answer {
    const selection = selectFields(splitList(url.searchParams.getAll('fields')), '*all');
    const properties = splitList(url.searchParams.getAll('properties'));
    const bean = issueBean(
      issue,
      { ...selection, keyAsked: true },
      properties,
      'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    );
    return { status: 200, body: bean };
  }

  function setProperty(issue: IssueRecord, key: string, value: unknown): Answer {
    if (key.length > 255)
      return errorAnswer(400, ['The property key can not be longer than 255 characters.']);
    if (value === undefined) return errorAnswer(400, ['The property value is required.']);
    if (JSON.stringify(value).length > PROPERTY_VALUE_LIMIT)
      return errorAnswer(400, [
        `The property value can not be longer than ${PROPERTY_VALUE_LIMIT} characters.`,
      ]);
    const existed = Object.hasOwn(issue.properties, key);
    issue.properties[key] = structuredClone(value);
    store.save();
    return { status: existed ? 200 : 201 };
  }

  function upsertRemoteLink(issue: IssueRecord, body: unknown): Answer {
    const link = isObject(body) ? body : {};
    const object = isObject(link.object) ? link.object : undefined;
    const errors: Record<string, string> = {};
    if (!object || typeof object.title !== 'string' || object.title === '')
      errors.title = "'title' is required.";
    if (!object || typeof object.url !== 'string' || object.url === '') errors.url = "'url' is required.";
    if (Object.keys(errors).length > 0) return errorAnswer(400, [], errors);
    const globalId = typeof link.globalId === 'string' && link.globalId !== '' ? link.globalId : undefined;
    const existing = globalId
      ? issue.remoteLinks.find((candidate) => candidate.globalId === globalId)
      : undefined;
    // An update replaces the whole link: "any fields without values in the request are set to null".
    const record = {
      id: existing?.id ?? data().nextRemoteLinkId++,
      globalId,
      relationship: typeof link.relationship === 'string' ? link.relationship : undefined,
      application: isObject(link.application) ? structuredClone(link.application) : undefined,
      object: structuredClone(object!),
    };
    if (existing) issue.remoteLinks[issue.remoteLinks.indexOf(existing)] = record;
    else issue.remoteLinks.push(record);
    store.save();
    return {
      status: existing ? 200 : 201,
      body: { id: record.id, self: `${siteUrl}/rest/api/3/issue/${issue.key}/remotelink/${record.id}` },
    };
  }

  function transitionsOf(issue: IssueRecord, url: URL): Answer {
    const only = url.searchParams.get('transitionId');
    const transitions = STATUSES.filter((status) => status.id !== issue.statusId)
      .filter((status) => !only || status.transition.id === only)
      .map((status) => ({
        id: status.transition.id,
        name: status.transition.name,
        to: statusJson(siteUrl, status),
        hasScreen: false,
        isGlobal: true,
        isInitial: false,
        isAvailable: true,
        isConditional: false,
        isLooped: false,
      }));
    return { status: 200, body: { expand: 'transitions', transitions } };
  }

  function doTransition(issue: IssueRecord, body: unknown, actor: string, events: ProductEvent[]): Answer {
    const details = isObject(body) ? body : {};
    const transition = isObject(details.transition) ? details.transition : {};
    const id =
      typeof transition.id === 'string' || typeof transition.id === 'number'
        ? String(transition.id)
        : undefined;
    const target = STATUSES.find((status) => status.id !== issue.statusId && status.transition.id === id);
    if (!target) return errorAnswer(400, [`Transition id '${id ?? ''}' is not valid for this issue.`]);
    const fieldNames = [
      ...Object.keys(isObject(details.fields) ? details.fields : {}),
      ...Object.keys(isObject(details.update) ? details.update : {}),
    ];
    if (fieldNames.length > 0)
      return errorAnswer(
        400,
        [],
        Object.fromEntries(
          fieldNames.map((name) => [
            name,
            `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.`,
          ]),
        ),
      );
    const event = moveTo(issue, target, actor);
    if (event) events.push(event);
    return { status: 204 };
  }

  /**
   * Edit issue, for the fields the app changes (the due date). Jira answers 204, and a field it does not know or
   * the edit screen lacks is a 400 naming it. The change is an `issue_updated` event like any other.
   */
  function editIssue(issue: IssueRecord, body: unknown, actor: string, events: ProductEvent[]): Answer {
    const details = isObject(body) ? body : {};
    const fields = isObject(details.fields) ? details.fields : {};
    const refused = [
      ...Object.keys(fields).filter((name) => name !== 'duedate'),
      ...Object.keys(isObject(details.update) ? details.update : {}),
    ];
    if (refused.length > 0)
      return errorAnswer(
        400,
        [],
        Object.fromEntries(
          refused.map((name) => [
            name,
            `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.`,
          ]),
        ),
      );
    if (!('duedate' in fields)) return { status: 204 };
    const due = fields.duedate;
    if (due !== null && (typeof due !== 'string' || !isCalendarDate(due)))
      return errorAnswer(400, [], { duedate: `Error parsing date string: ${JSON.stringify(due)}` });
    if (due === issue.duedate) return { status: 204 };
    const item: ChangeItem = {
      field: 'duedate',
      fieldtype: 'jira',
      fieldId: 'duedate',
      from: issue.duedate,
      fromString: issue.duedate ? `${issue.duedate} 00:00:00.0` : null,
      to: due,
      toString: due ? `${due} 00:00:00.0` : null,
    };
    issue.duedate = due;
    events.push(changed(issue, [item], actor));
    return { status: 204 };
  }

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

  function search(
    input: {
      jql?: string;
      fields: string[];
      properties: string[];
      maxResults?: number;
      nextPageToken?: string;
      reconcileIssues: number[];
    },
    caller: string | undefined,
  ): Answer {
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

  function myself(caller: string | undefined): Answer {
    if (caller === undefined) return { status: 200, body: userJson(siteUrl, APP_ACCOUNT_ID) };
    const persona = personaById(caller)!;
    const groups = mayBrowse(caller)
      ? ['jira-users-procurement-demo', 'procurement-team']
      : ['confluence-users'];
    return {
      status: 200,
      body: {
        ...userJson(siteUrl, caller),
        emailAddress: persona.email,
        locale: 'en_US',
        groups: { size: groups.length, items: groups.map((name) => ({ name, groupId: `group-${name}` })) },
        applicationRoles: {
          size: mayBrowse(caller) ? 1 : 0,
          items: mayBrowse(caller) ? [{ key: 'jira-software', name: 'Jira' }] : [],
        },
        expand: 'groups,applicationRoles',
      },
    };
  }

  function handle(request: SandboxRequest, events: ProductEvent[]): Answer {
    const url = new URL(request.path, 'http://jira.local');
    const path = url.pathname.replace(/\/+$/, '');
    const method = request.method.toUpperCase();
    const caller = request.accountId;
    if (caller !== undefined && !personaById(caller))
      return errorAnswer(401, ['Client must be authenticated to access this resource.']);
    const actor = caller ?? APP_ACCOUNT_ID;

    if (path === '/rest/api/3/issue' && method === 'POST') {
      const { issue: _issue, ...answer } = createOne(request.body, caller);
      if (answer.status === 201) store.save();
      return answer;
    }
    if (path === '/rest/api/3/issue/bulk' && method === 'POST') {
      const answer = bulkCreate(request.body, caller);
      store.save();
      return answer;
    }
    if (path === '/rest/api/3/search/jql' && (method === 'GET' || method === 'POST')) {
      if (method === 'GET') {
        const maxResults = url.searchParams.get('maxResults');
        return search(
          {
            jql: url.searchParams.get('jql') ?? undefined,
            fields: splitList(url.searchParams.getAll('fields')),
            properties: splitList(url.searchParams.getAll('properties')),
            maxResults: maxResults === null ? undefined : Number(maxResults),
            nextPageToken: url.searchParams.get('nextPageToken') ?? undefined,
            reconcileIssues: splitList(url.searchParams.getAll('reconcileIssues')).map(Number),
          },
          caller,
        );
      }
      const body = isObject(request.body) ? request.body : {};
      const list = (value: unknown) =>
        Array.isArray(value) ? splitList(value.filter((v): v is string => typeof v === 'string')) : [];
      return search(
        {
          jql: typeof body.jql === 'string' ? body.jql : undefined,
          fields: list(body.fields),
          properties: list(body.properties),
          maxResults: typeof body.maxResults === 'number' ? body.maxResults : undefined,
          nextPageToken: typeof body.nextPageToken === 'string' ? body.nextPageToken : undefined,
          reconcileIssues: Array.isArray(body.reconcileIssues) ? body.reconcileIssues.map(Number) : [],
        },
        caller,
      );
    }
    if (path === '/rest/api/3/myself' && method === 'GET') return myself(caller);

    let match = /^\/rest\/api\/3\/project\/([^/]+)$/.exec(path);
    if (match && method === 'GET') {
      const wanted = decodeURIComponent(match[1]!);
      if ((wanted.toUpperCase() === PROJECT.key || wanted === PROJECT.id) && mayBrowse(caller))
        return { status: 200, body: projectJson(siteUrl) };
      return errorAnswer(404, [`No project could be found with key '${wanted}'.`]);
    }

    match = /^\/rest\/api\/3\/issue\/([^/]+)(\/.*)?$/.exec(path);
    if (match) {
      const issue = store.find(decodeURIComponent(match[1]!));
      if (!issue || !mayBrowse(caller)) return ISSUE_NOT_FOUND;
      const rest = match[2] ?? '';
      if (rest === '' && method === 'GET') return getIssue(issue, url);
      if (rest === '' && method === 'PUT') return editIssue(issue, request.body, actor, events);
      const property = /^\/properties\/([^/]+)$/.exec(rest);
      if (property && method === 'GET') {
        const key = decodeURIComponent(property[1]!);
        if (!Object.hasOwn(issue.properties, key))
          return errorAnswer(404, [`The property with key '${key}' does not exist.`]);
        return { status: 200, body: { key, value: structuredClone(issue.properties[key]) } };
      }
      if (property && method === 'PUT')
        return setProperty(issue, decodeURIComponent(property[1]!), request.body);
      if (rest === '/remotelink' && method === 'POST') return upsertRemoteLink(issue, request.body);
      if (rest === '/transitions' && method === 'GET') return transitionsOf(issue, url);
      if (rest === '/transitions' && method === 'POST')
        return doTransition(issue, request.body, actor, events);
    }
    return errorAnswer(404, [`The local Jira sandbox does not implement ${method} ${path}.`]);
  }

  // ---- the wire -----------------------------------------------------------------------------------------------

  function violation(side: 'request' | 'response', method: string, path: string, problems: string[]) {
    const found = new JiraContractViolation(side, method, path, problems);
    violations.push(found);
    if (mode === 'log')
      logger.error(
        `\n[forge host] !!! ${found.message}\n[forge host] !!! (the call goes on: npm start logs, tests throw)\n`,
      );
    return found;
  }

  function faultAnswer(fault: ScheduledFault): JiraServed {
    const json = { 'content-type': 'application/json' };
    if (fault.kind === 'rate-limit') {
      const reset = new Date(now() + fault.retryAfterSeconds! * 1000).toISOString().slice(0, 16) + 'Z';
      return {
        status: 429,
        body: { errorMessages: ['Rate limit exceeded.'], errors: {} },
        headers: {
          ...json,
          'retry-after': String(fault.retryAfterSeconds),
          'x-ratelimit-reset': reset,
          'ratelimit-reason': 'jira-burst-based',
        },
      };
    }
    if (fault.kind === 'unavailable')
      return {
        status: 503,
        body: { errorMessages: ['Service Unavailable: please retry later.'], errors: {} },
        headers: { ...json, 'retry-after': String(fault.retryAfterSeconds) },
      };
    return {
      status: 500,
      body: { errorMessages: ['Internal server error.'], errors: {} },
      headers: json,
    };
  }

  function serveNow(request: SandboxRequest): JiraServed {
    const method = request.method.toUpperCase();
    const entry: JiraRequestLogEntry = {
      seq: ++seq,
      method,
      path: request.path,
      body: structuredClone(request.body),
      ...(request.accountId !== undefined ? { accountId: request.accountId } : {}),
      status: 0,
    };
    log.push(entry);

    if (mode !== 'off') {
      const problems = jiraRequestProblems(method, request.path, request.body);
      if (problems.length > 0) {
        const found = violation('request', method, request.path, problems);
        if (mode === 'throw') {
          entry.fault = 'contract-violation';
          return { status: 0, headers: {}, reject: found };
        }
      }
    }
    if (!connected) {
      entry.status = 404;
      entry.fault = 'not-connected';
      return {
        status: 404,
        body: {
          errorMessages: ['Jira is not connected to this site (the local host\'s "Jira not connected").'],
          errors: {},
        },
        headers: { 'content-type': 'application/json' },
      };
    }
    const allowed = granted.check('jira', method, request.path);
    if (!allowed.ok) {
      // Forge's gateway refuses before Jira sees the call: its answer, not an ErrorCollection.
      const needs = allowed.needs?.map((set) => set.join(' + ')).join(' or ');
      logger.warn(
        `[jira sandbox] 401 "scope does not match" for ${method} ${request.path}: ` +
          (needs ? `it needs ${needs}, which the manifest does not grant` : 'no operation of the subset'),
      );
      entry.status = 401;
      entry.fault = 'scope';
      return {
        status: 401,
        body: { code: 401, message: 'Unauthorized; scope does not match' },
        headers: { 'content-type': 'application/json' },
      };
    }
    const fault = faults.take(method, new URL(request.path, 'http://jira.local').pathname);
    if (fault && fault.kind !== 'timeout-after-effect') {
      const answer = faultAnswer(fault);
      entry.status = answer.status;
      entry.fault = fault.kind;
      return answer;
    }

    const events: ProductEvent[] = [];
    const answer = handle(request, events);
    // Product events come after the change, never inside the request that made it (TriggerService waits a turn).
    if (events.length > 0) dispatcher.emit(events).catch(() => undefined);

    if (mode !== 'off') {
      const problems = jiraResponseProblems(method, request.path, answer.status, answer.body);
      if (problems.length > 0) {
        const found = violation('response', method, request.path, problems);
        if (mode === 'throw') {
          entry.fault = 'contract-violation';
          return { status: 0, headers: {}, reject: found };
        }
      }
    }
    const headers: Record<string, string> =
      answer.body === undefined ? {} : { 'content-type': 'application/json' };
    if (fault) {
      entry.fault = fault.kind;
      if (fault.timeoutAs === 'network-error')
        return { status: 0, headers: {}, reject: new TypeError('fetch failed') };
      entry.status = 504;
      return fault.timeoutAs === 'gateway-504'
        ? {
            status: 504,
            body: { errorMessages: ['Gateway Timeout'], errors: {} },
            headers: { 'content-type': 'application/json' },
          }
        : { status: 504, body: undefined, headers: { 'forge-proxy-error': 'TIMEOUT' } };
    }
    entry.status = answer.status;
    return { status: answer.status, body: answer.body, headers };
  }

  // ---- control ------------------------------------------------------------------------------------------------

  function requireIssue(key: string): IssueRecord {
    const issue = store.find(key);
    if (!issue) throw new Error(`the Jira sandbox has no issue ${key}`);
    return issue;
  }

  const deliver = (event: ProductEvent | undefined, options: JiraChangeOptions) =>
    event ? dispatcher.emit([event], options.delivery) : Promise.resolve([]);

  const sandbox: JiraSandbox = {
    serve: (request) => Promise.resolve(serveNow(request)),
    faults,
    issues: () => data().issues.map(view),
    issue: (key) => {
      const found = store.find(key);
      return found ? view(found) : undefined;
    },
    deleteIssue(key) {
      const found = store.find(key);
      if (!found) return false;
      store.data.issues = store.data.issues.filter((issue) => issue !== found);
      store.save();
      return true;
    },
    createIssue(input) {
      const type = ISSUE_TYPES.find((t) => t.name === (input.issueType ?? 'Task'))!;
      const status = input.status ? statusByName(input.status) : INITIAL_STATUS;
      if (!status) throw new Error(`no status ${String(input.status)}`);
      if (input.assigneeAccountId && !isAssignable(input.assigneeAccountId))
        throw new Error(`${input.assigneeAccountId} cannot be assigned issues of ${PROJECT.key}`);
      const issue = addIssue({
        issueTypeId: type.id,
        summary: input.summary,
        description: input.description ?? null,
        labels: input.labels ?? [],
        duedate: input.duedate ?? null,
        assigneeAccountId: input.assigneeAccountId ?? null,
        properties: input.properties ?? {},
        reporterAccountId: input.reporterAccountId ?? PROJECT_LEAD.accountId,
        statusId: status.id,
      });
      if (input.createdMs !== undefined) {
        issue.createdMs = input.createdMs;
        issue.updatedMs = Math.max(input.createdMs, input.updatedMs ?? input.createdMs);
        data().lastStampMs = Math.max(data().lastStampMs, issue.updatedMs);
      }
      issue.remoteLinks = (input.remoteLinks ?? []).map((link) => ({
        id: data().nextRemoteLinkId++,
        ...structuredClone(link),
      }));
      store.save();
      return view(issue);
    },
    transition(key, statusName, options = {}) {
      const issue = requireIssue(key);
      const status = statusByName(statusName);
      if (!status)
        throw new Error(`no status "${statusName}": one of ${STATUSES.map((s) => s.name).join(', ')}`);
      return deliver(moveTo(issue, status, options.by ?? PROJECT_LEAD.accountId), options);
    },
    update(key, changes, options = {}) {
      const issue = requireIssue(key);
      const items: ChangeItem[] = [];
      if (changes.assigneeAccountId !== undefined && changes.assigneeAccountId !== issue.assigneeAccountId) {
        if (changes.assigneeAccountId !== null && !isAssignable(changes.assigneeAccountId))
          throw new Error(`${changes.assigneeAccountId} cannot be assigned issues of ${PROJECT.key}`);
        items.push({
          field: 'assignee',
          fieldtype: 'jira',
          fieldId: 'assignee',
          from: issue.assigneeAccountId,
          fromString: displayNameOf(issue.assigneeAccountId),
          to: changes.assigneeAccountId,
          toString: displayNameOf(changes.assigneeAccountId),
        });
        issue.assigneeAccountId = changes.assigneeAccountId;
      }
      if (changes.duedate !== undefined && changes.duedate !== issue.duedate) {
        items.push({
          field: 'duedate',
          fieldtype: 'jira',
          fieldId: 'duedate',
          from: issue.duedate,
          fromString: issue.duedate ? `${issue.duedate} 00:00:00.0` : null,
          to: changes.duedate,
          toString: changes.duedate ? `${changes.duedate} 00:00:00.0` : null,
        });
        issue.duedate = changes.duedate;
      }
      if (changes.summary !== undefined && changes.summary !== issue.summary) {
        items.push({
          field: 'summary',
          fieldtype: 'jira',
          fieldId: 'summary',
          from: null,
          fromString: issue.summary,
          to: null,
          toString: changes.summary,
        });
        issue.summary = changes.summary;
      }
      if (items.length === 0) return Promise.resolve([]);
      return deliver(changed(issue, items, options.by ?? PROJECT_LEAD.accountId), options);
    },
    requests: () => log.map((entry) => ({ ...entry, body: structuredClone(entry.body) })),
    resetRequests: () => {
      log = [];
    },
    get connected() {
      return connected;
    },
    setConnected: (value) => {
      connected = value;
    },
    holdEvents: () => dispatcher.hold(),
    releaseEvents: (delivery) => dispatcher.release(delivery),
    get holdingEvents() {
      return dispatcher.isHolding;
    },
    heldEvents: () => dispatcher.heldEvents(),
    events: () => dispatcher.all(),
    setEventDelivery: (delivery) => {
      dispatcher.defaults = { ...delivery };
    },
    eventDelivery: () => ({ ...dispatcher.defaults }),
    idle: () => dispatcher.idle(),
    contractViolations: () => [...violations],
    takeContractViolations: () => {
      const taken = violations;
      violations = [];
      return taken;
    },
    contractMode: mode,
    reset: () => {
      store.reset();
      log = [];
      faults.clear();
      dispatcher.forget();
      dispatcher.defaults = {};
      violations = [];
      connected = true;
    },
  };
  return sandbox;
}
