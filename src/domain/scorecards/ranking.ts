/**
 * Every supplier's scorecard of a campaign, their ranking with filters, and the supplier × criterion heatmap
 * (issue 17, item 4). A supplier without a score is never ranked as a number: it comes last, without a rank, and
 * its heatmap cells are hidden by the scorecard's own rules. Pure data and functions: no I/O, no Forge import.
 */
import type { StandingBand, SupplierModel, SupplierRating } from '../supplier-model';
import { scorecardOf } from './scorecard';
import type { Scorecard } from './types';

/** What the ranking reads of a supplier record (the `suppliers` slice's `Supplier` fits it). */
export interface SupplierRef {
  id: string;
  name: string;
  category: string;
  ownerAccountId: string;
  status: string;
}

export interface ScorecardsInput {
  model: SupplierModel;
  bands: readonly StandingBand[];
  /** Archived suppliers too: they keep their history. */
  suppliers: readonly SupplierRef[];
  ratings: readonly SupplierRating[];
  k: number;
  /** The previous campaign's scorecards, matched by supplier id. */
  previous?: readonly Scorecard[];
}

/** One scorecard per supplier, in the suppliers' order; ratings of a supplier not listed are left out. */
export function scorecardsOf(input: ScorecardsInput): Scorecard[] {
  const bySupplier = new Map<string, SupplierRating[]>();
  for (const rating of input.ratings) {
    const list = bySupplier.get(rating.supplierId);
    if (list) list.push(rating);
    else bySupplier.set(rating.supplierId, [rating]);
  }
  const previous = new Map((input.previous ?? []).map((card) => [card.supplierId, card]));
  return input.suppliers.map((supplier) =>
    scorecardOf({
      supplierId: supplier.id,
      model: input.model,
      bands: input.bands,
      ratings: bySupplier.get(supplier.id) ?? [],
      k: input.k,
      previous: previous.get(supplier.id),
    }),
  );
}

/** The weighted score of a scorecard, or null: no data, too few raters, or every criterion with too few answers. */
export function scoreValueOf(card: Scorecard): number | null {
  return card.state === 'rated' && 'value' in card.score ? card.score.value : null;
}

/** A standing band's id, or why there is none: `too-few` (raters, or answers to every criterion), `no-data`. */
export function standingKeyOf(card: Scorecard): string {
  if (card.state === 'no-data') return 'no-data';
  if (card.state === 'too-few' || !('value' in card.score)) return 'too-few';
  return card.score.standing?.id ?? 'too-few';
}

export type TrendDirection = 'up' | 'down' | 'stable' | 'none';

/** The score's direction against the previous scorecard; `none` when either side has no comparable score. */
export function trendDirectionOf(card: Scorecard): TrendDirection {
  if (card.state !== 'rated' || !('value' in card.score)) return 'none';
  const trend = card.score.trend;
  return 'direction' in trend ? trend.direction : 'none';
}

export interface RankingFilter {
  category?: string;
  ownerAccountId?: string;
  status?: string;
  /** A band id, `too-few` or `no-data` (see `standingKeyOf`). */
  standing?: string;
  trend?: TrendDirection;
}

export interface RankingRow {
  supplierId: string;
  /** 1 for the best score; equal scores share a rank. Null without a score: never ranked as a number. */
  rank: number | null;
  scorecard: Scorecard;
}

/** Unscored suppliers after the scored ones: those rated by enough people first, then too few, then no data. */
const UNSCORED_ORDER: Record<string, number> = { rated: 0, 'too-few': 1, 'no-data': 2 };

const byName = (a: SupplierRef, b: SupplierRef): number =>
  a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The ranking: score descending, then the unscored ones; ties and the unscored by name. The rank is the supplier's
 * place among all suppliers of the campaign, so that a filter (category, buyer, status, standing, trend) does not
 * turn the 7th supplier into a 1st.
 */
export function rankingOf(
  suppliers: readonly SupplierRef[],
  scorecards: readonly Scorecard[],
  filter: RankingFilter = {},
): RankingRow[] {
  const cards = new Map(scorecards.map((card) => [card.supplierId, card]));
  const rows = suppliers.flatMap((supplier) => {
    const scorecard = cards.get(supplier.id);
    return scorecard ? [{ supplier, scorecard, score: scoreValueOf(scorecard) }] : [];
  });
  rows.sort((a, b) => {
    if (a.score !== null && b.score !== null) return b.score - a.score || byName(a.supplier, b.supplier);
    if (a.score !== null || b.score !== null) return a.score !== null ? -1 : 1;
    const order = UNSCORED_ORDER[a.scorecard.state]! - UNSCORED_ORDER[b.scorecard.state]!;
    return order || byName(a.supplier, b.supplier);
  });
  let rank = 0;
  const ranked = rows.map((row, i) => {
    if (i === 0 || rows[i - 1]!.score !== row.score) rank = i + 1;
    return { ...row, rank: row.score === null ? null : rank };
  });
  return ranked
    .filter(({ supplier, scorecard }) => matches(supplier, scorecard, filter))
    .map(({ supplier, scorecard, rank: place }) => ({ supplierId: supplier.id, rank: place, scorecard }));
}

function matches(supplier: SupplierRef, card: Scorecard, filter: RankingFilter): boolean {
  return (
    (filter.category === undefined || supplier.category === filter.category) &&
    (filter.ownerAccountId === undefined || supplier.ownerAccountId === filter.ownerAccountId) &&
    (filter.status === undefined || supplier.status === filter.status) &&
    (filter.standing === undefined || standingKeyOf(card) === filter.standing) &&
    (filter.trend === undefined || trendDirectionOf(card) === filter.trend)
  );
}
