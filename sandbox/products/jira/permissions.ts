/**
 * Who may call what: Forge's gateway refuses an operation the app's scopes do not cover (before Jira sees it), Jira
 * refuses an unknown account, and shows its project and the caller's own profile by the persona's permissions.
 */
import { personaById } from '../../personas';
import type { SiteAllowlist } from '../allowlist';
import { errorAnswer, type Answer } from './answers';
import { APP_ACCOUNT_ID, mayBrowse, PROJECT, projectJson, userJson } from './model';
import type { JiraServed } from './types';

/** Jira's 401 for an account it does not know; undefined for a persona or the app itself (no caller). */
export function unknownCaller(caller: string | undefined): Answer | undefined {
  if (caller !== undefined && !personaById(caller))
    return errorAnswer(401, ['Client must be authenticated to access this resource.']);
  return undefined;
}

/** Forge's own 401 when the granted scopes do not cover the operation; undefined when they do. */
export function scopeRefusal(
  granted: SiteAllowlist,
  logger: { warn(message: string): void },
  method: string,
  path: string,
): JiraServed | undefined {
  const allowed = granted.check('jira', method, path);
  if (allowed.ok) return undefined;
  // Forge's gateway refuses before Jira sees the call: its answer, not an ErrorCollection.
  const needs = allowed.needs?.map((set) => set.join(' + ')).join(' or ');
  logger.warn(
    `[jira sandbox] 401 "scope does not match" for ${method} ${path}: ` +
      (needs ? `it needs ${needs}, which the manifest does not grant` : 'no operation of the subset'),
  );
  return {
    status: 401,
    body: { code: 401, message: 'Unauthorized; scope does not match' },
    headers: { 'content-type': 'application/json' },
  };
}

/** `GET /rest/api/3/project/{key}`: PROC, for a persona who may browse it. */
export function projectOf(siteUrl: string, wanted: string, caller: string | undefined): Answer {
  if ((wanted.toUpperCase() === PROJECT.key || wanted === PROJECT.id) && mayBrowse(caller))
    return { status: 200, body: projectJson(siteUrl) };
  return errorAnswer(404, [`No project could be found with key '${wanted}'.`]);
}

/** `GET /rest/api/3/myself`: the app itself, or the persona with its groups and application roles. */
export function myself(siteUrl: string, caller: string | undefined): Answer {
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
