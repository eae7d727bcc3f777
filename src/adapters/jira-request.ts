/**
 * One Jira request through @forge/api's requestJira, as the user or as the app: the reply parsed with its schema on
 * an expected status, or a JiraProblem made once, with Jira's own messages kept and `Retry-After` read.
 */
import api, { type route } from '@forge/api';
import { z } from 'zod';
import type { JiraProblem } from '../domain/plan';
import type { JiraAnswer, JiraIdentity } from '../ports/jira';

type Route = ReturnType<typeof route>;

export const errorBodySchema = z
  .object({
    errorMessages: z.array(z.string()).optional(),
    errors: z.record(z.string(), z.string()).optional(),
  })
  .loose();

export const messagesOf = (body: unknown): string[] => {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return [];
  return [
    ...(parsed.data.errorMessages ?? []),
    ...Object.entries(parsed.data.errors ?? {}).map(([field, message]) => `${field}: ${message}`),
  ].slice(0, 10);
};

/** `Retry-After` in seconds (Jira sends seconds; an HTTP date is read too). */
function retryAfterOf(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 900);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.min(900, Math.ceil((at - Date.now()) / 1000)));
}

function problemOf(status: number, body: unknown, headers: Headers): JiraProblem {
  const messages = messagesOf(body);
  const retryAfterSeconds = retryAfterOf(headers);
  const retry = retryAfterSeconds === undefined ? {} : { retryAfterSeconds };
  if (status === 401 || status === 403) return { kind: 'forbidden', status, messages };
  if (status === 404) return { kind: 'notFound', status, messages };
  if (status === 429) return { kind: 'rateLimited', status, messages, ...retry };
  if (status >= 500) return { kind: 'unavailable', status, messages, ...retry };
  return { kind: 'rejected', status, messages };
}

export const shape = (status: number): JiraProblem => ({ kind: 'shape', status, messages: [] });

/** One request: the parsed body on `expected`, a JiraProblem otherwise. */
export async function request<T>(
  as: JiraIdentity,
  path: Route,
  init: { method?: 'GET' | 'POST' | 'PUT'; body?: unknown },
  expected: readonly number[],
  schema: z.ZodType<T>,
): Promise<JiraAnswer<T>> {
  let response: Response;
  try {
    const client = as === 'user' ? api.asUser() : api.asApp();
    response = (await client.requestJira(path, {
      method: init.method ?? 'GET',
      headers: {
        Accept: 'application/json',
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    })) as Response;
  } catch {
    // No answer at all: the request may or may not have been carried out.
    return { ok: false, problem: { kind: 'timeout', messages: [] } };
  }
  let body: unknown = undefined;
  const text = await response.text().catch(() => '');
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!expected.includes(response.status)) {
    return { ok: false, problem: problemOf(response.status, body, response.headers) };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: shape(response.status) };
}
