/**
 * Supplier scorecards (issue 17, item 4): a supplier's scorecard from its ratings, every supplier's, the ranking and
 * the heatmap, under the results' formulas and minimum group size. No per-department figure. Pure data and
 * functions: no I/O, no Forge import.
 */
export { scorecardOf, type ScorecardInput } from './scorecard';
export type {
  CriterionCard,
  CriterionFigures,
  RatedScorecard,
  Scorecard,
  ScoreFigure,
  ScorecardTrend,
  ScoreTrend,
  Standing,
} from './types';
export { STABLE_WITHIN } from './trend';
export {
  rankingOf,
  scorecardsOf,
  scoreValueOf,
  standingKeyOf,
  trendDirectionOf,
  type RankingFilter,
  type RankingRow,
  type ScorecardsInput,
  type SupplierRef,
  type TrendDirection,
} from './ranking';
export { heatmapOf, type HeatmapCell, type HeatmapReason, type HeatmapRow } from './heatmap';
