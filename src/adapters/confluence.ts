import api, { route } from '@forge/api';
import { z } from 'zod';
import type { ConfluencePort } from '../ports/confluence';
import type { UserRef } from '../shared/contract/common';
import { fail, ok, type Result } from '../shared/result';

/** How many users one directory search returns (Confluence's default page is 25). */
const SEARCH_LIMIT = 25;

const userSchema = z.object({
  accountId: z.string().min(1),
  accountType: z.string().optional(),
  displayName: z.string().optional(),
  publicName: z.string().optional(),
});
type ConfluenceUser = z.infer<typeof userSchema>;

const currentUserSchema = z.object({
  accountId: z.string().optional(),
  operations: z.array(z.object({ operation: z.string(), targetType: z.string() })).optional(),
});
const searchSchema = z.object({ results: z.array(z.object({ user: userSchema.optional() })) });
const bulkSchema = z.object({ results: z.array(userSchema) });
const pageSchema = z.object({
  id: z.string(),
  _links: z.object({ webui: z.string().optional(), base: z.string().optional() }).optional(),
});

/** A name to show: privacy settings may hide the display name, never the account id. */
const toUserRef = (user: ConfluenceUser): UserRef => ({
  accountId: user.accountId,
  displayName: user.displayName || user.publicName || user.accountId,
});

/** People only: apps and bots are no one's customers. */
const isPerson = (user: ConfluenceUser) => user.accountType === undefined || user.accountType === 'atlassian';

/** Escapes a value for a double-quoted CQL string: backslashes and quotes only have meaning there. */
export const cqlString = (value: string): string => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

type Route = ReturnType<typeof route>;

/** Confluence's answer as a Result: 401/403 FORBIDDEN, 404 NOT_FOUND, anything else unexpected UNAVAILABLE. */
async function getJson<T>(path: Route, schema: z.ZodType<T>): Promise<Result<T>> {
  let response: Response;
  try {
    response = (await api
      .asUser()
      .requestConfluence(path, { headers: { Accept: 'application/json' } })) as Response;
  } catch {
    return fail('UNAVAILABLE', 'confluence.unreachable');
  }
  if (response.status === 401 || response.status === 403) return fail('FORBIDDEN', 'confluence.forbidden');
  if (response.status === 404) return fail('NOT_FOUND', 'confluence.notFound');
  if (response.status !== 200) return fail('UNAVAILABLE', 'confluence.status', { status: response.status });
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return fail('UNAVAILABLE', 'confluence.notJson');
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? ok(parsed.data) : fail('UNAVAILABLE', 'confluence.shape');
}

/** Confluence's REST API, always as the calling user (so Confluence's own permissions hold). */
export class ConfluenceClient implements ConfluencePort {
  async isSiteAdmin(): Promise<Result<boolean>> {
    const answer = await getJson(route`/wiki/rest/api/user/current?expand=operations`, currentUserSchema);
    if (!answer.ok) return answer;
    return ok(
      (answer.data.operations ?? []).some(
        (o) => o.operation === 'administer' && o.targetType === 'application',
      ),
    );
  }

  /** 200: the caller can view it. 401/403/404: they cannot (Confluence hides pages one may not see as 404). */
  async canViewPage(contentId: string): Promise<Result<boolean>> {
    const answer = await getJson(route`/wiki/api/v2/pages/${contentId}`, pageSchema);
    if (answer.ok) return ok(answer.data.id === contentId);
    return answer.error.code === 'UNAVAILABLE' ? answer : ok(false);
  }

  async pageUrl(contentId: string): Promise<Result<string | null>> {
    const answer = await getJson(route`/wiki/api/v2/pages/${contentId}`, pageSchema);
    if (!answer.ok) return answer;
    const links = answer.data._links;
    return ok(links?.base && links.webui ? `${links.base}${links.webui}` : null);
  }

  async searchUsers(query: string): Promise<Result<UserRef[]>> {
    const cql = `user.fullname~${cqlString(query)}`;
    const answer = await getJson(
      route`/wiki/rest/api/search/user?cql=${cql}&limit=${SEARCH_LIMIT}`,
      searchSchema,
    );
    if (!answer.ok) return answer;
    return ok(answer.data.results.flatMap(({ user }) => (user && isPerson(user) ? [toUserRef(user)] : [])));
  }

  /** One request for up to 100 account ids; unknown ids are left out, the order of `accountIds` is kept. */
  async users(accountIds: string[]): Promise<Result<UserRef[]>> {
    const ids = [...new Set(accountIds)];
    if (ids.length === 0) return ok([]);
    const answer = await getJson(
      route`/wiki/rest/api/user/bulk?accountId=${ids.join(',')}&limit=${ids.length}`,
      bulkSchema,
    );
    if (!answer.ok) return answer;
    const byId = new Map(answer.data.results.map((user) => [user.accountId, toUserRef(user)]));
    return ok(ids.flatMap((id) => byId.get(id) ?? []));
  }
}
