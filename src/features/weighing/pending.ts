/**
 * Whether a person has a weighing to do, for the home feed and the page banner: the same rules as the weighing itself
 * (the campaign's audience, a round taking ballots) and their own ballot, found under their voter key, never anybody
 * else's.
 */
import { daysBetween, dayOf } from '../../domain/common';
import { eligibilityOf } from '../../domain/campaigns';
import { NOT_OPEN, takesBallots, type WeighingRound } from '../../domain/weighing';
import type { Ports } from '../../ports';
import type { StoredCampaign } from '../../ports/campaigns';
import { isFailure } from '../../shared/result';
import { voterKeyOf } from './weighing';

export interface WeighingToDo {
  closesOn: string;
  /** Days until the closing day, 0 on the day itself. */
  daysLeft: number;
}

/** Round trips: the plan record; while its round takes ballots, the voter key and the person's ballot. */
export async function weighingToDo(
  ports: Pick<Ports, 'plans' | 'pseudonyms' | 'clock'>,
  campaign: StoredCampaign,
  accountId: string,
): Promise<WeighingToDo | undefined> {
  if (campaign.status !== 'closed' || eligibilityOf(campaign, accountId).kind === 'not-in-audience')
    return undefined;
  const plan = await ports.plans.read(campaign.id);
  const now = ports.clock.now();
  if (!plan || plan.weighing.status !== 'open' || !takesBallots(plan.weighing, now)) return undefined;
  const key = await voterKeyOf(ports, campaign.id, accountId);
  // Without its key the round takes no ballot from anyone: nothing to do, rather than a link to a refusal.
  if (isFailure(key)) return undefined;
  if (await ports.plans.ballot(campaign.id, key)) return undefined;
  const { closesOn } = plan.weighing;
  return { closesOn, daysLeft: daysBetween(dayOf(now), closesOn) };
}

/**
 * The round as read and whether the person's ballot is in, for the page banner (which decides what they mean). A
 * person whose voter key cannot be read counts as not having weighed: the banner then only hides the item.
 */
export async function weighingFactsOf(
  ports: Pick<Ports, 'plans' | 'pseudonyms'>,
  campaignId: string,
  accountId: string,
): Promise<{ round: WeighingRound; balloted: boolean }> {
  const plan = await ports.plans.read(campaignId);
  const round = plan?.weighing ?? NOT_OPEN;
  if (round.status !== 'open') return { round, balloted: false };
  const key = await voterKeyOf(ports, campaignId, accountId);
  if (isFailure(key)) return { round, balloted: false };
  return { round, balloted: (await ports.plans.ballot(campaignId, key)) !== undefined };
}
