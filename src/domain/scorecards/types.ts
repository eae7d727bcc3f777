/**
 * What a scorecard holds (issue 17, item 4): the shapes scorecard.ts computes and trend.ts compares, apart from
 * both so that neither imports the other's types. Pure data: no I/O, no Forge import.
 */
import type { VisibleComment } from '../results';
import type { StandingBand } from '../supplier-model';

/**
 * `new`: no previous scorecard, or it did not ask the criterion; `changed`: it worded it differently;
 * `too-few-ratings` / `no-data`: the previous scorecard had no figures; `too-few-answers`: the criterion was hidden
 * in it. Otherwise the change of the mean (1–4), as the results' trends.
 */
export type ScorecardTrend =
  { reason: 'new' | 'changed' | 'too-few-ratings' | 'too-few-answers' | 'no-data' } | { delta: number };

/**
 * The score's change in index points, over the criteria with a trend (unchanged, shown both times), each side
 * weighted with today's weights: a reweighted model must not read as the supplier getting better or worse.
 * `no-common-criteria`: no such criterion.
 */
export type ScoreTrend =
  | { reason: 'new' | 'too-few-ratings' | 'no-data' | 'no-common-criteria' }
  | { delta: number; direction: 'up' | 'down' | 'stable'; criteria: number };

/** A criterion's figures: those of `scoreOf` over its answers, "not applicable" counted apart. */
export interface CriterionFigures {
  counts: [number, number, number, number];
  n: number;
  na: number;
  mean: number;
  index: number;
  satisfaction: number;
  /** 95 % Wilson interval of `satisfaction`, percent. */
  satisfactionInterval: [number, number];
}

/**
 * A criterion answered by fewer than k raters shows why and nothing else: no count (not even N/A), no figure, and
 * it is part of no other figure. Its id, wording fingerprint and weight are the model's, not the raters'.
 */
export type CriterionCard = { criterionId: string; fingerprint: string; weight: number } & (
  { hidden: true; reason: 'too-few-answers' } | ({ hidden: false; trend: ScorecardTrend } & CriterionFigures)
);

/** The standing's label is kept with the scorecard: bands edited later do not relabel a past scorecard. */
export interface Standing {
  id: string;
  label: StandingBand['label'];
}

/**
 * The weighted score, or why there is none: every criterion was answered by fewer than k raters. `criteria`: how
 * many criteria it rests on. `standing` is null only with bands that do not cover the score (unvalidated bands).
 */
export type ScoreFigure =
  | { value: number; standing: Standing | null; trend: ScoreTrend; criteria: number }
  | { reason: 'too-few-answers' };

export interface RatedScorecard {
  supplierId: string;
  state: 'rated';
  modelId: string;
  modelVersion: number;
  /** Distinct raters of the supplier, whatever they answered: at least k. */
  raters: number;
  /** In model order. */
  criteria: CriterionCard[];
  score: ScoreFigure;
  /** Of the shown criteria only, ordered by criterion, rating and text: nothing says who wrote them. */
  comments: VisibleComment[];
}

/**
 * `no-data`: nobody rated the supplier; `too-few`: fewer than k people did. Neither carries any number (no raters
 * count, no per-criterion count): "No data" is never a 100, and "Too few ratings" never a figure of fewer than k.
 */
export type Scorecard =
  { supplierId: string; state: 'no-data' } | { supplierId: string; state: 'too-few' } | RatedScorecard;
