/**
 * The control side (`host.jira`, or the sandbox in tests): the issues as plain views, changes as a person on
 * Jira's board makes them (with their `avi:jira:updated:issue` events), the request log, faults, connection,
 * event delivery and contract violations. See the module comment of index.ts.
 */
import type { ProductEvent } from '../../events/triggers';
import type { JiraContractMode } from './contract';
import type { ChangeItem, EventDispatcher } from './events';
import type { JiraFaults } from './faults';
import type { IssueOperations } from './issues';
import {
  displayNameOf,
  INITIAL_STATUS,
  isAssignable,
  ISSUE_TYPES,
  PROJECT,
  PROJECT_LEAD,
  statusByName,
  STATUSES,
} from './model';
import type { IssueRepresentation } from './representation';
import type { IssueRecord, JiraStore } from './store';
import type { Transitions } from './transitions';
import type { JiraChangeOptions, JiraSandbox } from './types';
import type { JiraWire } from './wire';

export interface JiraControlParts {
  store: JiraStore;
  representation: IssueRepresentation;
  issues: IssueOperations;
  transitions: Transitions;
  dispatcher: EventDispatcher;
  faults: JiraFaults;
  wire: JiraWire;
  mode: JiraContractMode;
}

export function jiraControl(parts: JiraControlParts): JiraSandbox {
  const { store, dispatcher, faults, wire, mode } = parts;
  const { view } = parts.representation;
  const { addIssue, changed } = parts.issues;
  const { moveTo } = parts.transitions;
  const data = () => store.data;

  function requireIssue(key: string): IssueRecord {
    const issue = store.find(key);
    if (!issue) throw new Error(`the Jira sandbox has no issue ${key}`);
    return issue;
  }

  const deliver = (event: ProductEvent | undefined, options: JiraChangeOptions) =>
    event ? dispatcher.emit([event], options.delivery) : Promise.resolve([]);

  const sandbox: JiraSandbox = {
    serve: (request) => Promise.resolve(wire.serve(request)),
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
    requests: () => wire.requests(),
    notifications: () => structuredClone(data().notifications),
    resetRequests: () => wire.resetRequests(),
    get connected() {
      return wire.connected;
    },
    setConnected: (value) => {
      wire.connected = value;
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
    contractViolations: () => wire.violations(),
    takeContractViolations: () => wire.takeViolations(),
    contractMode: mode,
    reset: () => {
      store.reset();
      wire.resetRequests();
      faults.clear();
      dispatcher.forget();
      dispatcher.defaults = {};
      wire.takeViolations();
      wire.connected = true;
    },
  };
  return sandbox;
}
