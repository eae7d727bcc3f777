/** Request routing: each REST operation of the subset to the module that answers it; anything else is Jira's 404. */
import type { ProductEvent } from '../../events/triggers';
import type { SandboxRequest } from '../confluence';
import { errorAnswer, isObject, ISSUE_NOT_FOUND, splitList, type Answer } from './answers';
import type { IssueOperations } from './issues';
import { APP_ACCOUNT_ID, mayBrowse } from './model';
import { myself, projectOf, unknownCaller } from './permissions';
import type { Notifications } from './notify';
import type { RemoteLinks } from './remote-links';
import type { Search } from './search';
import type { JiraStore } from './store';
import type { Transitions } from './transitions';

export interface JiraOperations {
  siteUrl: string;
  store: JiraStore;
  issues: IssueOperations;
  transitions: Transitions;
  remoteLinks: RemoteLinks;
  notifications: Notifications;
  search: Search;
}

/** Answers one request; the product events its change produced are pushed to `events`. */
export type JiraHandler = (request: SandboxRequest, events: ProductEvent[]) => Answer;

export function jiraRouter(operations: JiraOperations): JiraHandler {
  const { siteUrl, store, search } = operations;
  const { createOne, bulkCreate, getIssue, editIssue, setProperty } = operations.issues;
  const { transitionsOf, doTransition } = operations.transitions;
  const { upsertRemoteLink } = operations.remoteLinks;
  const { notify } = operations.notifications;

  function handle(request: SandboxRequest, events: ProductEvent[]): Answer {
    const url = new URL(request.path, 'http://jira.local');
    const path = url.pathname.replace(/\/+$/, '');
    const method = request.method.toUpperCase();
    const caller = request.accountId;
    const refused = unknownCaller(caller);
    if (refused) return refused;
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
    if (path === '/rest/api/3/myself' && method === 'GET') return myself(siteUrl, caller);

    let match = /^\/rest\/api\/3\/project\/([^/]+)$/.exec(path);
    if (match && method === 'GET') return projectOf(siteUrl, decodeURIComponent(match[1]!), caller);

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
      if (rest === '/notify' && method === 'POST') return notify(issue, request.body, caller);
      if (rest === '/transitions' && method === 'GET') return transitionsOf(issue, url);
      if (rest === '/transitions' && method === 'POST')
        return doTransition(issue, request.body, actor, events);
    }
    return errorAnswer(404, [`The local Jira sandbox does not implement ${method} ${path}.`]);
  }

  return handle;
}
