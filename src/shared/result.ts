/**
 * Every resolver answers with a Result: nothing thrown ever crosses `invoke`.
 * A failure carries a stable `code` (what kind of failure), a `reason` (which one, a key of REASONS) and its
 * `params`: the UI words it in the user's locale from those. `message` is the English wording, for logs and tools.
 */
import { REASONS, type Params, type Reason } from './reasons';

export type ErrorCode =
  'INVALID_PAYLOAD' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAVAILABLE' | 'INTERNAL';

/** One field-level problem of an INVALID_PAYLOAD failure. */
export interface Issue {
  path: string;
  reason?: Reason;
  params?: Params;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  reason?: Reason;
  params?: Params;
  message: string;
  /** Field-level problems for INVALID_PAYLOAD. */
  issues?: Issue[];
}

export type Failure = { ok: false; error: AppError };
export type Result<T> = { ok: true; data: T } | Failure;

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });

/** The English text of a reason with its params filled in. */
export function wordingOf(reason: Reason, params?: Params): string {
  return REASONS[reason].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params && Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** A field-level problem, worded in English from its reason. */
export const issue = (path: string, reason: Reason, params?: Params): Issue => ({
  path,
  reason,
  ...(params ? { params } : {}),
  message: wordingOf(reason, params),
});

export function fail(code: ErrorCode, reason: Reason, params?: Params, issues?: Issue[]): Failure {
  return {
    ok: false,
    error: {
      code,
      reason,
      ...(params ? { params } : {}),
      message: wordingOf(reason, params),
      ...(issues && issues.length > 0 ? { issues } : {}),
    },
  };
}

export const isFailure = (value: unknown): value is Failure =>
  typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
