/**
 * The one guard of campaign endpoints: load the campaign with the caller's roles and apply the campaign policy
 * (domain/campaigns/access.ts). A use case names the capability it needs and gets the campaign and the caller's
 * standing, or the typed refusal to answer.
 */
import { decide, standingOf, type CampaignCapability, type Standing } from '../../domain/campaigns';
import type { AppRole } from '../../domain/roles';
import type { Ports } from '../../ports';
import type { StoredCampaign } from '../../ports/campaigns';
import { fail, type Failure } from '../../shared/result';
import type { Request } from '../router';

export const campaignMissing = (): Failure => fail('NOT_FOUND', 'campaign.missing');

export interface CampaignCaller {
  campaign: StoredCampaign;
  roles: readonly AppRole[];
  standing: Standing;
}

/** The policy's answer for a campaign already read: someone not entitled learns nothing (as for no campaign). */
export function applyPolicy(
  capability: CampaignCapability,
  campaign: StoredCampaign,
  roles: readonly AppRole[],
  accountId: string,
): CampaignCaller | Failure {
  const decision = decide(capability, campaign, standingOf(campaign, roles, accountId));
  if (decision.kind === 'not-entitled') return campaignMissing();
  if (decision.kind === 'refused') return fail('FORBIDDEN', decision.reason);
  return { campaign, roles, standing: decision.standing };
}

/** Round trips: the caller's roles and the campaign, in parallel. */
export async function enterCampaign(
  ports: Pick<Ports, 'campaigns'>,
  campaignId: string,
  { accountId, access }: Pick<Request<'campaigns/get'>, 'accountId' | 'access'>,
  capability: CampaignCapability,
): Promise<CampaignCaller | Failure> {
  const [{ roles }, campaign] = await Promise.all([access(), ports.campaigns.read(campaignId)]);
  if (!campaign) return campaignMissing();
  return applyPolicy(capability, campaign, roles, accountId);
}
