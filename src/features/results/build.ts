/**
 * Building a closed campaign's results snapshot: every submitted answer once (one round trip per 100 responses,
 * paid once, not at every read), kept as ratings without respondent keys, with what earlier campaigns left for
 * trends. It is built once storage reads have settled after the close (a read right after it may still miss the
 * last answers: Forge storage is eventually consistent), by the hourly job or by the first reader, and never
 * again: two versions of a campaign's figures would differ by those last answers and give them away.
 */
import { thresholdsOf } from './policy';
import type { StoredCampaign } from '../../ports/campaigns';
import { criteriaOf } from '../../domain/model';
import type { AnswerValue, Answers } from '../../domain/survey';
import { aggregate, historyEntryOf, type RatedAnswer } from '../../domain/results';
import type { Ports } from '../../ports';
import type { ResultsSnapshot } from '../../ports/results';
import { fail } from '../../shared/result';

/** How long after the close reads are taken as settled (Forge storage converges within seconds). */
export const SETTLE_MS = 10 * 60 * 1000;

/** Reads at `at` see everything written before the close at `closedAt`. */
export const isSettled = (closedAt: number, at: number): boolean => at - closedAt >= SETTLE_MS;

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
  const { k } = thresholdsOf(campaign);
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
      k,
    ),
    history: await ports.results.entries(earlier.map((c) => c.id)),
  };
  await ports.results.write(snapshot);
  return snapshot;
}

/**
 * The campaign's snapshot once reads have settled: the stored one if it was built then, else built now (the hourly
 * job had not yet). Undefined until then: nobody sees figures that could still change.
 */
export async function settledSnapshot(
  ports: Pick<Ports, 'campaigns' | 'models' | 'responses' | 'results' | 'clock'>,
  campaign: StoredCampaign,
  stored: ResultsSnapshot | undefined,
): Promise<ResultsSnapshot | undefined> {
  // Closed before close times were kept: long settled.
  const closedAt = campaign.closedAt ?? 0;
  if (stored && isSettled(closedAt, stored.builtAt)) return stored;
  if (!isSettled(closedAt, ports.clock.now())) return undefined;
  return buildResults(ports, campaign);
}

/** Minutes until a campaign closed at `closedAt` has settled results (at least 1). */
export const minutesToSettle = (closedAt: number, now: number): number =>
  Math.max(1, Math.ceil((closedAt + SETTLE_MS - now) / 60_000));

/** Right after the close: the figures wait for storage to settle, for a few minutes. */
export const preparing = (ports: Pick<Ports, 'clock'>, campaign: StoredCampaign) =>
  fail('UNAVAILABLE', 'results.preparing', {
    minutes: minutesToSettle(campaign.closedAt ?? 0, ports.clock.now()),
  });
