/**
 * Where to act, from a campaign's results (DOMAIN "Scores"): the lowest and falling criteria, blind spots, and the
 * importance–performance quadrants with the priority index. Pure data and functions: no I/O, no Forge import.
 */
import type { EvaluationModel } from '../model';
import type { CriterionScore, Results } from '../results';
import { priorityIndex, type Weighing } from '../weighing';

export type SuggestionReason = 'lowest' | 'falling' | 'blindSpot' | 'concentrate';

/** Concentrate here · Keep up the good work · Low priority · Possible overkill. */
export type Quadrant = 'concentrate' | 'keepUp' | 'lowPriority' | 'overkill';

/** `weighing`: the customers' points for actions linked to the criterion. `derived`: the model's weights. */
export type ImportanceSource = 'weighing' | 'derived';

/** Which criteria a candidate action addresses: an `Action` (./action) is one. */
export interface ActionLink {
  /** The action's id, as in the weighing. */
  id: string;
  criterionIds: readonly string[];
}

export interface SuggestionsInput {
  /** The campaign's frozen model (the one `results` was computed with). */
  model: EvaluationModel;
  results: Results;
  /** The customers' weighing of the candidate actions, when there is one. */
  weighing?: Weighing;
  /** The candidate actions, for the criteria each one is linked to. */
  actions?: readonly ActionLink[];
  /** How many of the lowest means to suggest (criteria tied with the last are suggested too); default 3. */
  lowestCount?: number;
}

/** A criterion on the importance–performance chart. */
export interface CriterionPosition {
  criterionId: string;
  mean: number;
  /** In [0, 1]: 1 for the most important shown criterion. */
  importance: number;
  quadrant: Quadrant;
  /** `priorityIndex(importance, mean)`. */
  priority: number;
}

export interface Suggestion {
  criterionId: string;
  /** Never empty, in the order of `SuggestionReason`. */
  reasons: SuggestionReason[];
  mean: number;
  /** The change against the previous campaign, when the criterion is comparable with it. */
  delta?: number;
  /** Self − customers, when the team rated it. */
  gap?: number;
  importance: number;
  quadrant: Quadrant;
  priority: number;
}

export interface Suggestions {
  importanceSource: ImportanceSource;
  /** Where the chart's axes cross; null when no criterion is shown. */
  medians: { importance: number; mean: number } | null;
  /** Every shown criterion, in model order. */
  quadrants: CriterionPosition[];
  /** By priority (highest first), ties in model order. */
  suggestions: Suggestion[];
}

export const LOWEST_COUNT = 3;
/** A quarter of a scale point: less is within what a different mix of respondents gives from year to year. */
export const FALLING_DELTA = -0.25;
/** Means and summed values are ratios: 23/12 − 13/6 is −0.24999999999999978, a fall of −0.25 all the same. */
const EPSILON = 1e-9;

/**
 * The criteria whose figures may be used: the customers' overall is shown and so is the criterion in it (at least
 * k people rated it: a visible campaign can still have a criterion most found not applicable, and its mean would
 * tell what those few think). Nothing else enters any figure here, not even a median, so what is left out cannot
 * be worked out from what is shown.
 */
function shownCriteria(results: Results): (CriterionScore & { mean: number })[] {
  if (results.overall.hidden) return [];
  return results.overall.criteria.flatMap((c) => {
    return c.hidden || c.mean === null ? [] : [{ ...c, mean: c.mean }];
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Divided by the largest, so the most important criterion is 1 and a criterion with none stays 0. */
function normalised(raw: ReadonlyMap<string, number>): Map<string, number> | null {
  // NaN (a weight divided by a zero total) makes the max NaN, and so no normalisation either.
  const max = Math.max(0, ...raw.values());
  if (!(max > 0)) return null;
  return new Map([...raw].map(([id, value]) => [id, value / max]));
}

/**
 * The sum of the values of the actions linked to each criterion: an action addressing two criteria counts fully
 * for both (it says each matters; splitting would make a broad action count less than its voters said). Null
 * when the weighing is hidden or says nothing about any shown criterion, so importance falls back to the model.
 */
function weighedImportance(
  ids: readonly string[],
  weighing: Weighing | undefined,
  actions: readonly ActionLink[],
): Map<string, number> | null {
  if (!weighing || weighing.suppressed) return null;
  const values = new Map(weighing.actions.map((a) => [a.actionId, a.value]));
  const linked = new Map<string, Set<string>>();
  for (const { id: actionId, criterionIds } of actions) {
    const criteria = linked.get(actionId) ?? new Set<string>();
    for (const id of criterionIds) criteria.add(id);
    linked.set(actionId, criteria);
  }
  const raw = new Map(ids.map((id) => [id, 0]));
  for (const [actionId, criteria] of linked) {
    // A withdrawn action is in no weighing any more: its links weigh nothing.
    const value = values.get(actionId);
    if (value === undefined) continue;
    for (const id of criteria) {
      const sum = raw.get(id);
      if (sum !== undefined) raw.set(id, sum + value);
    }
  }
  return normalised(raw);
}

/**
 * Derived importance would be each criterion's correlation with the overall score across respondents; results
 * keep no per-respondent data, so it is the criterion's weight in the overall score instead: its weight in its
 * section times its section's weight in the overall, each as a share (how much one point on it moves the
 * overall). With equal weights, a criterion of a smaller section therefore counts more, as it does in the index.
 */
function derivedImportance(model: EvaluationModel, ids: readonly string[]): Map<string, number> {
  const share = new Map<string, number>();
  const sectionTotal = model.sections.reduce((sum, s) => sum + (s.weight ?? 1), 0);
  for (const section of model.sections) {
    const criterionTotal = section.criteria.reduce((sum, c) => sum + (c.weight ?? 1), 0);
    for (const criterion of section.criteria) {
      share.set(
        criterion.id,
        ((section.weight ?? 1) / sectionTotal) * ((criterion.weight ?? 1) / criterionTotal),
      );
    }
  }
  const raw = new Map(ids.map((id) => [id, share.get(id) ?? 0]));
  // Only a model of zero weights, which validation refuses, has nothing to divide by: nothing is important.
  return normalised(raw) ?? new Map(ids.map((id) => [id, 0]));
}

/**
 * Split at the medians of the shown criteria. At the median counts as important (with equal weights every
 * criterion is, and performance alone decides) but not as below; a criterion of no importance at all is never
 * important, or with few weighed criteria a median of 0 would make every criterion important.
 */
function quadrantOf(
  importance: number,
  mean: number,
  medians: { importance: number; mean: number },
): Quadrant {
  const important = importance > EPSILON && importance >= medians.importance - EPSILON;
  const below = mean < medians.mean - EPSILON;
  if (important) return below ? 'concentrate' : 'keepUp';
  return below ? 'lowPriority' : 'overkill';
}

/** The criteria with the `count` lowest means, and every criterion tied with the last of them. */
function lowestOf(shown: readonly { criterionId: string; mean: number }[], count: number): Set<string> {
  const sorted = [...shown].sort((a, b) => a.mean - b.mean);
  const cut = sorted[Math.min(count, sorted.length) - 1]?.mean;
  if (cut === undefined) return new Set();
  return new Set(shown.filter((c) => c.mean <= cut).map((c) => c.criterionId));
}

export function suggestionsOf(input: SuggestionsInput): Suggestions {
  const { results } = input;
  const shown = shownCriteria(results);
  const ids = shown.map((c) => c.criterionId);
  const weighed = weighedImportance(ids, input.weighing, input.actions ?? []);
  const importanceSource: ImportanceSource = weighed ? 'weighing' : 'derived';
  const importance = weighed ?? derivedImportance(input.model, ids);
  if (shown.length === 0) return { importanceSource, medians: null, quadrants: [], suggestions: [] };

  const medians = {
    importance: median(ids.map((id) => importance.get(id)!)),
    mean: median(shown.map((c) => c.mean)),
  };
  const quadrants: CriterionPosition[] = shown.map(({ criterionId, mean }) => {
    const at = importance.get(criterionId)!;
    return {
      criterionId,
      mean,
      importance: at,
      quadrant: quadrantOf(at, mean, medians),
      priority: priorityIndex(at, mean),
    };
  });

  // Gaps and trends follow the overall, which is shown here; they are read by id, not by position.
  const gaps = new Map(results.gaps.hidden ? [] : results.gaps.criteria.map((g) => [g.criterionId, g]));
  const trends = new Map(
    results.trends.hidden ? [] : results.trends.criteria.map((t) => [t.criterionId, t.trend]),
  );
  const lowest = lowestOf(shown, input.lowestCount ?? LOWEST_COUNT);

  const suggestions: Suggestion[] = [];
  for (const position of quadrants) {
    const { criterionId } = position;
    const trend = trends.get(criterionId);
    const delta = trend && 'delta' in trend ? trend.delta : undefined;
    const gap = gaps.get(criterionId);
    const reasons: SuggestionReason[] = [];
    if (lowest.has(criterionId)) reasons.push('lowest');
    if (delta !== undefined && delta <= FALLING_DELTA + EPSILON) reasons.push('falling');
    if (gap?.flag === 'blind-spot') reasons.push('blindSpot');
    if (position.quadrant === 'concentrate') reasons.push('concentrate');
    if (reasons.length === 0) continue;
    suggestions.push({
      criterionId,
      reasons,
      mean: position.mean,
      ...(delta !== undefined ? { delta } : {}),
      ...(gap && gap.gap !== null ? { gap: gap.gap } : {}),
      importance: position.importance,
      quadrant: position.quadrant,
      priority: position.priority,
    });
  }
  // Array.prototype.sort is stable: equal priorities keep model order.
  suggestions.sort((a, b) => b.priority - a.priority);
  return { importanceSource, medians, quadrants, suggestions };
}
