/** The Jira sandbox's public shapes: its options, what it answers on the wire, the views and the control API. */
import type { ProductEvent, TriggerDelivery } from '../../events/triggers';
import type { SandboxRequest } from '../confluence';
import type { DemoSite } from '../site';
import type { JiraContractMode, JiraContractViolation } from './contract';
import type { JiraEventDelivery, JiraEventSink } from './events';
import type { JiraFaultKind, JiraFaults } from './faults';
import type { JiraStatusName, StatusCategoryKey } from './model';
import type { NotificationRecord } from './store';

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

/** A notification Jira queued for an issue (`POST .../notify`). */
export type JiraNotificationView = NotificationRecord;

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
  /** Every notification queued through `POST .../notify`, oldest first. */
  notifications(): JiraNotificationView[];
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
