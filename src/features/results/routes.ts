/**
 * results/get: a closed campaign's results, for the roles it shares them with, and for its customers when it says
 * so (the overall and their own department). Round trips: the caller's roles, one batch get (the campaign and its
 * snapshot), the frozen model — whatever the number of respondents. A campaign closed before snapshots existed is
 * built on first open.
 */
import { dayOf, invitedPeople } from '../../domain/campaign';
import { resultsAccessOf } from '../../domain/results/access';
import { effectiveThreshold, resultsOf, type Results } from '../../domain/results';
import type { Ports } from '../../ports';
import type { CustomerResults, ResultsView, resultsContract } from '../../shared/contract/results';
import { fail, isFailure, ok, type Result } from '../../shared/result';
import { campaignMissing, frozenModel } from '../common/guards';
import { peopleOf } from '../common/people';
import type { Request, RouteTable } from '../router';
import { buildResults } from './build';
import { getComments } from './comments';

/** What a customer may see: the overall (and its trends) and their own department's row. */
const forCustomer = (results: Results, departmentId: string | undefined): CustomerResults => ({
  thresholds: results.thresholds,
  overall: results.overall,
  trends: results.trends,
  departments: results.departments.filter((row) => row.id === departmentId),
});

export async function getResults(
  { payload, accountId, access }: Request<'results/get'>,
  ports: Ports,
): Promise<Result<ResultsView>> {
  const [{ roles }, read] = await Promise.all([access(), ports.results.read(payload.campaignId)]);
  const { campaign } = read;
  if (!campaign) return campaignMissing();
  const allowed = resultsAccessOf(campaign, roles, accountId);
  if (allowed.kind === 'refused') {
    if (allowed.reason === 'not-entitled') return campaignMissing();
    return fail('FORBIDDEN', allowed.reason === 'not-closed' ? 'results.notClosed' : 'results.notShared');
  }
  const [model, snapshot] = await Promise.all([
    frozenModel(ports, campaign),
    read.snapshot ?? buildResults(ports, campaign),
  ]);
  if (isFailure(model)) return model;
  const results = resultsOf({
    campaign: {
      id: campaign.id,
      period: campaign.period,
      ...(campaign.closedAt !== undefined ? { closedAt: campaign.closedAt } : {}),
    },
    model,
    departments: campaign.audience.departments.map((d) => ({ id: d.id, name: d.name })),
    portfolios: campaign.team.map((m) => ({
      buyerAccountId: m.accountId,
      departments: m.portfolio.departments,
    })),
    customers: snapshot.customers,
    selves: snapshot.selves,
    k: effectiveThreshold(campaign.results.minGroupSize, 5),
    kComments: effectiveThreshold(campaign.results.minCommentGroupSize, 10),
    history: snapshot.history,
  });
  const head = {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      period: campaign.period,
      status: campaign.status,
      anonymous: campaign.anonymous,
      ...(campaign.closedAt !== undefined ? { closedOn: dayOf(campaign.closedAt) } : {}),
    },
    model,
    invited: invitedPeople(campaign).length,
    builtAt: snapshot.builtAt,
  };
  if (allowed.kind === 'customer') {
    return ok({ ...head, scope: 'customer', results: forCustomer(results, allowed.departmentId) });
  }
  const ref = await peopleOf(
    ports,
    campaign.team.map((m) => m.accountId),
  );
  return ok({ ...head, scope: 'full', results, buyers: campaign.team.map((m) => ref(m.accountId)) });
}

export const resultsRoutes = {
  'results/get': { requires: 'signed-in', handle: getResults },
  'results/comments': { requires: 'signed-in', handle: getComments },
} satisfies RouteTable<typeof resultsContract>;
