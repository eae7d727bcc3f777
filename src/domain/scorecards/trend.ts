/**
 * A scorecard's trends against the supplier's previous scorecard: per criterion, and for the weighted score, only
 * over criteria whose wording is unchanged (results' `fingerprintOf`: id and both wordings) and shown on both
 * sides. Pure data and functions: no I/O, no Forge import.
 */
import type {
  CriterionCard,
  CriterionFigures,
  RatedScorecard,
  Scorecard,
  ScoreTrend,
  ScorecardTrend,
} from './types';

/** A trend smaller than this many index points is "stable": DOMAIN's default margin for an effective action. */
export const STABLE_WITHIN = 5;

/** The previous scorecard when it has figures to compare with, else why there is no trend. */
function comparable(
  previous: Scorecard | undefined,
): RatedScorecard | { reason: 'new' | 'no-data' | 'too-few-ratings' } {
  if (!previous) return { reason: 'new' };
  if (previous.state === 'no-data') return { reason: 'no-data' };
  if (previous.state === 'too-few') return { reason: 'too-few-ratings' };
  return previous;
}

export function criterionTrendOf(
  card: Pick<CriterionCard, 'criterionId' | 'fingerprint'>,
  figures: CriterionFigures,
  previous: Scorecard | undefined,
): ScorecardTrend {
  const earlier = comparable(previous);
  if ('reason' in earlier) return earlier;
  const before = earlier.criteria.find((c) => c.criterionId === card.criterionId);
  if (!before) return { reason: 'new' };
  if (before.fingerprint !== card.fingerprint) return { reason: 'changed' };
  if (before.hidden) return { reason: 'too-few-answers' };
  return { delta: figures.mean - before.mean };
}

export function scoreTrendOf(
  criteria: readonly CriterionCard[],
  previous: Scorecard | undefined,
): ScoreTrend {
  const earlier = comparable(previous);
  if ('reason' in earlier) return earlier;
  let count = 0;
  let weight = 0;
  let now = 0;
  let then = 0;
  for (const card of criteria) {
    if (card.hidden || !('delta' in card.trend)) continue;
    // A trend with a delta means: same wording, shown in both scorecards.
    const before = earlier.criteria.find((c) => c.criterionId === card.criterionId) as CriterionFigures;
    count += 1;
    weight += card.weight;
    now += card.weight * card.index;
    then += card.weight * before.index;
  }
  if (count === 0) return { reason: 'no-common-criteria' };
  const delta = (now - then) / weight;
  const direction = Math.abs(delta) < STABLE_WITHIN ? 'stable' : delta > 0 ? 'up' : 'down';
  return { delta, direction, criteria: count };
}
