/**
 * Building a closed campaign's results snapshot: every submitted answer once (one round trip per 100 responses,
 * paid at the close, not when reading), kept as ratings without respondent keys, with what earlier campaigns left
 * for trends. The close builds it; the hourly job builds it again once storage reads have settled (a read right
 * after the close may still miss the last answers: Forge storage is eventually consistent).
 */
import type { StoredCampaign } from '../../ports/storage';
import { criteriaOf } from '../../domain/model';
import type { AnswerValue, Answers } from '../../domain/response';
import { aggregate, effectiveThreshold, historyEntryOf, type RatedAnswer } from '../../domain/results';
import type { Ports } from '../../ports';
import type { ResultsSnapshot } from '../../ports/results';

/** How long after the close reads are taken as settled (Forge storage converges within seconds). */
export const SETTLE_MS = 10 * 60 * 1000;

/** Own properties only, `__proto__` included (an assignment to it would set the prototype instead). */
const ratingsOf = (answers: Answers): Record<string, AnswerValue> =>
  Object.fromEntries(Object.entries(answers).map(([criterionId, answer]) => [criterionId, answer.value]));

export async function buildResults(
  ports: Pick<Ports, 'campaigns' | 'models' | 'responses' | 'results' | 'clock'>,
  campaign: StoredCampaign,
): Promise<ResultsSnapshot> {
  const model = await ports.models.get(campaign.modelId, campaign.modelVersion);
  if (!model)
    throw new Error(
      `campaign ${campaign.id}: model ${campaign.modelId} v${campaign.modelVersion} is missing`,
    );
  const [responses, campaigns] = await Promise.all([
    ports.responses.all(campaign.id),
    ports.campaigns.list(),
  ]);
  const submitted = (kind: 'customer' | 'self'): RatedAnswer[] =>
    responses
      .filter((r) => r.kind === kind && r.status === 'submitted')
      .map((r) =>
        r.departmentId !== undefined && kind === 'customer'
          ? { departmentId: r.departmentId, ratings: ratingsOf(r.answers) }
          : { ratings: ratingsOf(r.answers) },
      );
  const customers = submitted('customer');
  const closedAt = campaign.closedAt ?? ports.clock.now();
  const earlier = campaigns.filter(
    (c) => c.id !== campaign.id && c.status === 'closed' && (c.closedAt ?? 0) < closedAt,
  );
  const k = effectiveThreshold(campaign.results.minGroupSize, 5);
  const snapshot: ResultsSnapshot = {
    campaignId: campaign.id,
    builtAt: ports.clock.now(),
    criterionIds: campaign.criterionIds ?? criteriaOf(model).map(({ criterion }) => criterion.id),
    customers,
    selves: submitted('self'),
    entry: historyEntryOf(
      { id: campaign.id, period: campaign.period, closedAt },
      model,
      aggregate(model, customers),
      customers.length < k,
    ),
    history: await ports.results.entries(earlier.map((c) => c.id)),
  };
  await ports.results.write(snapshot);
  return snapshot;
}
