/**
 * results/get: a closed campaign's results, for the roles it shares them with, and for its customers when it says
 * so (the overall and their own department). Round trips: the caller's roles, one batch get (the campaign and its
 * snapshot), one more (the frozen model and the earlier campaigns of its trends) — whatever the number of
 * respondents. A campaign whose snapshot the hourly job has not built yet is built on first open, once settled.
 */
import { resultsAccessOf, resultsOf, type Results } from '../../domain/results';
import { readAsCaller, thresholdsOf } from './policy';
import { invitedPeople } from '../../domain/campaigns';
import { dayOf } from '../../domain/common';
import type { Ports } from '../../ports';
import type { CustomerResults, ResultsView, resultsContract } from '../../shared/contract/results';
import { fail, isFailure, ok, type Failure, type Result } from '../../shared/result';
import type { AppRole } from '../../domain/roles';
import type { EvaluationModel } from '../../domain/model';
import type { ResultsSnapshot } from '../../ports/results';
import type { StoredCampaign } from '../../ports/campaigns';
import { peopleOf } from '../common';
import type { Request, RouteTable } from '../router';
import { preparing, settledSnapshot } from './build';
import { getComments } from './comments';

/** What a customer may see: the overall (and its trends) and their own department's row. */
const forCustomer = (results: Results, departmentId: string | undefined): CustomerResults => ({
  thresholds: results.thresholds,
  overall: results.overall,
  trends: results.trends,
  departments: results.departments.filter((row) => row.id === departmentId),
});

/** The campaign's results as a reader entitled to them sees them (trend points filtered by their access). */
export async function resultsFor(
  ports: Ports,
  campaign: StoredCampaign,
  snapshot: ResultsSnapshot,
  roles: readonly AppRole[],
  accountId: string,
): Promise<{ results: Results; model: EvaluationModel } | Failure> {
  const context = await ports.results.context(
    { id: campaign.modelId, version: campaign.modelVersion },
    snapshot.history.map((entry) => entry.campaignId),
  );
  const model = context.model;
  if (!model) return fail('NOT_FOUND', 'model.campaignModelMissing');
  // A trend point is another campaign's figure: shown only to those who may read that campaign's results.
  const readable = new Set(
    context.campaigns.filter((c) => resultsAccessOf(c, roles, accountId).kind !== 'refused').map((c) => c.id),
  );
  const history = snapshot.history.filter((entry) => readable.has(entry.campaignId));
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
    ...thresholdsOf(campaign),
    history,
  });
  return { results, model };
}

export async function getResults(
  { payload, accountId, access }: Request<'results/get'>,
  ports: Ports,
): Promise<Result<ResultsView>> {
  const reader = await readAsCaller(ports, payload.campaignId, { accountId, access });
  if (isFailure(reader)) return reader;
  const { campaign, roles, allowed } = reader;
  const snapshot = await settledSnapshot(ports, campaign, reader.stored);
  if (!snapshot) return preparing(ports, campaign);
  const computed = await resultsFor(ports, campaign, snapshot, roles, accountId);
  if (isFailure(computed)) return computed;
  const { results, model } = computed;
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
