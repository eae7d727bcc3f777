/**
 * A server failure in the reader's language. The server words each failure in English (`message`, for logs); the UI
 * never shows that text: it translates the failure's `reason` (`ui.reasons.<reason>`, same keys as
 * src/shared/reasons.ts) with its `params`, and falls back to the wording of its `code` (`ui.errors.<code>`) or,
 * for a field-level issue, to a generic field message.
 */
import type { CampaignStatus } from '@domain/campaigns';
import { isReason, type Params } from '@shared/reasons';
import type { AppError, ErrorCode, Issue } from '@shared/result';
import type { MessageKey, Translate, Vars } from '../app/i18n';
import { paramsOf } from './call';
import { REASON_KEY } from './reason-keys';

/** The wording of each failure code. */
export const ERROR_KEY: Record<ErrorCode, MessageKey> = {
  INVALID_PAYLOAD: 'ui.errors.INVALID_PAYLOAD',
  NOT_FOUND: 'ui.errors.NOT_FOUND',
  FORBIDDEN: 'ui.errors.FORBIDDEN',
  CONFLICT: 'ui.errors.CONFLICT',
  UNAVAILABLE: 'ui.errors.UNAVAILABLE',
  INTERNAL: 'ui.errors.INTERNAL',
};

const STATUS_WORD: Record<CampaignStatus, MessageKey> = {
  draft: 'ui.errors.statusWord.draft',
  scheduled: 'ui.errors.statusWord.scheduled',
  open: 'ui.errors.statusWord.open',
  closed: 'ui.errors.statusWord.closed',
};

const isStatus = (value: unknown): value is CampaignStatus =>
  typeof value === 'string' && Object.hasOwn(STATUS_WORD, value);

/** Param values the UI knows how to word (a campaign status) are translated too; the rest are shown as sent. */
function localizedParams(params: Params | undefined, t: Translate): Vars | undefined {
  if (!params) return undefined;
  const status = params.status;
  return isStatus(status) ? { ...params, status: t(STATUS_WORD[status]) } : params;
}

function translateReason(reason: unknown, params: unknown, t: Translate): string | undefined {
  return isReason(reason) ? t(REASON_KEY[reason], localizedParams(paramsOf(params), t)) : undefined;
}

/** The translation of the failure's reason, or undefined when it has none the UI knows. */
export const reasonText = (error: AppError, t: Translate): string | undefined =>
  translateReason(error.reason, error.params, t);

/** What went wrong, in the reader's language: the reason when known, else the failure's code. */
export const describeError = (error: AppError, t: Translate): string =>
  reasonText(error, t) ?? t(ERROR_KEY[error.code]);

/** One field-level problem, in the reader's language: the reason when known, else a generic field message. */
export const describeIssue = (issue: Pick<Issue, 'reason' | 'params'>, t: Translate): string =>
  translateReason(issue.reason, issue.params, t) ?? t('ui.errors.field');

/**
 * The reasons of a CONFLICT that mean "someone else changed it since you read it" (reload and redo). Other
 * conflicts are refusals by the state of things (customers are weighing the action, the campaign is closed...):
 * they are said with their own reason, never as someone else's change.
 */
const CONCURRENT_CHANGE = new Set<string>([
  'plan.stale',
  'campaign.stale',
  'campaign.openConflict',
  'model.stale',
  'model.changed',
]);

/** Someone else changed it meanwhile: a CONFLICT with a stale reason, or with none (an older server's). */
export const isConcurrentChange = (error: AppError): boolean =>
  error.code === 'CONFLICT' && (error.reason === undefined || CONCURRENT_CHANGE.has(error.reason));
