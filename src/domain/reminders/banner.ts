/**
 * The page banner: which of a person's pending surveys it shows today. Pure: the handler reads the person's pending
 * items (one query), and only when there are some, the campaigns and the person's answers, and passes them here.
 */
import { eligibilityOf, type Campaign } from '../campaigns';
import { dayOf, dayStart, daysBetween } from '../common';
import { DEFAULT_SCHEDULE, latestReminderDay, reminderDays, type ReminderSchedule } from './schedule';

/** What the app keeps per person and campaign while an invitation is unanswered (a hint: checked on every read). */
export interface PendingItem {
  campaignId: string;
  /** The buyer who last asked this person to answer, and when (epoch ms). */
  remindedBy?: string;
  remindedAt?: number;
}

export interface BannerEntry {
  campaignId: string;
  closesOn: string;
  /** Days until the closing day, 0 on the day itself (the survey still takes answers then). */
  daysLeft: number;
  remindedBy?: string;
}

export interface BannerInput {
  accountId: string;
  items: readonly PendingItem[];
  /** The items' campaigns as stored now (missing ones are gone). */
  campaigns: ReadonlyMap<string, Campaign>;
  /** Campaigns in which this person's answer is submitted. */
  submitted: ReadonlySet<string>;
  /** When the person last dismissed the banner (epoch ms). */
  dismissedAt?: number;
  now: number;
}

export interface BannerPlan {
  show: BannerEntry[];
  /** Items that will never stand for anything again (campaign gone, closed or over, answer submitted). */
  stale: string[];
}

export const scheduleOf = (campaign: Campaign): ReminderSchedule => campaign.reminders ?? DEFAULT_SCHEDULE;

/** When the item last asked for attention: its campaign's latest reminder day, or a buyer's later reminder. */
function activation(item: PendingItem, campaign: Campaign, today: string): number | undefined {
  const day = latestReminderDay(reminderDays(scheduleOf(campaign), campaign), today);
  const times = [day === undefined ? undefined : dayStart(day), item.remindedAt].filter(
    (t): t is number => t !== undefined,
  );
  return times.length > 0 ? Math.max(...times) : undefined;
}

/**
 * What an item stands for now: `stale` only when it never will stand for anything again (the campaign is gone,
 * closed or past its closing day, or the person's answer is in): a read that may lag behind (a campaign that just
 * opened still reading as scheduled, a person just added to its audience) hides it, never deletes it. Shown only
 * for an open campaign whose survey is on a page, to a person of its audience.
 */
function standing(input: BannerInput, item: PendingItem, today: string): Campaign | 'stale' | 'hidden' {
  const campaign = input.campaigns.get(item.campaignId);
  if (!campaign || campaign.status === 'closed' || today > campaign.closesOn) return 'stale';
  if (input.submitted.has(campaign.id)) return 'stale';
  if (campaign.status !== 'open' || !campaign.binding) return 'hidden';
  if (eligibilityOf(campaign, input.accountId).kind === 'not-in-audience') return 'hidden';
  return campaign;
}

/** Whether the banner was dismissed on `today` ("dismiss for a day"): nothing shows, whatever waits. */
export const dismissedOn = (dismissedAt: number | undefined, today: string): boolean =>
  dismissedAt !== undefined && dayOf(dismissedAt) === today;

/**
 * Every pending item that still stands for an unanswered invitation to an open survey, dismissed or not: the home
 * feed lists them all (the banner's dismissal and reminder days only govern the banner).
 */
export function stillOpen(input: BannerInput): BannerEntry[] {
  const today = dayOf(input.now);
  return input.items
    .flatMap((item) => {
      const campaign = standing(input, item, today);
      return typeof campaign !== 'string' ? [entryOf(campaign, today)] : [];
    })
    .sort(byClosingDay);
}

/** One waiting survey: its campaign, its closing day and the days left to it. */
const entryOf = (campaign: Campaign, today: string): BannerEntry => ({
  campaignId: campaign.id,
  closesOn: campaign.closesOn,
  daysLeft: daysBetween(today, campaign.closesOn),
});

/** The survey closing first comes first. */
const byClosingDay = (a: BannerEntry, b: BannerEntry) =>
  a.closesOn.localeCompare(b.closesOn) || a.campaignId.localeCompare(b.campaignId);

/**
 * Shown: pending items whose last call for attention came after the last dismissal, unless the banner was dismissed
 * today ("dismiss for a day"). A reminder day or a buyer's reminder raises it again, never more often.
 */
export function planBanner(input: BannerInput): BannerPlan {
  const today = dayOf(input.now);
  const dismissedToday = dismissedOn(input.dismissedAt, today);
  const show: BannerEntry[] = [];
  const stale: string[] = [];
  for (const item of input.items) {
    const campaign = standing(input, item, today);
    if (campaign === 'stale') stale.push(item.campaignId);
    if (typeof campaign === 'string') continue;
    const raised = activation(item, campaign, today);
    if (raised === undefined || dismissedToday) continue;
    const dismissed = input.dismissedAt ?? -Infinity;
    if (dismissed >= raised) continue;
    // A reminder the person dismissed already is not news: a later reminder day does not repeat its sender.
    const asked = item.remindedBy !== undefined && (item.remindedAt ?? -Infinity) > dismissed;
    show.push({ ...entryOf(campaign, today), ...(asked ? { remindedBy: item.remindedBy } : {}) });
  }
  show.sort(byClosingDay);
  return { show, stale };
}
