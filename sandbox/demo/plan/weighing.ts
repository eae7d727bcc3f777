/** The weighing of March 2025: each voter's 100 points, who weighed, and the round as the app ran it. */
import { forgePorts } from '../../../src/adapters';
import type { PlanStore } from '../../../src/ports/plan';
import type { PlanRecord } from '../../../src/domain/weighing';
import { weighingSecretOf } from '../../../src/features/weighing';
import { rngOf } from '../../random';
import { DEMO_ACTIONS, DEMO_ROUND, PLAN_DEMO_CAMPAIGN } from './actions';

/**
 * One customer's 100 points: two to five actions, drawn by their weight, split in proportion to it with some
 * personal taste, in fives. Drawn from the demo's seeded stream for that person, so the same on every start.
 */
export function ballotOf(accountId: string): Record<string, number> {
  const rng = rngOf('plan-2025-weighing', accountId);
  const pool = DEMO_ACTIONS.map((a) => ({ id: a.id, weight: a.weight }));
  const chosen: { id: string; weight: number }[] = [];
  const count = rng.int(2, 5);
  while (chosen.length < count && pool.length > 0) {
    let ticket = rng.next() * pool.reduce((sum, a) => sum + a.weight, 0);
    const index = pool.findIndex((a) => (ticket -= a.weight) < 0);
    chosen.push(...pool.splice(index === -1 ? pool.length - 1 : index, 1));
  }
  const shares = chosen.map((a) => a.weight * (0.6 + rng.next() * 0.8));
  const total = shares.reduce((sum, s) => sum + s, 0);
  // In fives, by largest remainder: whole numbers that add up to exactly 100 (what the app's ballot check asks).
  const fives = shares.map((s) => (s * 20) / total);
  const points = fives.map(Math.floor);
  const byRemainder = fives.map((f, i) => [f - Math.floor(f), i] as const).sort((a, b) => b[0] - a[0]);
  for (let left = 20 - points.reduce((sum, p) => sum + p, 0), k = 0; left > 0; left -= 1, k += 1)
    points[byRemainder[k % byRemainder.length]![1]]! += 1;
  const entries = chosen.map((a, i): [string, number] => [a.id, points[i]! * 5]);
  return Object.fromEntries(entries.filter(([, p]) => p > 0));
}

/** About six in ten of the invited customers weighed, chosen by the seeded stream. */
export const votersOf = (invited: readonly string[]): string[] =>
  invited.filter((accountId) => rngOf('plan-2025-voter', accountId).chance(0.6));

/** The round as the app runs it: opened, ballots cast under its pseudonyms, closed, its key destroyed. */
export async function seedWeighing(plans: PlanStore, voters: readonly string[]): Promise<void> {
  const campaignId = PLAN_DEMO_CAMPAIGN;
  let plan = await plans.read(campaignId);
  if (plan && plan.weighing.status !== 'open') return;
  const round = {
    closesOn: DEMO_ROUND.closesOn,
    candidateIds: DEMO_ACTIONS.map((a) => a.id),
    openedAt: DEMO_ROUND.openedAt,
    openedBy: DEMO_ROUND.openedBy,
  };
  const secretId = weighingSecretOf(campaignId);
  const keys = forgePorts().pseudonyms;
  if (!plan) {
    plan = { campaignId, weighing: { status: 'open', ...round }, revision: 1 };
    if ((await plans.write(plan, 0)) === 'conflict') return;
  }
  await keys.create(secretId);
  for (const voter of voters) {
    const voterKey = await keys.respondentKey(secretId, voter);
    if (!voterKey) continue;
    // A ballot an interrupted seed already cast is refused by its condition and kept.
    await plans.castBallot({ campaignId, voterKey, points: ballotOf(voter), revision: 1 }, plan);
  }
  const closed: PlanRecord = {
    campaignId,
    weighing: { status: 'closed', ...round, closedAt: DEMO_ROUND.closedAt },
    revision: plan.revision + 1,
  };
  if ((await plans.write(closed, plan.revision)) === 'written') await keys.destroy(secretId);
}
