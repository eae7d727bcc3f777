/** Small models and answers for the results tests, and a naive recomputation to check `aggregate` against. */
import type { EvaluationModel } from '../../../src/domain/model/model';
import type { AnswerValue } from '../../../src/domain/survey/response';
import type { RatedAnswer } from '../../../src/domain/results';

export const text = (en: string, fr = en) => ({ 'en-US': en, 'fr-FR': fr });

/** Sections of criteria given as [id, weight?] pairs; section weights optional. */
export function modelOf(
  sections: { id: string; weight?: number; criteria: (string | [string, number])[] }[],
): EvaluationModel {
  return {
    id: 'm',
    version: 1,
    name: text('Model'),
    sections: sections.map((s) => ({
      id: s.id,
      title: text(`Section ${s.id}`),
      ...(s.weight !== undefined ? { weight: s.weight } : {}),
      criteria: s.criteria.map((c) => {
        const [id, weight] = typeof c === 'string' ? [c, undefined] : c;
        return {
          id,
          text: text(`Criterion ${id}`, `Critère ${id}`),
          ...(weight !== undefined ? { weight } : {}),
        };
      }),
    })),
  };
}

/** Ratings built with own properties (Object.fromEntries), so that `__proto__` is an ordinary key. */
export const rated = (ratings: [string, AnswerValue][], departmentId?: string): RatedAnswer => ({
  ...(departmentId !== undefined ? { departmentId } : {}),
  ratings: Object.fromEntries(ratings),
});

/** The same counts the obvious way, for comparison: per criterion, filter and count. */
export function naiveCounts(model: EvaluationModel, answers: readonly RatedAnswer[]) {
  return model.sections.flatMap((s) =>
    s.criteria.map((c) => {
      const values = answers
        .filter((a) => Object.keys(a.ratings).includes(c.id))
        .map((a) => Object.entries(a.ratings).find(([key]) => key === c.id)![1]);
      return {
        criterionId: c.id,
        counts: [1, 2, 3, 4].map((level) => values.filter((v) => v === level).length),
        na: values.filter((v) => v === 'na').length,
      };
    }),
  );
}
