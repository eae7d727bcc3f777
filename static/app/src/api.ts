/**
 * The typed client for the resolvers. Types come from the shared contract (src/shared), never copied.
 * Nothing thrown leaves `call`: a rejected invoke (bridge down, rate limit, timeout) and a reply that is not a
 * Result both come back as a Result error, so views only ever switch on `ok`.
 *
 * Only *types* are imported from the contract: the zod schemas stay out of the main bundle.
 */
import { invoke } from '@forge/bridge';
import type { Payload, ResolverKey, ResponseData } from '@shared/contract';
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

const failure = (code: ErrorCode, message: string): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, message },
});

/** Checks the Result envelope (not the data: the resolver owns that shape through the contract). */
function asResult<T>(reply: unknown): Result<T> {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
    const r = reply as { ok: unknown; data?: unknown; error?: unknown };
    if (r.ok === true && 'data' in r) return { ok: true, data: r.data as T };
    if (r.ok === false && typeof r.error === 'object' && r.error !== null) {
      const e = r.error as { code?: unknown; message?: unknown; issues?: unknown };
      const code = isErrorCode(e.code) ? e.code : 'INTERNAL';
      const message = typeof e.message === 'string' ? e.message : code;
      return Array.isArray(e.issues)
        ? { ok: false, error: { code, message, issues: e.issues as AppError['issues'] } }
        : failure(code, message);
    }
  }
  return failure('INTERNAL', 'The resolver answered something that is not a Result.');
}

export async function call<K extends ResolverKey>(
  key: K,
  payload: Payload<K>,
): Promise<Result<ResponseData[K]>> {
  try {
    const reply: unknown = await invoke(key, payload as Record<string, unknown>);
    return asResult<ResponseData[K]>(reply);
  } catch (e) {
    return failure('UNAVAILABLE', e instanceof Error ? e.message : String(e));
  }
}
