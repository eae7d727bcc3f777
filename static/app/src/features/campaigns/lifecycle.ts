/**
 * What the campaign editor says and offers for each status: Open for a draft (which schedules it when its opening
 * day is still ahead: the server answers `scheduled`, and the hourly job opens it on the day), Close for an open
 * campaign, nothing for a scheduled or closed one. Days are compared in UTC, as the server does.
 */
import { type CampaignStatus } from '@domain/campaigns';
import { dayOf } from '@domain/common';
import type { CampaignView } from '@shared/contract/campaigns';
import type { Translate } from '../../app/i18n';
import { formatDay, todayUtc } from '../../components/dates';
import type { Locale } from '@shared/i18n';

/** A draft whose opening day is still ahead: "Open" schedules it. */
export const opensLater = (view: Pick<CampaignView, 'status' | 'opensOn'>): boolean =>
  view.status === 'draft' && view.opensOn > todayUtc();

export const lifecycleAction = (status: CampaignStatus): 'open' | 'close' | null =>
  status === 'draft' ? 'open' : status === 'open' ? 'close' : null;

/** The day it was really closed (by hand or by the scheduled job); the planned day if the server did not say. */
export const closedDayOf = (view: Pick<CampaignView, 'closedAt' | 'closesOn'>): string =>
  view.closedAt !== undefined ? dayOf(view.closedAt) : view.closesOn;

/** One sentence on where the campaign stands. */
export function statusSentence(view: CampaignView, t: Translate, locale: Locale): string {
  switch (view.status) {
    case 'draft':
      return opensLater(view)
        ? t('ui.admin.campaign.draftFutureStatus', { date: formatDay(view.opensOn, locale) })
        : t('ui.admin.campaign.draftStatus');
    case 'scheduled':
      return t('ui.admin.campaign.scheduledStatus', { date: formatDay(view.opensOn, locale) });
    case 'open':
      return t('ui.admin.campaign.openStatus');
    case 'closed':
      return t('ui.admin.campaign.closedStatus', { date: formatDay(closedDayOf(view), locale) });
  }
}
