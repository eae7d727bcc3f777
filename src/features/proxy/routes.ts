/**
 * Proxy entry: a buyer enters the answers of a customer of their own portfolio, after a face-to-face review.
 * Named campaigns only, people of the audience only, and only for customers who have not answered themselves:
 * what a customer entered is never shown to the buyer and never replaced (the write's condition says so too).
 */
import { eligibilityOf, portfolioPeople, type Campaign } from '../../domain/campaigns';
import type { Ports } from '../../ports';
import type { ProxyResponseView, proxyContract } from '../../shared/contract/proxy';
import type { SaveResultView } from '../../shared/contract/survey';
import { fail, isFailure, ok, type Failure, type Result } from '../../shared/result';
import { saveAnswer, toResponseView, enterSurvey, openForAnswers, questionsOf } from '../common';
import type { Request, RouteTable } from '../router';

function proxyRefusal(
  campaign: Campaign,
  isTeam: boolean,
  buyer: string,
  customer: string,
): Failure | undefined {
  if (campaign.anonymous) return fail('FORBIDDEN', 'proxy.anonymous');
  if (!isTeam) return fail('FORBIDDEN', 'proxy.teamOnly');
  if (!portfolioPeople(campaign, buyer).includes(customer)) return fail('FORBIDDEN', 'proxy.notInPortfolio');
  if (eligibilityOf(campaign, customer).kind === 'not-in-audience')
    return fail('FORBIDDEN', 'proxy.notInAudience');
  return undefined;
}

export async function getProxyResponse(
  request: Request<'proxy/get'>,
  ports: Ports,
): Promise<Result<ProxyResponseView>> {
  const { payload, accountId } = request;
  const caller = await enterSurvey(ports, request, payload.campaignId);
  if (isFailure(caller)) return caller;
  const { campaign, isTeam } = caller;
  const refused = proxyRefusal(campaign, isTeam, accountId, payload.customerAccountId);
  if (refused) return refused;
  const stored = await ports.responses.get({
    campaignId: campaign.id,
    kind: 'customer',
    respondentKey: payload.customerAccountId,
  });
  const enteredByProxy = stored?.proxyBy !== undefined;
  const eligibility = eligibilityOf(campaign, payload.customerAccountId);
  return ok({
    response: stored && enteredByProxy ? toResponseView(stored) : null,
    answeredThemselves: stored !== undefined && !enteredByProxy,
    chooseDepartment: eligibility.kind === 'choose-department',
    ...(eligibility.kind === 'member' ? { departmentId: eligibility.departmentId } : {}),
  });
}

export async function submitProxyAnswer(
  request: Request<'proxy/submit'>,
  ports: Ports,
): Promise<Result<SaveResultView>> {
  const { payload, accountId } = request;
  const caller = await enterSurvey(ports, request, payload.campaignId);
  if (isFailure(caller)) return caller;
  const { campaign, isTeam } = caller;
  const customer = payload.customerAccountId;
  const refused = proxyRefusal(campaign, isTeam, accountId, customer) ?? openForAnswers(campaign);
  if (refused) return refused;
  const questions = await questionsOf(ports, campaign);
  if (isFailure(questions)) return questions;
  return saveAnswer(ports, {
    campaign,
    questions,
    kind: 'customer',
    // Named campaigns only: the customer's own key, so it is the same answer as if they had entered it.
    respondentKey: customer,
    eligibility: eligibilityOf(campaign, customer),
    answers: payload.answers,
    departmentId: payload.departmentId,
    baseRevision: payload.baseRevision,
    mode: 'submit',
    proxyBy: accountId,
    customerAccountId: customer,
    recheck: (fresh) => proxyRefusal(fresh, isTeam, accountId, customer),
  });
}

export const proxyRoutes = {
  'proxy/get': { requires: 'signed-in', handle: getProxyResponse },
  'proxy/submit': { requires: 'signed-in', handle: submitProxyAnswer },
} satisfies RouteTable<typeof proxyContract>;
