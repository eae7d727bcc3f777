/**
 * Counting submitted ratings into scores for every criterion and section of a model, and the overall roll-up.
 * Pure data and functions: no I/O, no Forge import.
 */
import type { EvaluationModel } from '../model';
import type { AnswerValue } from '../survey';
import { rollUp } from './rollup';
import { scoreOf, type Score } from './score';

/** One respondent's submitted ratings as results read them (criterionId → value; absent = not answered). */
export interface RatedAnswer {
  departmentId?: string;
  ratings: Readonly<Record<string, AnswerValue>>;
}

export type CriterionScore = Score & { criterionId: string; sectionId: string };
export type SectionScore = Score & { sectionId: string };

/** Arrays in model order rather than records keyed by id: a criterion id may be `__proto__`. */
export interface Aggregate {
  /** People who submitted, whatever they answered. */
  respondents: number;
  overall: Score;
  sections: SectionScore[];
  criteria: CriterionScore[];
}

/** Four levels, then "not applicable", per criterion. */
const SLOTS = 5;
const NA = 4;

/** Anything but the scale and 'na' (a record damaged in storage) counts nowhere rather than as a wrong level. */
function slotOf(value: unknown): number {
  switch (value) {
    case 1:
      return 0;
    case 2:
      return 1;
    case 3:
      return 2;
    case 4:
      return 3;
    case 'na':
      return NA;
    default:
      return -1;
  }
}

/**
 * Every criterion and section of the model is present, even with N = 0, so a reader sees "no answers" for a
 * criterion rather than a missing row.
 *
 * This runs over every answer of a campaign, once per breakdown: one pass, counters in one preallocated typed
 * array (criterion c's level l at c·5 + l), nothing allocated per answer. It walks the model's ids rather than the
 * answer's keys, which both skips unknown keys and needs no key list; `Object.hasOwn` keeps an id such as
 * `constructor` from finding Object.prototype's member.
 */
export function aggregate(model: EvaluationModel, answers: readonly RatedAnswer[]): Aggregate {
  const ids: string[] = [];
  for (const section of model.sections) for (const criterion of section.criteria) ids.push(criterion.id);
  const width = ids.length;
  const tally = new Uint32Array(width * SLOTS);
  for (let a = 0; a < answers.length; a++) {
    const ratings = answers[a]!.ratings;
    for (let c = 0; c < width; c++) {
      const id = ids[c]!;
      if (!Object.hasOwn(ratings, id)) continue;
      const slot = slotOf(ratings[id]);
      if (slot >= 0) tally[c * SLOTS + slot]!++;
    }
  }

  const criteria: CriterionScore[] = [];
  const sections: SectionScore[] = [];
  let c = 0;
  for (const section of model.sections) {
    const children = section.criteria.map((criterion) => {
      const at = c++ * SLOTS;
      const score = scoreOf([tally[at]!, tally[at + 1]!, tally[at + 2]!, tally[at + 3]!], tally[at + NA]!);
      criteria.push({ criterionId: criterion.id, sectionId: section.id, ...score });
      return { weight: criterion.weight, score };
    });
    sections.push({ sectionId: section.id, ...rollUp(children) });
  }
  const overall = rollUp(
    model.sections.map((section, i) => ({ weight: section.weight, score: sections[i]! })),
  );
  return { respondents: answers.length, overall, sections, criteria };
}
