/**
 * Survey results (DOMAIN "Scores", "Anonymity and confidentiality"): formulas, roll-up, gaps, trends and
 * breakdowns under the minimum group size. Pure data and functions: no I/O, no Forge import.
 */
export { scoreOf, wilsonInterval, type Counts, type Score } from './score';
export { rollUp, type Weighted } from './rollup';
export {
  aggregate,
  type Aggregate,
  type CriterionScore,
  type RatedAnswer,
  type SectionScore,
} from './aggregate';
export {
  cellSuppressionOf,
  effectiveThreshold,
  MIN_ALLOWED_GROUP_SIZE,
  MIN_COMMENT_GROUP_SIZE,
  suppressionOf,
  visibleGroups,
  type CellReason,
  type Group,
  type Hidden,
  type HiddenReason,
  type Visibility,
} from './confidentiality';
export {
  shownAggregate,
  tooFewAnswers,
  type CriterionCell,
  type SectionCell,
  type ShownAggregate,
} from './cells';
export { groupOf, OTHER_GROUP, type GroupKind } from './groups';
export { gapOf, gapsOf, type CriterionGap, type GapFlag } from './gaps';
export {
  fingerprintOf,
  historyEntryOf,
  trendsOf,
  type CriterionTrend,
  type HistoryEntry,
  type Trend,
  type TrendPoint,
} from './trends';
export type { DepartmentRow, Heatmap, HeatmapCell, PortfolioRow } from './breakdowns';
export { commentAccessOf, commentCriteriaOf, resultsOf, type Results, type ResultsInput } from './results';
export {
  commentRefusal,
  commentsOf,
  orderComments,
  type CommentFilter,
  type CommentRefusal,
  type CommentSource,
  type VisibleComment,
} from './comments';
export { resultsAccessOf, type ResultsAccess } from './access';
