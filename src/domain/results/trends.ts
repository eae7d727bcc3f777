/**
 * Year-on-year trends per criterion (DOMAIN "Evaluation model", "Scores"): what a closed campaign keeps for later
 * comparison, and the change against the most recent earlier campaign, only where the criterion's wording is
 * unchanged. Pure data and functions: no I/O, no Forge import.
 */
import type { Criterion, EvaluationModel } from '../model';
import type { Aggregate } from './aggregate';
import type { ShownAggregate } from './cells';
import type { CellReason, HiddenReason } from './confidentiality';

/** What a closed campaign keeps for later trends: the overall figures of each criterion, nothing per group. */
export interface HistoryEntry {
  campaignId: string;
  period: string;
  closedAt: number;
  /** The campaign's overall was below the threshold: its figures were not kept (null means, n 0), never shown. */
  hidden: boolean;
  /**
   * Keyed by criterion id: read with `Object.hasOwn` only (an id may be `constructor`). A criterion rated by fewer
   * than the campaign's k keeps no figure either (null mean, n 0).
   */
  criteria: Record<string, { fingerprint: string; mean: number | null; index: number | null; n: number }>;
}

/** Hidden: the campaign's results were (`below-threshold`), or fewer than k rated the criterion in it. */
export type TrendPoint = { campaignId: string; period: string } & (
  | { hidden: true; reason: HiddenReason | CellReason }
  | { hidden: false; mean: number | null; index: number | null; n: number }
);

/**
 * `new`: no earlier campaign asked it. `changed`: the most recent one that did worded it differently, so the
 * numbers answer different questions. `below-threshold`: that campaign's results were hidden. `too-few-answers`:
 * fewer than k rated it, in this campaign or in that one (or it is hidden here to protect another cell).
 * `no-data`: no rating on one side.
 */
export type Trend =
  | { reason: 'new' | 'changed' | 'below-threshold' | 'too-few-answers' | 'no-data' }
  | { delta: number; series: TrendPoint[] };

export interface CriterionTrend {
  criterionId: string;
  fingerprint: string;
  trend: Trend;
}

/** FNV-1a, 32 bits, over UTF-8: short, stable across runtimes, and no crypto needed (this is no secret). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * What makes two campaigns' figures for a criterion comparable: its id and both wordings. Trimmed, so that a
 * stray space fixed in an editor does not break a series; a JSON array so that no two different triples hash the
 * same text. The weight is left out: it changes roll-ups, not what a person was asked.
 */
export function fingerprintOf(criterion: Criterion): string {
  return fnv1a(
    JSON.stringify([criterion.id, criterion.text['en-US'].trim(), criterion.text['fr-FR'].trim()]),
  );
}

/**
 * `k`: the campaign's threshold; a criterion rated by fewer keeps no figure, so that a later campaign with a lower
 * k does not show what this one hid. (Trends apply their own k when reading, too.)
 */
export function historyEntryOf(
  campaign: { id: string; period: string; closedAt: number },
  model: EvaluationModel,
  aggregate: Aggregate,
  hidden: boolean,
  k = 0,
): HistoryEntry {
  const scores = new Map(aggregate.criteria.filter((c) => c.n >= k).map((c) => [c.criterionId, c]));
  // fromEntries defines own properties, so an id `__proto__` is a key like any other, not the prototype.
  const criteria = Object.fromEntries(
    model.sections.flatMap((section) =>
      section.criteria.map((criterion) => {
        const score = hidden ? undefined : scores.get(criterion.id);
        return [
          criterion.id,
          {
            fingerprint: fingerprintOf(criterion),
            mean: score?.mean ?? null,
            index: score?.index ?? null,
            n: score?.n ?? 0,
          },
        ];
      }),
    ),
  ) as HistoryEntry['criteria'];
  return { campaignId: campaign.id, period: campaign.period, closedAt: campaign.closedAt, hidden, criteria };
}

const byClosing = (a: HistoryEntry, b: HistoryEntry): number =>
  a.closedAt - b.closedAt || (a.campaignId < b.campaignId ? -1 : a.campaignId > b.campaignId ? 1 : 0);

/**
 * The trends of a visible campaign (the caller hides them with its overall), from its figures as shown: a
 * criterion hidden there has no trend, nor a point. Earlier campaigns are the history entries other than this one
 * that closed before it (all of them while it is still open); their points rated by fewer than `k` are hidden.
 */
export function trendsOf(
  current: { id: string; period: string; closedAt?: number },
  model: EvaluationModel,
  aggregate: ShownAggregate,
  history: readonly HistoryEntry[],
  k: number,
): CriterionTrend[] {
  const earlier = history
    .filter(
      (h) => h.campaignId !== current.id && (current.closedAt === undefined || h.closedAt < current.closedAt),
    )
    .sort(byClosing);
  const scores = new Map(aggregate.criteria.map((c) => [c.criterionId, c]));
  const pointOf = (h: HistoryEntry, criterionId: string): TrendPoint => {
    const at = h.criteria[criterionId]!;
    const point = { campaignId: h.campaignId, period: h.period };
    if (h.hidden) return { ...point, hidden: true, reason: 'below-threshold' };
    if (at.n < k) return { ...point, hidden: true, reason: 'too-few-answers' };
    return { ...point, hidden: false, mean: at.mean, index: at.index, n: at.n };
  };
  return model.sections.flatMap((section) =>
    section.criteria.map((criterion) => {
      const fingerprint = fingerprintOf(criterion);
      const score = scores.get(criterion.id);
      const asked = earlier.filter((h) => Object.hasOwn(h.criteria, criterion.id));
      const last = asked[asked.length - 1];
      const trendOf = (): Trend => {
        if (!last) return { reason: 'new' };
        const before = last.criteria[criterion.id]!;
        if (before.fingerprint !== fingerprint) return { reason: 'changed' };
        if (last.hidden) return { reason: 'below-threshold' };
        if (!score || score.hidden) return { reason: 'too-few-answers' };
        const previous = pointOf(last, criterion.id);
        if (previous.hidden) return { reason: 'too-few-answers' };
        if (previous.mean === null || score.mean === null) return { reason: 'no-data' };
        const series: TrendPoint[] = asked
          .filter((h) => h.criteria[criterion.id]!.fingerprint === fingerprint)
          .map((h) => pointOf(h, criterion.id));
        series.push({
          campaignId: current.id,
          period: current.period,
          hidden: false,
          mean: score.mean,
          index: score.index,
          n: score.n,
        });
        return { delta: score.mean - previous.mean, series };
      };
      return { criterionId: criterion.id, fingerprint, trend: trendOf() };
    }),
  );
}
