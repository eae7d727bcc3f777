/** Remote links: `POST .../remotelink` creates a link, or replaces the one with the same `globalId`. */
import { errorAnswer, isObject, type Answer } from './answers';
import type { IssueRecord, JiraStore } from './store';

export interface RemoteLinks {
  upsertRemoteLink: (issue: IssueRecord, body: unknown) => Answer;
}

export function remoteLinks(siteUrl: string, store: JiraStore): RemoteLinks {
  const data = () => store.data;

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

  return { upsertRemoteLink };
}
