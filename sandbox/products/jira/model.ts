/**
 * The demo Jira site: one company-managed project (PROC), two issue types, the three statuses of Jira's default
 * simplified workflow with their real ids and categories, who may browse it, and the JSON shapes Jira Cloud sends
 * for them (checked against the OpenAPI subset by the sandbox's contract check).
 */
import { DIRECTORY, personaById, type Persona, type PersonaRole } from '../../personas';

export const APP_ACCOUNT_ID = '557058:forge-app-procurement-crm';
export const APP_DISPLAY_NAME = 'Procurement CRM';

export type JiraStatusName = 'To Do' | 'In Progress' | 'Done';
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface JiraStatus {
  id: string;
  name: JiraStatusName;
  category: { id: number; key: StatusCategoryKey; colorName: string; name: string };
  /** The global transition that leads to this status ("Allow all statuses to transition to this one"). */
  transition: { id: string; name: string };
}

/** Ids as a new Jira Cloud site hands them out: To Do and Done are created per site (10000+), In Progress is 3. */
export const STATUSES: readonly JiraStatus[] = [
  {
    id: '10000',
    name: 'To Do',
    category: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
    transition: { id: '11', name: 'To Do' },
  },
  {
    id: '3',
    name: 'In Progress',
    category: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
    transition: { id: '21', name: 'In Progress' },
  },
  {
    id: '10001',
    name: 'Done',
    category: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
    transition: { id: '31', name: 'Done' },
  },
];
export const INITIAL_STATUS = STATUSES[0]!;

export const statusById = (id: string) => STATUSES.find((s) => s.id === id);
export const statusByName = (name: string) =>
  STATUSES.find((s) => s.name.toLowerCase() === name.trim().toLowerCase());

export interface JiraIssueType {
  id: string;
  name: 'Task' | 'Improvement';
  description: string;
  avatarId: number;
}

export const ISSUE_TYPES: readonly JiraIssueType[] = [
  { id: '10002', name: 'Task', description: 'A small, distinct piece of work.', avatarId: 10318 },
  {
    id: '10003',
    name: 'Improvement',
    description: 'An improvement or enhancement to an existing feature or task.',
    avatarId: 10310,
  },
];

export const PROJECT = {
  id: '10000',
  key: 'PROC',
  name: 'Procurement improvement',
  description: 'Improvement actions of the Procurement department, from the yearly satisfaction survey.',
} as const;

/** Browse, create, edit, transition and link issues of PROC: the procurement team, admins, the quality manager. */
export const PROJECT_ROLES: readonly PersonaRole[] = ['buyer', 'admin', 'quality-manager'];

/** `undefined` is the app itself (asApp), which may do everything the manifest's scopes allow. */
export function mayBrowse(accountId: string | undefined): boolean {
  if (accountId === undefined) return true;
  const persona = personaById(accountId);
  return persona !== undefined && PROJECT_ROLES.includes(persona.role);
}

/** Jira only assigns issues to people holding "Assignable user" in the project: here, those who may browse it. */
export function isAssignable(accountId: string): boolean {
  const persona = personaById(accountId);
  return persona !== undefined && PROJECT_ROLES.includes(persona.role);
}

export const PROJECT_LEAD: Persona = DIRECTORY.find((p) => p.role === 'admin')!;

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

function avatarUrls(name: string) {
  const base = `https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/initials/${initialsOf(name)}-5.png`;
  return Object.fromEntries(
    [16, 24, 32, 48].map((size) => [`${size}x${size}`, `${base}?size=${size}&s=${size}`]),
  );
}

/** A user as Jira's issue fields and `/myself` show it (no e-mail: Atlassian hides it from apps by default). */
export function userJson(siteUrl: string, accountId: string) {
  if (accountId === APP_ACCOUNT_ID) {
    return {
      self: `${siteUrl}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`,
      accountId,
      accountType: 'app',
      avatarUrls: avatarUrls(APP_DISPLAY_NAME),
      displayName: APP_DISPLAY_NAME,
      active: true,
      timeZone: 'Etc/UTC',
    };
  }
  const persona = personaById(accountId);
  return {
    self: `${siteUrl}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`,
    accountId,
    accountType: 'atlassian',
    avatarUrls: avatarUrls(persona?.displayName ?? 'Former user'),
    displayName: persona?.displayName ?? 'Former user',
    active: persona !== undefined,
    timeZone: 'Europe/Paris',
  };
}

export const displayNameOf = (accountId: string | null): string | null =>
  accountId === null
    ? null
    : accountId === APP_ACCOUNT_ID
      ? APP_DISPLAY_NAME
      : (personaById(accountId)?.displayName ?? 'Former user');

export function statusJson(siteUrl: string, status: JiraStatus) {
  return {
    self: `${siteUrl}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${siteUrl}/`,
    name: status.name,
    untranslatedName: status.name,
    id: status.id,
    statusCategory: {
      self: `${siteUrl}/rest/api/3/statuscategory/${status.category.id}`,
      id: status.category.id,
      key: status.category.key,
      colorName: status.category.colorName,
      name: status.category.name,
    },
  };
}

export function issueTypeJson(siteUrl: string, type: JiraIssueType) {
  return {
    self: `${siteUrl}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: type.description,
    iconUrl: `${siteUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${type.avatarId}?size=medium`,
    name: type.name,
    subtask: false,
    avatarId: type.avatarId,
    hierarchyLevel: 0,
  };
}

/** The project as issue fields show it (ProjectDetails). */
export function projectRefJson(siteUrl: string) {
  return {
    self: `${siteUrl}/rest/api/3/project/${PROJECT.id}`,
    id: PROJECT.id,
    key: PROJECT.key,
    name: PROJECT.name,
    projectTypeKey: 'business',
    simplified: false,
    avatarUrls: Object.fromEntries(
      [16, 24, 32, 48].map((size) => [
        `${size}x${size}`,
        `${siteUrl}/rest/api/3/universal_avatar/view/type/project/avatar/10411?size=${size === 48 ? 'large' : 'small'}`,
      ]),
    ),
  };
}

/** `GET /rest/api/3/project/{projectIdOrKey}`. */
export function projectJson(siteUrl: string) {
  const ref = projectRefJson(siteUrl);
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: ref.self,
    id: PROJECT.id,
    key: PROJECT.key,
    description: PROJECT.description,
    lead: userJson(siteUrl, PROJECT_LEAD.accountId),
    components: [],
    issueTypes: ISSUE_TYPES.map((type) => issueTypeJson(siteUrl, type)),
    assigneeType: 'UNASSIGNED',
    versions: [],
    name: PROJECT.name,
    roles: {
      Administrators: `${siteUrl}/rest/api/3/project/${PROJECT.id}/role/10002`,
      Member: `${siteUrl}/rest/api/3/project/${PROJECT.id}/role/10003`,
    },
    avatarUrls: ref.avatarUrls,
    projectTypeKey: ref.projectTypeKey,
    simplified: false,
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
}

/** Jira Cloud's timestamps: milliseconds and a colon-less offset (`2026-12-02T08:00:00.000+0000`). */
export const jiraTime = (ms: number): string => new Date(ms).toISOString().replace(/Z$/, '+0000');
