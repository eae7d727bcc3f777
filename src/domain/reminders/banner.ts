/**
 * The page banner: which of a person's pending surveys and weighings it shows today. Pure: the handler reads the
 * person's pending items (one query), and only when there are some, the campaigns, the person's answers, ballots
 * and the weighing rounds, and passes them here.
 */
import { eligibilityOf, type Campaign } from '../campaigns';
import { dayOf, dayStart, daysBetween } from '../common';
import { roundStatus, type WeighingRound } from '../weighing';
import { DEFAULT_SCHEDULE, latestReminderDay, reminderDays, type ReminderSchedule } from './schedule';

/** A survey to answer, or the plan's candidate actions to weigh once the campaign closed. */
export type PendingKind = 'survey' | 'weighing';

/** What the app keeps per person, campaign and kind while it waits for them (a hint: checked on every read). */
export interface PendingItem {
  campaignId: string;
  /** Absent on the survey's items (as they were first written). */
  kind?: 'weighing';
  /** The buyer who last asked this person to answer, and when (epoch ms). */
  remindedBy?: string;
  remindedAt?: number;
}

export const kindOf = (item: PendingItem): PendingKind => item.kind ?? 'survey';

/** What the banner knows of a campaign's weighing for this person: the round as read, and whether they weighed. */
export interface WeighingFacts {
  round: WeighingRound;
  balloted: boolean;
}

export interface BannerEntry {
  campaignId: string;
  kind: PendingKind;
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
  /** The weighings of the person's weighing items, by campaign id (missing: not read). */
  weighings?: ReadonlyMap<string, WeighingFacts>;
  /** When the person last dismissed the banner (epoch ms). */
  dismissedAt?: number;
  now: number;
}

export interface BannerPlan {
  show: BannerEntry[];
  /** Items that will never stand for anything again (campaign gone, closed or over, answer or ballot in). */
  stale: { campaignId: string; kind: PendingKind }[];
}

/** Where an item stands, and the window its reminder days fall in. */
type Standing = { campaign: Campaign; window: { opensOn: string; closesOn: string } } | 'stale' | 'hidden';

export const scheduleOf = (campaign: Campaign): ReminderSchedule => campaign.reminders ?? DEFAULT_SCHEDULE;

/** When the item last asked for attention: its window's latest reminder day, or a buyer's later reminder. */
function activation(
  item: PendingItem,
  standing: Exclude<Standing, string>,
  today: string,
): number | undefined {
  const day = latestReminderDay(reminderDays(scheduleOf(standing.campaign), standing.window), today);
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
function surveyStanding(input: BannerInput, item: PendingItem, today: string): Standing {
  const campaign = input.campaigns.get(item.campaignId);
  if (!campaign || campaign.status === 'closed' || today > campaign.closesOn) return 'stale';
  if (input.submitted.has(campaign.id)) return 'stale';
  if (campaign.status !== 'open' || !campaign.binding) return 'hidden';
  if (eligibilityOf(campaign, input.accountId).kind === 'not-in-audience') return 'hidden';
  return { campaign, window: campaign };
}

/**
 * A weighing item, by the same rule: `stale` once its round is over or the person's ballot is in; a round not yet
 * read as open (a read lagging behind the opening) hides it. Shown to a person of the closed campaign's audience,
 * its reminder days counted from the day the round opened to its closing day.
 */
function weighingStanding(input: BannerInput, item: PendingItem, now: number): Standing {
  const campaign = input.campaigns.get(item.campaignId);
  if (!campaign) return 'stale';
  const facts = input.weighings?.get(campaign.id);
  if (!facts || facts.round.status === 'notOpen' || campaign.status !== 'closed' || !campaign.binding)
    return 'hidden';
  if (roundStatus(facts.round, now) === 'closed' || facts.balloted) return 'stale';
  if (eligibilityOf(campaign, input.accountId).kind === 'not-in-audience') return 'hidden';
  return { campaign, window: { opensOn: dayOf(facts.round.openedAt), closesOn: facts.round.closesOn } };
}

const standing = (input: BannerInput, item: PendingItem, now: number): Standing =>
  kindOf(item) === 'weighing' ? weighingStanding(input, item, now) : surveyStanding(input, item, dayOf(now));

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
    .filter((item) => kindOf(item) === 'survey')
    .flatMap((item) => {
      const found = standing(input, item, input.now);
      return typeof found !== 'string' ? [entryOf(item, found, today)] : [];
    })
    .sort(byClosingDay);
}

/** One waiting survey or weighing: its campaign, its closing day and the days left to it. */
const entryOf = (item: PendingItem, found: Exclude<Standing, string>, today: string): BannerEntry => ({
  campaignId: found.campaign.id,
  kind: kindOf(item),
  closesOn: found.window.closesOn,
  daysLeft: daysBetween(today, found.window.closesOn),
});

/** The survey closing first comes first. */
const byClosingDay = (a: BannerEntry, b: BannerEntry) =>
  a.closesOn.localeCompare(b.closesOn) ||
  a.campaignId.localeCompare(b.campaignId) ||
  a.kind.localeCompare(b.kind);

/**
 * Shown: pending items whose last call for attention came after the last dismissal, unless the banner was dismissed
 * today ("dismiss for a day"). A reminder day or a buyer's reminder raises it again, never more often.
 */
export function planBanner(input: BannerInput): BannerPlan {
  const today = dayOf(input.now);
  const dismissedToday = dismissedOn(input.dismissedAt, today);
  const show: BannerEntry[] = [];
  const stale: BannerPlan['stale'] = [];
  for (const item of input.items) {
    const found = standing(input, item, input.now);
    if (found === 'stale') stale.push({ campaignId: item.campaignId, kind: kindOf(item) });
    if (typeof found === 'string') continue;
    const raised = activation(item, found, today);
    if (raised === undefined || dismissedToday) continue;
    const dismissed = input.dismissedAt ?? -Infinity;
    if (dismissed >= raised) continue;
    // A reminder the person dismissed already is not news: a later reminder day does not repeat its sender.
    const asked = item.remindedBy !== undefined && (item.remindedAt ?? -Infinity) > dismissed;
    show.push({ ...entryOf(item, found, today), ...(asked ? { remindedBy: item.remindedBy } : {}) });
  }
  show.sort(byClosingDay);
  return { show, stale };
}
