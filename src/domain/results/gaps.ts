/**
 * Self vs customers gap per criterion (DOMAIN "Scores"): Gᵢ = Selfᵢ − Customersᵢ on the means. Pure data and
 * functions: no I/O, no Forge import.
 */
import type { Aggregate } from './aggregate';
import type { ShownAggregate } from './cells';

/** `blind-spot`: the team rates itself a scale point or more above its customers; `hidden-strength`: below. */
export type GapFlag = 'blind-spot' | 'hidden-strength';

export interface CriterionGap {
  criterionId: string;
  self: number | null;
  customers: number | null;
  gap: number | null;
  flag: GapFlag | null;
}

/** Means are ratios of counts: 10/3 − 7/3 is 0.9999999999999996, which is a gap of one point all the same. */
const EPSILON = 1e-9;

export function gapOf(
  selfMean: number | null,
  customersMean: number | null,
): { gap: number | null; flag: GapFlag | null } {
  if (selfMean === null || customersMean === null) return { gap: null, flag: null };
  const gap = selfMean - customersMean;
  const flag = gap >= 1 - EPSILON ? 'blind-spot' : gap <= -1 + EPSILON ? 'hidden-strength' : null;
  return { gap, flag };
}

/**
 * Both aggregates come from the same model, so their criteria line up. The caller passes the customers' side
 * only when it is visible, and a criterion hidden in it has no customers' mean here: a gap next to a hidden figure
 * would give its mean away.
 */
export function gapsOf(self: Aggregate, customers: ShownAggregate): CriterionGap[] {
  return self.criteria.map((mine, i) => {
    const theirs = customers.criteria[i];
    const customersMean = theirs?.criterionId === mine.criterionId && !theirs.hidden ? theirs.mean : null;
    return {
      criterionId: mine.criterionId,
      self: mine.mean,
      customers: customersMean,
      ...gapOf(mine.mean, customersMean),
    };
  });
}
