/** campaigns/list and campaigns/get: admins and quality see every campaign, a buyer the ones of their team. */
import type { Ports } from '../../ports';
import type { CampaignSummaryView, CampaignView } from '../../shared/contract/campaigns';
import { ok, type Result } from '../../shared/result';
import { campaignMissing, canReadCampaign } from '../common/guards';
import type { Request } from '../router';
import { campaignView, summaryView } from './views';

export async function listCampaigns(
  { accountId, access }: Request<'campaigns/list'>,
  ports: Ports,
): Promise<Result<CampaignSummaryView[]>> {
  const { roles } = await access();
  const all = await ports.campaigns.list();
  // Newest period first.
  return ok(
    all
      .filter((c) => canReadCampaign(roles, c, accountId))
      .reverse()
      .map(summaryView),
  );
}

export async function getCampaign(
  { payload, accountId, access }: Request<'campaigns/get'>,
  ports: Ports,
): Promise<Result<CampaignView>> {
  const { roles } = await access();
  const campaign = await ports.campaigns.read(payload.campaignId);
  if (!campaign) return campaignMissing();
  // Not theirs: the same answer as a campaign that does not exist.
  if (!canReadCampaign(roles, campaign, accountId)) return campaignMissing();
  return ok(
    campaignView(campaign, campaign.answered === true || (await ports.responses.hasAnswers(campaign.id))),
  );
}
