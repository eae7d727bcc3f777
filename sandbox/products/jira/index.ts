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
 * - `notifications()`: every notification `POST .../notify` queued, with its recipients;
 * - `requests()`, `resetRequests()`: the request log (method, path, body, caller, status, fault);
 * - `contractViolations()`, `takeContractViolations()`; `idle()` waits for deliveries under way; `reset()`.
 *
 * The sandbox's parts: issues.ts (create, read, properties, due dates, changes), transitions.ts, remote-links.ts,
 * search.ts (JQL), notify.ts (notifications), permissions.ts (scopes, callers, project, myself), routing.ts (operation → part), wire.ts (log,
 * contract, connection, faults), control.ts (what tests and the page drive); representation.ts shows an issue.
 */
import { resolve } from 'node:path';
import { loadManifest } from '../../events/manifest';
import { siteAllowlist } from '../allowlist';
import { DEMO_SITE } from '../site';
import type { JiraContractMode } from './contract';
import { jiraControl } from './control';
import { EventDispatcher } from './events';
import { createFaultScript } from './faults';
import { issueOperations } from './issues';
import { notifications } from './notify';
import { remoteLinks } from './remote-links';
import { issueRepresentation } from './representation';
import { jiraRouter } from './routing';
import { indexedPropertiesOf, issueSearch } from './search';
import { JiraStore } from './store';
import { transitions } from './transitions';
import type { JiraSandbox, JiraSandboxOptions } from './types';
import { jiraWire } from './wire';

export type { JiraContractMode } from './contract';
export { JiraContractViolation } from './contract';
export type { JiraEventDelivery, JiraEventSink } from './events';
export { ISSUE_UPDATED } from './events';
export type { JiraFaultKind, JiraFaultSpec, JiraFaults, ScheduledFault, TimeoutDelivery } from './faults';
export { CREATE_PATHS } from './faults';
export type { JiraStatusName, StatusCategoryKey } from './model';
export { APP_ACCOUNT_ID, PROJECT, STATUSES } from './model';
export { indexedPropertiesOf } from './search';
export type {
  IndexedProperty,
  JiraChangeOptions,
  JiraControl,
  JiraIssueChanges,
  JiraIssueInput,
  JiraIssueView,
  JiraNotificationView,
  JiraRemoteLinkView,
  JiraRequestLogEntry,
  JiraSandbox,
  JiraSandboxOptions,
  JiraServed,
} from './types';

const PROJECT_MANIFEST = resolve(__dirname, '..', '..', '..', 'manifest.yml');

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

  const representation = issueRepresentation(siteUrl);
  const issues = issueOperations(siteUrl, store, representation);
  const moves = transitions(siteUrl, issues);
  const handle = jiraRouter({
    siteUrl,
    store,
    issues,
    transitions: moves,
    remoteLinks: remoteLinks(siteUrl, store),
    notifications: notifications(store, now),
    search: issueSearch(store, indexed, representation, logger),
  });
  const wire = jiraWire({ mode, now, logger, granted, faults, dispatcher, handle });
  return jiraControl({ store, representation, issues, transitions: moves, dispatcher, faults, wire, mode });
}
