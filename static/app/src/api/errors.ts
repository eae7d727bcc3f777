/**
 * A server failure in the reader's language. The server words each failure in English (`message`, for logs); the UI
 * never shows that text: it translates the failure's `reason` (`ui.reasons.<reason>`, same keys as
 * src/shared/reasons.ts) with its `params`, and falls back to the wording of its `code` (`ui.errors.<code>`) or,
 * for a field-level issue, to a generic field message.
 */
import type { CampaignStatus } from '@domain/campaigns';
import { isReason, type Params } from '@shared/reasons';
import type { AppError, Issue } from '@shared/result';
import type { Translate, Vars } from '../app/i18n';
import { paramsOf } from './call';

const STATUSES = new Set<string>(['draft', 'scheduled', 'open', 'closed'] satisfies CampaignStatus[]);

/** Param values the UI knows how to word (a campaign status) are translated too; the rest are shown as sent. */
function localizedParams(params: Params | undefined, t: Translate): Vars | undefined {
  if (!params) return undefined;
  const status = params.status;
  return typeof status === 'string' && STATUSES.has(status)
    ? { ...params, status: t(`ui.errors.statusWord.${status}`) }
    : params;
}

function translateReason(reason: unknown, params: unknown, t: Translate): string | undefined {
  return isReason(reason) ? t(`ui.reasons.${reason}`, localizedParams(paramsOf(params), t)) : undefined;
}

/** The translation of the failure's reason, or undefined when it has none the UI knows. */
export const reasonText = (error: AppError, t: Translate): string | undefined =>
  translateReason(error.reason, error.params, t);

/** What went wrong, in the reader's language: the reason when known, else the failure's code. */
export const describeError = (error: AppError, t: Translate): string =>
  reasonText(error, t) ?? t(`ui.errors.${error.code}`);

/** One field-level problem, in the reader's language: the reason when known, else a generic field message. */
export const describeIssue = (issue: Pick<Issue, 'reason' | 'params'>, t: Translate): string =>
  translateReason(issue.reason, issue.params, t) ?? t('ui.errors.field');
