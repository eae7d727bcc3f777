import { dayOf } from '../../domain/common';
import type { StoredCampaign } from '../../ports/campaigns';
import type { CampaignSummaryView, CampaignView } from '../../shared/contract/campaigns';

export function campaignView(campaign: StoredCampaign, hasAnswers: boolean): CampaignView {
  const { binding, createdAt: _createdAt, ...rest } = campaign;
  return { ...rest, bound: binding !== undefined, hasAnswers };
}

export const summaryView = (c: StoredCampaign): CampaignSummaryView => ({
  id: c.id,
  name: c.name,
  period: c.period,
  status: c.status,
  opensOn: c.opensOn,
  closesOn: c.closesOn,
  anonymous: c.anonymous,
  bound: c.binding !== undefined,
  ...(c.status === 'closed' && c.closedAt !== undefined ? { closedOn: dayOf(c.closedAt) } : {}),
});
