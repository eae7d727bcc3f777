/**
 * The typed client for the resolvers. Types come from the shared contract (src/shared), never copied.
 * Nothing thrown leaves `call`: a rejected invoke (bridge down, rate limit, timeout) and a reply that is not a
 * Result both come back as a Result error, so views only ever switch on `ok`.
 *
 * Only *types* are imported from the contract: the zod schemas stay out of the bundles.
 */
import { invoke } from '@forge/bridge';
import type { Output, Payload, ResolverKey } from '@shared/contract';
import { isReason, type Params } from '@shared/reasons';
import type { AppError, ErrorCode, Result } from '@shared/result';

const ERROR_CODES: readonly ErrorCode[] = [
  'INVALID_PAYLOAD',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UNAVAILABLE',
  'INTERNAL',
];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** The string and number values of `value` (what a reason's placeholders take), or undefined if none. */
export function paramsOf(value: unknown): Params | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string | number] =>
      typeof entry[1] === 'string' || typeof entry[1] === 'number',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

const failure = (code: ErrorCode, message: string): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, message },
});

/** The error of a failed Result: code and message always; reason, params and issues only when well-formed. */
function asError(raw: object): AppError {
  const e = raw as {
    code?: unknown;
    reason?: unknown;
    params?: unknown;
    message?: unknown;
    issues?: unknown;
  };
  const code = isErrorCode(e.code) ? e.code : 'INTERNAL';
  const message = typeof e.message === 'string' ? e.message : code;
  const reason = isReason(e.reason) ? e.reason : undefined;
  const params = reason ? paramsOf(e.params) : undefined;
  return {
    code,
    ...(reason ? { reason } : {}),
    ...(params ? { params } : {}),
    message,
    ...(Array.isArray(e.issues) ? { issues: e.issues as AppError['issues'] } : {}),
  };
}

/** Checks the Result envelope (not the data: the resolver owns that shape through the contract). */
function asResult<T>(reply: unknown): Result<T> {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
    const r = reply as { ok: unknown; data?: unknown; error?: unknown };
    if (r.ok === true && 'data' in r) return { ok: true, data: r.data as T };
    if (r.ok === false && typeof r.error === 'object' && r.error !== null) {
      return { ok: false, error: asError(r.error) };
    }
  }
  return failure('INTERNAL', 'The resolver answered something that is not a Result.');
}

export async function call<K extends ResolverKey>(key: K, payload: Payload<K>): Promise<Result<Output<K>>> {
  try {
    const reply: unknown = await invoke(key, payload as Record<string, unknown>);
    return asResult<Output<K>>(reply);
  } catch (e) {
    return failure('UNAVAILABLE', e instanceof Error ? e.message : String(e));
  }
}
