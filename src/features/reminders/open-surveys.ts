/**
 * The person's open surveys, for the home feed: the same truth as the page banner (each pending item checked against
 * its campaign and the person's own answer), without the banner's dismissal and reminder days.
 */
import { stillOpen } from '../../domain/reminders';
import type { StoredCampaign } from '../../ports/campaigns';
import { facts, type BannerPorts } from './banner';

export interface OpenSurvey {
  campaign: StoredCampaign;
  closesOn: string;
  daysLeft: number;
}

/** Only the person's own invitations: one storage round trip when there are none. */
export async function openSurveysOf(ports: BannerPorts, accountId: string): Promise<OpenSurvey[]> {
  const pending = await ports.reminders.ofPerson(accountId);
  if (pending.items.length === 0) return [];
  const known = await facts(ports, pending.items, accountId);
  return stillOpen({ accountId, ...known, now: ports.clock.now() }).map((entry) => ({
    campaign: known.campaigns.get(entry.campaignId)!,
    closesOn: entry.closesOn,
    daysLeft: entry.daysLeft,
  }));
}
