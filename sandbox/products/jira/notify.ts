/**
 * `POST /rest/api/3/issue/{issueIdOrKey}/notify`: Jira queues an e-mail about the issue and answers 204. Here
 * each notification is recorded with the people it reaches, for tests and the host page. As Jira: 400 for a body
 * naming no recipient, with neither a text nor an HTML body, or "to the assignee" of an unassigned issue (the
 * router has already answered 404 for an issue unknown or hidden from the caller). Watchers are the reporter:
 * Jira's default "autowatch" makes them one, and the sandbox has no watch button.
 */
import { errorAnswer, isObject, type Answer, type JsonObject } from './answers';
import { mayBrowse } from './model';
import type { IssueRecord, JiraStore } from './store';

export interface Notifications {
  notify: (issue: IssueRecord, body: unknown, caller: string | undefined) => Answer;
}

const accountIdsOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap((u) => (isObject(u) && typeof u.accountId === 'string' ? [u.accountId] : []))
    : [];

/** The people `to` names on this issue, before any restriction. */
function recipientsOf(issue: IssueRecord, to: JsonObject): string[] {
  const people = [
    ...(to.assignee === true && issue.assigneeAccountId ? [issue.assigneeAccountId] : []),
    ...(to.reporter === true || to.watchers === true ? [issue.reporterAccountId] : []),
    ...accountIdsOf(to.users),
  ];
  return [...new Set(people)];
}

const namesSomeone = (to: JsonObject): boolean =>
  to.assignee === true ||
  to.reporter === true ||
  to.watchers === true ||
  to.voters === true ||
  accountIdsOf(to.users).length > 0 ||
  (Array.isArray(to.groups) && to.groups.length > 0) ||
  (Array.isArray(to.groupIds) && to.groupIds.length > 0);

export function notifications(store: JiraStore, now: () => number): Notifications {
  function notify(issue: IssueRecord, body: unknown, caller: string | undefined): Answer {
    const request = isObject(body) ? body : {};
    const to = isObject(request.to) ? request.to : undefined;
    const text = (key: string) => (typeof request[key] === 'string' ? request[key] : '');
    if (!to || !namesSomeone(to)) return errorAnswer(400, ['No recipients were defined for notification.']);
    if (text('textBody') === '' && text('htmlBody') === '')
      return errorAnswer(400, ['Either text or HTML body must be provided.']);
    if (to.assignee === true && !issue.assigneeAccountId)
      return errorAnswer(400, ['The issue has no assignee to notify.']);
    store.data.notifications.push({
      issueKey: issue.key,
      by: caller ?? null,
      at: now(),
      subject: text('subject') || `${issue.key} ${issue.summary}`,
      textBody: text('textBody'),
      htmlBody: text('htmlBody'),
      // Every recipient Jira would reach: those who may browse the issue (the restriction the app asks for too).
      recipients: recipientsOf(issue, to).filter((accountId) => mayBrowse(accountId)),
    });
    store.save();
    return { status: 204 };
  }
  return { notify };
}
