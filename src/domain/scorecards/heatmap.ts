/**
 * The supplier × criterion heatmap: one row per scorecard, one cell per criterion of the model. A cell shows a
 * figure only where the scorecard does; elsewhere it says why, with no number. Pure data and functions: no I/O, no
 * Forge import.
 */
import type { SupplierModel } from '../supplier-model';
import type { Scorecard } from './types';

/** `not-asked`: the scorecard was built on a model version without this criterion. */
export type HeatmapReason = 'no-data' | 'too-few-ratings' | 'too-few-answers' | 'not-asked';

export type HeatmapCell =
  | { criterionId: string; hidden: true; reason: HeatmapReason }
  | { criterionId: string; hidden: false; index: number; mean: number; satisfaction: number; n: number };

export interface HeatmapRow {
  supplierId: string;
  cells: HeatmapCell[];
}

function cellOf(card: Scorecard, criterionId: string): HeatmapCell {
  if (card.state === 'no-data') return { criterionId, hidden: true, reason: 'no-data' };
  if (card.state === 'too-few') return { criterionId, hidden: true, reason: 'too-few-ratings' };
  const at = card.criteria.find((c) => c.criterionId === criterionId);
  if (!at) return { criterionId, hidden: true, reason: 'not-asked' };
  if (at.hidden) return { criterionId, hidden: true, reason: 'too-few-answers' };
  return {
    criterionId,
    hidden: false,
    index: at.index,
    mean: at.mean,
    satisfaction: at.satisfaction,
    n: at.n,
  };
}

/** Rows in the order of `scorecards` (the ranking's, say); columns in the model's order. */
export function heatmapOf(
  model: Pick<SupplierModel, 'criteria'>,
  scorecards: readonly Scorecard[],
): HeatmapRow[] {
  return scorecards.map((card) => ({
    supplierId: card.supplierId,
    cells: model.criteria.map((criterion) => cellOf(card, criterion.id)),
  }));
}
