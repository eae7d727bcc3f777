/**
 * A supplier's scorecard (issue 17, item 4; DOMAIN "Suppliers") computed from its ratings of one campaign: raters,
 * each criterion's figures, the weighted score and its standing, trends against the previous scorecard, comments.
 * Every figure comes from the results slice (`aggregate` → `scoreOf`, `rollUp`, `tooFewAnswers`): one formula for a
 * score wherever it is shown. Pure data and functions: no I/O, no Forge import.
 */
import type { EvaluationModel } from '../model';
import { MIN_GROUP_SIZE } from '../participation';
import {
  aggregate,
  commentsOf,
  effectiveThreshold,
  fingerprintOf,
  orderComments,
  shownAggregate,
  tooFewAnswers,
  type CommentSource,
  type CriterionCell,
  type VisibleComment,
} from '../results';
import type { StandingBand, SupplierModel, SupplierRating } from '../supplier-model';
import { standingOf } from '../supplier-model';
import { criterionTrendOf, scoreTrendOf } from './trend';
import type { CriterionCard, CriterionFigures, Scorecard, ScoreFigure } from './types';

export interface ScorecardInput {
  supplierId: string;
  model: SupplierModel;
  bands: readonly StandingBand[];
  /** The campaign's supplier ratings; those of other suppliers are left out. */
  ratings: readonly SupplierRating[];
  /** The campaign's minimum group size; never below 3 (results' `effectiveThreshold`). */
  k: number;
  /** This supplier's scorecard of the previous campaign, for the trends. */
  previous?: Scorecard;
}

/** The supplier model as the results slice reads a model: one section holding its criteria and their weights. */
const asEvaluationModel = (model: SupplierModel): EvaluationModel => ({
  id: model.id,
  version: model.version,
  name: model.name,
  sections: [{ id: model.id, title: model.name, criteria: model.criteria }],
});

/**
 * One rating per rater: the store guarantees it, and should it fail, one person counted twice would let fewer than
 * k people pass for k. The later of two ratings wins, as an edit does.
 */
function ratingsOf(supplierId: string, ratings: readonly SupplierRating[]): SupplierRating[] {
  const byRater = new Map<string, SupplierRating>();
  for (const rating of ratings) if (rating.supplierId === supplierId) byRater.set(rating.raterKey, rating);
  return [...byRater.values()];
}

function figuresOf(cell: Extract<CriterionCell, { hidden: false }>): CriterionFigures {
  return {
    counts: cell.counts,
    n: cell.n,
    na: cell.na,
    mean: cell.mean!,
    index: cell.index!,
    satisfaction: cell.satisfaction!,
    satisfactionInterval: cell.satisfactionInterval!,
  };
}

/** The comments of the shown criteria, each with its answer, in an order that follows no person. */
function commentsOfShown(ratings: readonly SupplierRating[], shown: readonly string[]): VisibleComment[] {
  const sources: CommentSource[] = ratings.map((rating) => ({
    answers: Object.fromEntries(
      shown
        .filter((id) => Object.hasOwn(rating.answers, id) && Object.hasOwn(rating.comments, id))
        .map((id) => [id, { value: rating.answers[id]!, comment: rating.comments[id] }]),
    ),
  }));
  return orderComments(commentsOf(sources, {}, new Set()), shown);
}

/**
 * The scorecard of one supplier. The weighted score is the weighted mean of the criteria's index (0–100) over the
 * criteria shown, i.e. answered by at least k raters: their weights are renormalised over them (the model's 100
 * spread over what could be measured), and a criterion with too few answers does not enter it, else the score and
 * the shown criteria would give the hidden one away.
 */
export function scorecardOf(input: ScorecardInput): Scorecard {
  const { supplierId, model } = input;
  const ratings = ratingsOf(supplierId, input.ratings);
  if (ratings.length === 0) return { supplierId, state: 'no-data' };
  if (ratings.length < effectiveThreshold(input.k, MIN_GROUP_SIZE)) return { supplierId, state: 'too-few' };
  const asResults = asEvaluationModel(model);
  const raw = aggregate(
    asResults,
    ratings.map((rating) => ({ ratings: rating.answers })),
  );
  const shown = shownAggregate(asResults, raw, tooFewAnswers(raw, input.k));
  const criteria = model.criteria.map((criterion, i): CriterionCard => {
    const cell = shown.criteria[i]!;
    const card = {
      criterionId: criterion.id,
      fingerprint: fingerprintOf(criterion),
      weight: criterion.weight,
    };
    if (cell.hidden) return { ...card, hidden: true, reason: 'too-few-answers' };
    const figures = figuresOf(cell);
    return { ...card, hidden: false, trend: criterionTrendOf(card, figures, input.previous), ...figures };
  });
  const shownIds = criteria.filter((c) => !c.hidden).map((c) => c.criterionId);
  const value = shown.overall.index;
  const band = value === null ? undefined : standingOf(input.bands, value);
  const score: ScoreFigure =
    value === null
      ? { reason: 'too-few-answers' }
      : {
          value,
          standing: band ? { id: band.id, label: band.label } : null,
          trend: scoreTrendOf(criteria, input.previous),
          criteria: shownIds.length,
        };
  return {
    supplierId,
    state: 'rated',
    modelId: model.id,
    modelVersion: model.version,
    raters: ratings.length,
    criteria,
    score,
    comments: commentsOfShown(ratings, shownIds),
  };
}
