/**
 * What the UI tests use: the fake Forge host (./bridge.ts), the one fake backend behind it (./fake.ts, its state
 * in ./state.ts, each slice's answers in ./survey.ts, ./admin.ts and ./plan.ts) and the builders of the contract's
 * views (./views/).
 */
import type { Params, Reason } from '../../../src/shared/reasons';
import { fail, type ErrorCode, type Failure } from '../../../src/shared/result';

export { fetchLog, i18nInfo, installBridge, plain, useHost, type Host, type HostOptions } from './bridge';
export { fakeBackend, type Handler, type Override, type UiBackend } from './fake';
export type { BackendState, Seed } from './state';
export * from './views/admin';
export * from './views/people';
export * from './views/plan';
export * from './views/results';
export * from './views/survey';

/** A failure as an older or foreign server sends it: a code and an English message, no reason. */
export const failure = (code: ErrorCode, message = 'server message'): Failure => ({
  ok: false,
  error: { code, message },
});

/** A failure as the server sends it: with a reason (and its params) when given, else code and message only. */
export const errorResult = (code: ErrorCode, reason?: Reason, params?: Params): Failure =>
  reason ? fail(code, reason, params) : failure(code);
