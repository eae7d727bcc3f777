/** campaigns/list and campaigns/get: admins and quality see every campaign, a buyer the ones of their team. */
import type { Ports } from '../../ports';
import type { CampaignSummaryView, CampaignView } from '../../shared/contract/campaigns';
import { isFailure, ok, type Result } from '../../shared/result';
import { readsCampaign, standingOf } from '../../domain/campaigns';
import { enterCampaign } from '../common';
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
      .filter((c) => readsCampaign(standingOf(c, roles, accountId)))
      .reverse()
      .map(summaryView),
  );
}

export async function getCampaign(
  { payload, accountId, access }: Request<'campaigns/get'>,
  ports: Ports,
): Promise<Result<CampaignView>> {
  // Not theirs: the same answer as a campaign that does not exist.
  const caller = await enterCampaign(ports, payload.campaignId, { accountId, access }, 'read');
  if (isFailure(caller)) return caller;
  const { campaign } = caller;
  return ok(
    campaignView(campaign, campaign.answered === true || (await ports.responses.hasAnswers(campaign.id))),
  );
}
