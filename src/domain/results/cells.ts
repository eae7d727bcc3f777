/**
 * An aggregate as a reader sees it (issue 16, item 6): each criterion's figures, or why they are hidden; the
 * sections and the overall rolled up over the shown criteria only. A section rolled up over every criterion would
 * give a hidden one away (the section's counts minus its shown criteria), so a hidden cell is part of no figure
 * shown, and gaps, trends and "where to act" read the shown cells only. Pure data and functions: no I/O, no Forge
 * import.
 */
import type { EvaluationModel } from '../model';
import type { Aggregate, CriterionScore, SectionScore } from './aggregate';
import { effectiveThreshold, type CellReason } from './confidentiality';
import { MIN_GROUP_SIZE } from '../participation';
import { rollUp, type Weighted } from './rollup';
import type { Score } from './score';

/** A hidden cell says why, and carries no number. */
export type CriterionCell =
  | { criterionId: string; sectionId: string; hidden: true; reason: CellReason }
  | ({ hidden: false } & CriterionScore);

/** A section whose every criterion is hidden is hidden too: a roll-up of nothing would read as "no answers". */
export type SectionCell =
  { sectionId: string; hidden: true; reason: CellReason } | ({ hidden: false } & SectionScore);

/** Arrays in model order, as in `Aggregate`. */
export interface ShownAggregate {
  /** People who submitted, whatever they answered. */
  respondents: number;
  /** Rolled up over the shown sections. */
  overall: Score;
  sections: SectionCell[];
  criteria: CriterionCell[];
}

/** The criteria of `raw` rated by fewer than k people: the per-criterion rule where there is no complement (the overall). */
export function tooFewAnswers(raw: Aggregate, k: number): Map<string, CellReason> {
  const min = effectiveThreshold(k, MIN_GROUP_SIZE);
  return new Map(
    raw.criteria.filter((c) => c.n < min).map((c) => [c.criterionId, 'too-few-answers'] as const),
  );
}

/** `raw` (computed with `model`) with the cells of `hidden` (criterion id → why) hidden and left out of every roll-up. */
export function shownAggregate(
  model: EvaluationModel,
  raw: Aggregate,
  hidden: ReadonlyMap<string, CellReason>,
): ShownAggregate {
  const scores = new Map(raw.criteria.map((c) => [c.criterionId, c]));
  const criteria: CriterionCell[] = [];
  const sections: SectionCell[] = [];
  const shownSections: Weighted[] = [];
  for (const section of model.sections) {
    const children: Weighted[] = [];
    const reasons: CellReason[] = [];
    for (const criterion of section.criteria) {
      const reason = hidden.get(criterion.id);
      const score = scores.get(criterion.id);
      if (reason || !score) {
        const why = reason ?? 'too-few-answers';
        reasons.push(why);
        criteria.push({ criterionId: criterion.id, sectionId: section.id, hidden: true, reason: why });
        continue;
      }
      criteria.push({ hidden: false, ...score });
      children.push({ weight: criterion.weight, score });
    }
    if (children.length === 0 && reasons.length > 0) {
      const reason = reasons.includes('too-few-answers') ? 'too-few-answers' : 'complementary';
      sections.push({ sectionId: section.id, hidden: true, reason });
      continue;
    }
    const score = rollUp(children);
    sections.push({ hidden: false, sectionId: section.id, ...score });
    shownSections.push({ weight: section.weight, score });
  }
  return { respondents: raw.respondents, overall: rollUp(shownSections), sections, criteria };
}
