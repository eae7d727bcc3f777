/**
 * Every resolver answers with a Result: nothing thrown ever crosses `invoke`.
 * The UI switches on `ok` and, for failures, on a stable `code` it can translate.
 */
export type ErrorCode =
  'INVALID_PAYLOAD' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAVAILABLE' | 'INTERNAL';

export interface AppError {
  code: ErrorCode;
  message: string;
  /** Field-level problems for INVALID_PAYLOAD, as `path: message` pairs. */
  issues?: { path: string; message: string }[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });

export const fail = (code: ErrorCode, message: string, issues?: AppError['issues']): Result<never> => ({
  ok: false,
  error: issues && issues.length > 0 ? { code, message, issues } : { code, message },
});
