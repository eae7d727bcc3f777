/**
 * Proxy entry: a buyer enters the answers of a customer of their own portfolio, after a face-to-face review.
 * Named campaigns only, people of the audience only; stored under the customer's own key, marked `proxyBy`.
 */
import { eligibilityOf, isTeamMember, portfolioPeople, type Campaign } from '../../domain/campaign';
import type { Ports } from '../../ports';
import type { ProxyResponseView, proxyContract } from '../../shared/contract/proxy';
import type { SaveResultView } from '../../shared/contract/survey';
import { fail, isFailure, ok, type Failure, type Result } from '../../shared/result';
import { saveAnswer, toResponseView } from '../common/answers';
import { boundCampaign, frozenModel, openForAnswers } from '../common/guards';
import type { Request, RouteTable } from '../router';

function proxyRefusal(campaign: Campaign, buyer: string, customer: string): Failure | undefined {
  if (campaign.anonymous) return fail('FORBIDDEN', 'proxy.anonymous');
  if (!isTeamMember(campaign, buyer)) return fail('FORBIDDEN', 'proxy.teamOnly');
  if (!portfolioPeople(campaign, buyer).includes(customer)) return fail('FORBIDDEN', 'proxy.notInPortfolio');
  if (eligibilityOf(campaign, customer).kind === 'not-in-audience')
    return fail('FORBIDDEN', 'proxy.notInAudience');
  return undefined;
}

export async function getProxyResponse(
  { payload, context, accountId }: Request<'survey/getProxy'>,
  ports: Ports,
): Promise<Result<ProxyResponseView>> {
  const campaign = await boundCampaign(ports, payload.campaignId, context);
  if (isFailure(campaign)) return campaign;
  const refused = proxyRefusal(campaign, accountId, payload.customerAccountId);
  if (refused) return refused;
  const stored = await ports.responses.get({
    campaignId: campaign.id,
    kind: 'customer',
    respondentKey: payload.customerAccountId,
  });
  const eligibility = eligibilityOf(campaign, payload.customerAccountId);
  return ok({
    response: stored ? toResponseView(stored) : null,
    chooseDepartment: eligibility.kind === 'choose-department',
    ...(eligibility.kind === 'member' ? { departmentId: eligibility.departmentId } : {}),
  });
}

export async function submitProxyAnswer(
  { payload, context, accountId }: Request<'survey/proxySubmit'>,
  ports: Ports,
): Promise<Result<SaveResultView>> {
  const campaign = await boundCampaign(ports, payload.campaignId, context);
  if (isFailure(campaign)) return campaign;
  const refused = proxyRefusal(campaign, accountId, payload.customerAccountId) ?? openForAnswers(campaign);
  if (refused) return refused;
  const model = await frozenModel(ports, campaign);
  if (isFailure(model)) return model;
  return saveAnswer(ports, {
    campaign,
    model,
    kind: 'customer',
    // Named campaigns only: the customer's own key, so it is the same answer as if they had entered it.
    respondentKey: payload.customerAccountId,
    eligibility: eligibilityOf(campaign, payload.customerAccountId),
    answers: payload.answers,
    departmentId: payload.departmentId,
    baseRevision: payload.baseRevision,
    mode: 'submit',
    proxyBy: accountId,
  });
}

export const proxyRoutes = {
  'survey/getProxy': { requires: 'signed-in', handle: getProxyResponse },
  'survey/proxySubmit': { requires: 'signed-in', handle: submitProxyAnswer },
} satisfies RouteTable<typeof proxyContract>;
