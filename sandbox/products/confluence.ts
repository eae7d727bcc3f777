import { DIRECTORY, personaById, type Persona } from '../personas';
import { mayEditPage, mayViewPage, pageById, PAGE_EDITOR_ROLES, type DemoSite } from './site';

export interface SandboxRequest {
  method: string;
  /** Path and query, starting with `/wiki/`. */
  path: string;
  body?: unknown;
  /** Who asks: a persona's account id (asUser), or undefined for the app itself (asApp). */
  accountId?: string;
}

export interface SandboxResponse {
  status: number;
  body?: unknown;
}

/** The app's own user, as the product shows it to an asApp call. */
const APP_USER = {
  accountId: '557058:forge-app-procurement-crm',
  displayName: 'Procurement CRM',
  accountType: 'app',
};

const error = (status: number, code: string, title: string): SandboxResponse => ({
  status,
  body: { errors: [{ status, code, title, detail: null }] },
});

/** Confluence v1 errors have another shape (still used by the user endpoints). */
const v1Error = (statusCode: number, message: string): SandboxResponse => ({
  status: statusCode,
  body: { statusCode, data: { authorized: false, valid: true, errors: [], successful: false }, message },
});

/** May create pages in the space: those who edit its pages (see mayEditPage). */
function canCreatePages(persona: Persona | undefined): boolean {
  return persona === undefined || PAGE_EDITOR_ROLES.includes(persona.role);
}

/** Unescapes the value of `user.fullname~"..."`, the one CQL form the user search of this sandbox understands. */
function fullnameQuery(cql: string): string | undefined {
  const match = /^\s*user\.fullname\s*~\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(cql);
  return match ? match[1]!.replace(/\\(.)/g, '$1') : undefined;
}

function userJson(site: DemoSite, persona: Persona, expand: string[]) {
  const user: Record<string, unknown> = {
    type: 'known',
    accountId: persona.accountId,
    accountType: 'atlassian',
    email: persona.email,
    publicName: persona.displayName,
    displayName: persona.displayName,
    profilePicture: { path: '/wiki/aa-avatar/default.png', width: 48, height: 48, isDefault: true },
    isExternalCollaborator: false,
    _links: {
      self: `${site.siteUrl}/wiki/rest/api/user?accountId=${persona.accountId}`,
      base: `${site.siteUrl}/wiki`,
    },
  };
  if (expand.includes('operations')) {
    user.operations = [
      { operation: 'use', targetType: 'application' },
      { operation: 'create', targetType: 'space' },
      ...(persona.confluenceAdmin ? [{ operation: 'administer', targetType: 'application' }] : []),
    ];
  }
  return user;
}

function groupsOf(persona: Persona) {
  const names = [
    'confluence-users',
    ...(persona.confluenceAdmin ? ['confluence-admins', 'site-admins'] : []),
  ];
  return names.map((name) => ({ type: 'group', name, id: `group-${name}` }));
}

/**
 * A small, honest Confluence: exactly the endpoints the app uses, answering the shapes of Confluence Cloud's
 * REST API (checked against its OpenAPI schema in the tests), with permissions that depend on the persona.
 */
export function createConfluenceSandbox(site: DemoSite) {
  return function handle(request: SandboxRequest): SandboxResponse {
    const url = new URL(request.path, 'http://confluence.local');
    const path = url.pathname.replace(/\/+$/, '');
    const method = request.method.toUpperCase();
    const caller = personaById(request.accountId);
    if (request.accountId !== undefined && !caller) return error(401, 'UNAUTHORIZED', 'Unknown user');

    let match = /^\/wiki\/api\/v2\/pages\/(\d+)$/.exec(path);
    if (match && method === 'GET') {
      const page = pageById(site, match[1]!);
      if (!page || !mayViewPage(caller, page)) return error(404, 'NOT_FOUND', 'Page not found');
      return {
        status: 200,
        body: {
          id: page.id,
          status: 'current',
          title: page.title,
          spaceId: site.space.id,
          ...(page.parentId ? { parentId: page.parentId, parentType: 'page' } : {}),
          position: 0,
          authorId: page.authorId,
          ownerId: page.authorId,
          lastOwnerId: null,
          createdAt: page.createdAt,
          version: {
            createdAt: page.createdAt,
            message: '',
            number: 1,
            minorEdit: false,
            authorId: page.authorId,
          },
          body: {},
          _links: {
            webui: `/spaces/${site.space.key}/pages/${page.id}`,
            editui: `/pages/resumedraft.action?draftId=${page.id}`,
            tinyui: `/x/${page.id}`,
            base: `${site.siteUrl}/wiki`,
          },
        },
      };
    }

    match = /^\/wiki\/api\/v2\/pages\/(\d+)\/operations$/.exec(path);
    if (match && method === 'GET') {
      const page = pageById(site, match[1]!);
      if (!page || !mayViewPage(caller, page)) return error(404, 'NOT_FOUND', 'Page not found');
      const operations = [{ operation: 'read', targetType: 'page' }];
      if (mayEditPage(caller, page))
        operations.push(
          { operation: 'update', targetType: 'page' },
          { operation: 'delete', targetType: 'page' },
        );
      return { status: 200, body: { operations } };
    }

    match = /^\/wiki\/api\/v2\/spaces\/(\d+)$/.exec(path);
    if (match && method === 'GET') {
      if (match[1] !== site.space.id) return error(404, 'NOT_FOUND', 'Space not found');
      return {
        status: 200,
        body: {
          id: site.space.id,
          key: site.space.key,
          name: site.space.name,
          type: 'global',
          status: 'current',
          authorId: DIRECTORY.find((p) => p.confluenceAdmin)!.accountId,
          createdAt: '2024-09-02T08:00:00.000Z',
          homepageId: site.pages[0]!.id,
          _links: { webui: `/spaces/${site.space.key}`, base: `${site.siteUrl}/wiki` },
        },
      };
    }

    match = /^\/wiki\/api\/v2\/spaces\/(\d+)\/operations$/.exec(path);
    if (match && method === 'GET') {
      if (match[1] !== site.space.id) return error(404, 'NOT_FOUND', 'Space not found');
      const operations = [{ operation: 'read', targetType: 'space' }];
      if (canCreatePages(caller)) operations.push({ operation: 'create', targetType: 'page' });
      if (caller === undefined || caller.confluenceAdmin)
        operations.push({ operation: 'administer', targetType: 'space' });
      return { status: 200, body: { operations } };
    }

    // The v2 API has no "who am I" or "is admin" endpoint: Confluence still serves them from v1.
    if (path === '/wiki/rest/api/user/current' && method === 'GET') {
      const expand = (url.searchParams.get('expand') ?? '').split(',');
      if (!caller)
        return {
          status: 200,
          body: { ...APP_USER, type: 'known', operations: expand.includes('operations') ? [] : undefined },
        };
      return { status: 200, body: userJson(site, caller, expand) };
    }
    if (path === '/wiki/rest/api/user/memberof' && method === 'GET') {
      const target = personaById(url.searchParams.get('accountId') ?? caller?.accountId);
      if (!target) return v1Error(404, 'No user found with the given account id');
      const results = groupsOf(target);
      return {
        status: 200,
        body: {
          results,
          start: 0,
          limit: 200,
          size: results.length,
          _links: { base: `${site.siteUrl}/wiki` },
        },
      };
    }

    if (path === '/wiki/rest/api/search/user' && method === 'GET') {
      const cql = url.searchParams.get('cql');
      if (!cql) return v1Error(400, 'cql is required');
      const query = fullnameQuery(cql);
      if (query === undefined) return v1Error(400, `Could not parse cql : ${cql}`);
      const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 25) || 25, 1), 1000);
      const needle = query.trim().toLocaleLowerCase();
      const found = DIRECTORY.filter(
        (p) => needle !== '' && p.displayName.toLocaleLowerCase().includes(needle),
      );
      const results = found.slice(0, limit).map((persona) => ({
        user: userJson(site, persona, []),
        title: persona.displayName,
        excerpt: '',
        url: `/people/${persona.accountId}`,
        breadcrumbs: [],
        entityType: 'user',
        iconCssClass: 'aui-icon content-type-profile',
        lastModified: '2024-09-02T08:00:00.000Z',
        score: 0,
      }));
      return {
        status: 200,
        body: {
          results,
          start: 0,
          limit,
          size: results.length,
          totalSize: found.length,
          cqlQuery: cql,
          searchDuration: 3,
          _links: { base: `${site.siteUrl}/wiki`, context: '/wiki' },
        },
      };
    }

    if (path === '/wiki/rest/api/user/bulk' && method === 'GET') {
      const ids = (url.searchParams.get('accountId') ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
      if (ids.length === 0) return v1Error(400, 'accountId is required');
      const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 200) || 200, 1), 200);
      const results = ids
        .map((id) => personaById(id))
        .filter((p): p is Persona => p !== undefined)
        .slice(0, limit)
        .map((persona) => userJson(site, persona, []));
      return {
        status: 200,
        body: {
          results,
          start: 0,
          limit,
          size: results.length,
          _links: { base: `${site.siteUrl}/wiki`, context: '/wiki' },
        },
      };
    }

    return error(404, 'NOT_FOUND', `The Confluence sandbox does not implement ${method} ${path}`);
  };
}

export type ConfluenceSandbox = ReturnType<typeof createConfluenceSandbox>;
