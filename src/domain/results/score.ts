/**
 * The score of one set of ratings on the 4-level scale (DOMAIN "Scores"): mean, index, satisfaction, top box, net
 * intensity and the margin of the satisfaction rate. Pure data and functions: no I/O, no Forge import.
 */

/** n1…n4: how many answers gave each level. "Not applicable" is never among them. */
export type Counts = readonly [number, number, number, number];

export interface Score {
  counts: [number, number, number, number];
  /** N = n1 + n2 + n3 + n4: shown beside every figure (a mean hides a split group). */
  n: number;
  /** "Not applicable" answers, reported apart: they weigh in no figure. */
  na: number;
  /** In [1, 4]. */
  mean: number | null;
  /** (mean − 1) / 3 × 100, in [0, 100]: the mean on a scale a reader does not need explained. */
  index: number | null;
  /** Top-2-box, percent. */
  satisfaction: number | null;
  topBox: number | null;
  /** (n4 − n1) / N × 100, in [−100, 100]. */
  net: number | null;
  /**
   * The 95 % Wilson score interval of `satisfaction`, percent: with a handful of answers a rate of 100 % means
   * little, and the interval says how little. Null when N = 0, and for roll-ups (see `rollUp`).
   */
  satisfactionInterval: [number, number] | null;
}

const Z = 1.96;

/**
 * Wilson rather than the textbook p ± z·√(p(1−p)/N): that one collapses to a zero width at 0 % or 100 % and leaves
 * [0, 100] for small N, exactly where a margin matters.
 */
export function wilsonInterval(successes: number, n: number): [number, number] | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = Z * Z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half) * 100, Math.min(1, centre + half) * 100];
}

export function scoreOf(counts: Counts, na: number): Score {
  const [n1, n2, n3, n4] = counts;
  const n = n1 + n2 + n3 + n4;
  if (n === 0) {
    return {
      counts: [n1, n2, n3, n4],
      n,
      na,
      mean: null,
      index: null,
      satisfaction: null,
      topBox: null,
      net: null,
      satisfactionInterval: null,
    };
  }
  const mean = (n1 + 2 * n2 + 3 * n3 + 4 * n4) / n;
  return {
    counts: [n1, n2, n3, n4],
    n,
    na,
    mean,
    index: ((mean - 1) / 3) * 100,
    satisfaction: ((n3 + n4) / n) * 100,
    topBox: (n4 / n) * 100,
    net: ((n4 - n1) / n) * 100,
    satisfactionInterval: wilsonInterval(n3 + n4, n),
  };
}
