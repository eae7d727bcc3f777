/**
 * `aggregate` over random models and answers: it is the naive count, order does not matter, N/A changes only N/A
 * counts, figures stay in range, and each roll-up is the weighted mean of its children, between their extremes.
 */
import fc from 'fast-check';
import type { EvaluationModel } from '../../../src/domain/model/model';
import type { AnswerValue } from '../../../src/domain/survey/response';
import { aggregate, type Aggregate, type RatedAnswer, type Score } from '../../../src/domain/results';
import { modelOf, naiveCounts } from './fixtures';

const weight = fc.option(fc.constantFrom(0.5, 1, 2, 3, 7), { nil: undefined });

const models: fc.Arbitrary<EvaluationModel> = fc
  .array(fc.record({ weight, criteria: fc.array(weight, { minLength: 1, maxLength: 4 }) }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((sections) => {
    let c = 0;
    const ids = ['constructor', '__proto__', 'valueOf'];
    return modelOf(
      sections.map((s, i) => ({
        id: `s${i}`,
        ...(s.weight !== undefined ? { weight: s.weight } : {}),
        criteria: s.criteria.map((w) => {
          const id = ids[c] ?? `c${c}`;
          c++;
          return w === undefined ? id : ([id, w] as [string, number]);
        }),
      })),
    );
  });

const value = fc.constantFrom<AnswerValue | undefined>(1, 2, 3, 4, 'na', undefined);

/** A model and answers to it: each criterion rated, "not applicable" or left out. */
const world = models.chain((model) => {
  const ids = model.sections.flatMap((s) => s.criteria.map((c) => c.id));
  const answer = fc
    .array(value, { minLength: ids.length, maxLength: ids.length })
    .map((values): RatedAnswer => ({
      ratings: Object.fromEntries(
        ids.flatMap((id, i) => (values[i] === undefined ? [] : [[id, values[i]] as const])),
      ),
    }));
  return fc.record({ model: fc.constant(model), answers: fc.array(answer, { maxLength: 30 }) });
});

const FIGURES = ['mean', 'index', 'satisfaction', 'topBox', 'net'] as const;

function expectRolledUp(parent: Score, children: { weight: number; score: Score }[]) {
  const withData = children.filter((c) => c.score.n > 0);
  for (let level = 0; level < 4; level++) {
    expect(parent.counts[level]).toBe(children.reduce((n, c) => n + c.score.counts[level]!, 0));
  }
  expect(parent.na).toBe(children.reduce((n, c) => n + c.score.na, 0));
  for (const figure of FIGURES) {
    if (withData.length === 0) {
      expect(parent[figure]).toBeNull();
      continue;
    }
    const values = withData.map((c) => c.score[figure]!);
    const total = withData.reduce((w, c) => w + c.weight, 0);
    const expected = withData.reduce((s, c) => s + c.weight * c.score[figure]!, 0) / total;
    expect(parent[figure]).toBeCloseTo(expected, 9);
    expect(parent[figure]!).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
    expect(parent[figure]!).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
  }
}

const allScores = (a: Aggregate): Score[] => [a.overall, ...a.sections, ...a.criteria];

describe('aggregate (property)', () => {
  it('equals a naive recomputation', () => {
    fc.assert(
      fc.property(world, ({ model, answers }) => {
        const result = aggregate(model, answers);
        expect(result.respondents).toBe(answers.length);
        expect(
          result.criteria.map((c) => ({ criterionId: c.criterionId, counts: c.counts, na: c.na })),
        ).toEqual(naiveCounts(model, answers));
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(
      fc.property(
        world.chain((w) =>
          fc.record({
            w: fc.constant(w),
            shuffled: fc.shuffledSubarray(w.answers, { minLength: w.answers.length }),
          }),
        ),
        ({ w, shuffled }) => {
          expect(aggregate(w.model, shuffled)).toEqual(aggregate(w.model, w.answers));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('adding N/A answers changes the N/A counts and the respondents only', () => {
    fc.assert(
      fc.property(world, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), ({ model, answers }, picks) => {
        const ids = model.sections.flatMap((s) => s.criteria.map((c) => c.id));
        const extra: RatedAnswer[] = picks.map((p) => ({
          ratings: Object.fromEntries(
            ids.filter((_, i) => (p >> i) % 2 === 0).map((id) => [id, 'na'] as const),
          ),
        }));
        const before = aggregate(model, answers);
        const after = aggregate(model, [...answers, ...extra]);
        expect(after.respondents).toBe(before.respondents + extra.length);
        const strip = (a: Aggregate) => allScores(a).map(({ na: _na, ...rest }) => rest);
        expect(strip(after)).toEqual(strip(before));
        after.criteria.forEach((c, i) => {
          const added = extra.filter((e) => Object.hasOwn(e.ratings, c.criterionId)).length;
          expect(c.na).toBe(before.criteria[i]!.na + added);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every figure in range', () => {
    fc.assert(
      fc.property(world, ({ model, answers }) => {
        for (const s of allScores(aggregate(model, answers))) {
          if (s.n === 0) {
            expect(s.mean).toBeNull();
            continue;
          }
          expect(s.mean!).toBeGreaterThanOrEqual(1 - 1e-9);
          expect(s.mean!).toBeLessThanOrEqual(4 + 1e-9);
          for (const figure of ['index', 'satisfaction', 'topBox'] as const) {
            expect(s[figure]!).toBeGreaterThanOrEqual(-1e-9);
            expect(s[figure]!).toBeLessThanOrEqual(100 + 1e-9);
          }
          expect(Math.abs(s.net!)).toBeLessThanOrEqual(100 + 1e-9);
          if (s.satisfactionInterval) {
            const [low, high] = s.satisfactionInterval;
            expect(
              0 <= low && low <= s.satisfaction! + 1e-9 && s.satisfaction! <= high + 1e-9 && high <= 100,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rolls each section and the overall up as the weighted mean of its children, within their extremes', () => {
    fc.assert(
      fc.property(world, ({ model, answers }) => {
        const result = aggregate(model, answers);
        model.sections.forEach((section, i) => {
          const children = section.criteria.map((c) => ({
            weight: c.weight ?? 1,
            score: result.criteria.find((x) => x.criterionId === c.id)!,
          }));
          expectRolledUp(result.sections[i]!, children);
        });
        expectRolledUp(
          result.overall,
          model.sections.map((s, i) => ({ weight: s.weight ?? 1, score: result.sections[i]! })),
        );
      }),
      { numRuns: 200 },
    );
  });
});
