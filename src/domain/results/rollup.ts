/**
 * Roll-up of scores, criterion → section → overall (DOMAIN "Scores"): S = Σ wᵢ·xᵢ / Σ wᵢ. Pure data and functions:
 * no I/O, no Forge import.
 */
import type { Score } from './score';

export interface Weighted {
  /** Absent: 1. Positive, as the model's validation requires. */
  weight?: number;
  score: Score;
}

type Figure = 'mean' | 'index' | 'satisfaction' | 'topBox' | 'net';
const FIGURES: readonly Figure[] = ['mean', 'index', 'satisfaction', 'topBox', 'net'];

/**
 * Counts and N/A add up, so a section shows how many answers it rests on; each figure is the weighted mean of the
 * children's figures, over the children that have data only (a criterion everyone found not applicable must not
 * pull its section towards 0). The figures are therefore not those of the summed counts unless weights and Ns are
 * equal: the weights are the model's say in what matters, the counts are only there to be shown.
 *
 * No interval: a section's answers are not independent draws (one person rates all its criteria), so a binomial
 * interval on its summed counts would claim a precision it does not have.
 */
export function rollUp(children: readonly Weighted[]): Score {
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  let na = 0;
  let totalWeight = 0;
  const sums = { mean: 0, index: 0, satisfaction: 0, topBox: 0, net: 0 };
  for (const { weight = 1, score } of children) {
    for (let level = 0; level < 4; level++) counts[level]! += score.counts[level]!;
    na += score.na;
    if (score.n === 0) continue;
    totalWeight += weight;
    for (const figure of FIGURES) sums[figure] += weight * (score[figure] ?? 0);
  }
  const n = counts[0] + counts[1] + counts[2] + counts[3];
  // A zero total weight cannot come from a valid model; it must not turn into NaN on the wire.
  const has = n > 0 && totalWeight > 0;
  const figure = (name: Figure): number | null => (has ? sums[name] / totalWeight : null);
  return {
    counts,
    n,
    na,
    mean: figure('mean'),
    index: figure('index'),
    satisfaction: figure('satisfaction'),
    topBox: figure('topBox'),
    net: figure('net'),
    satisfactionInterval: null,
  };
}
