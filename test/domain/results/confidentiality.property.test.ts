/**
 * Results under the minimum group size, for random departments (0–12 respondents), a small-groups bucket, answers
 * of unknown departments, random portfolios and k in 3..7: no visible group is smaller than k; what the overall
 * minus the visible groups gives away is 0 or at least k people (or nothing is broken down); a visible portfolio is
 * the sum of its departments, all visible; and a hidden cell carries no number at all.
 */
import fc from 'fast-check';
import { SMALL_GROUPS } from '../../../src/domain/participation/participation';
import type { AnswerValue } from '../../../src/domain/survey/response';
import {
  aggregate,
  OTHER_GROUP,
  resultsOf,
  type CriterionCell,
  type RatedAnswer,
  type Results,
  type ResultsInput,
} from '../../../src/domain/results';
import { modelOf, text } from './fixtures';

const model = modelOf([
  { id: 'S', criteria: ['a', ['b', 2]] },
  { id: 'T', weight: 3, criteria: ['constructor'] },
]);
const CRITERIA = ['a', 'b', 'constructor'];

interface World {
  input: ResultsInput;
  /** Respondents per group id of the partition, as generated. */
  truth: Map<string, RatedAnswer[]>;
}

const value = fc.constantFrom<AnswerValue | undefined>(1, 2, 3, 4, 'na', undefined);

const worlds: fc.Arbitrary<World> = fc
  .record({
    sizes: fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 6 }),
    small: fc.nat({ max: 6 }),
    other: fc.nat({ max: 4 }),
    portfolios: fc.array(fc.array(fc.nat({ max: 8 }), { maxLength: 4 }), { maxLength: 5 }),
    k: fc.integer({ min: 3, max: 7 }),
    kComments: fc.integer({ min: 3, max: 12 }),
    values: fc.array(value, { minLength: 64, maxLength: 64 }),
    seed: fc.nat(),
  })
  .map(({ sizes, small, other, portfolios, k, kComments, values, seed }) => {
    let v = seed;
    const answer = (departmentId: string | undefined): RatedAnswer => ({
      ...(departmentId !== undefined ? { departmentId } : {}),
      ratings: Object.fromEntries(
        CRITERIA.flatMap((id) => {
          const x = values[v++ % values.length];
          return x === undefined ? [] : [[id, x] as const];
        }),
      ),
    });
    const truth = new Map<string, RatedAnswer[]>();
    sizes.forEach((size, d) =>
      truth.set(
        `d${d}`,
        Array.from({ length: size }, () => answer(`d${d}`)),
      ),
    );
    if (small > 0)
      truth.set(
        SMALL_GROUPS,
        Array.from({ length: small }, () => answer(SMALL_GROUPS)),
      );
    if (other > 0)
      truth.set(
        OTHER_GROUP,
        Array.from({ length: other }, (_, i) => answer(i % 2 === 0 ? 'ghost' : undefined)),
      );
    // Portfolio picks past the departments name an unknown id or the bucket: they must count nothing.
    const idOf = (pick: number) =>
      pick < sizes.length ? `d${pick}` : pick % 2 === 0 ? 'ghost' : SMALL_GROUPS;
    const input: ResultsInput = {
      campaign: { id: 'now', period: '2026' },
      model,
      departments: sizes.map((_, d) => ({ id: `d${d}`, name: text(`D${d}`) })),
      portfolios: portfolios.map((picks, b) => ({
        buyerAccountId: `buyer-${b}`,
        departments: picks.map(idOf),
      })),
      customers: [...truth.values()].flat().reverse(),
      selves: [answer(undefined)],
      k,
      kComments,
      history: [],
    };
    return { input, truth };
  });

/** Every number anywhere in a value's JSON. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

/** Everything of a result that is hidden, as it goes on the wire: whole parts, and cells of shown ones. */
function hiddenParts(results: Results): unknown[] {
  const parts: unknown[] = [];
  for (const part of [results.overall, results.gaps, results.trends]) if (part.hidden) parts.push(part);
  for (const row of [results.overall, ...results.departments, ...results.portfolios]) {
    if (row.hidden) parts.push(row);
    else parts.push(...row.criteria.filter((c) => c.hidden), ...row.sections.filter((c) => c.hidden));
  }
  for (const row of results.heatmap.rows) for (const cell of row.cells) if (cell.hidden) parts.push(cell);
  return parts;
}

const countsOf = (answers: readonly RatedAnswer[]) =>
  aggregate(model, answers).criteria.map((c) => [...c.counts, c.na]);
const minus = (a: number[][], b: number[][]) => a.map((row, i) => row.map((x, j) => x - b[i]![j]!));
const plus = (a: number[][], b: number[][]) => a.map((row, i) => row.map((x, j) => x + b[i]![j]!));

describe('results under the minimum group size (property)', () => {
  it('never shows a group below k nor lets one be worked out, and hidden cells carry no number', () => {
    fc.assert(
      fc.property(worlds, ({ input, truth }) => {
        const results = JSON.parse(JSON.stringify(resultsOf(input))) as Results;
        expect(results).toEqual(resultsOf(input)); // plain JSON: nothing lost on the wire
        const { k, kComments } = results.thresholds;
        expect(k).toBe(input.k);
        const total = input.customers.length;
        const sizeOf = (id: string) => truth.get(id)?.length ?? 0;

        // The rows are the partition: every respondent in exactly one row.
        expect(results.departments.reduce((n, d) => n + sizeOf(d.id), 0)).toBe(total);
        expect(new Set(results.departments.map((d) => d.id)).size).toBe(results.departments.length);

        // Overall.
        expect(results.overall.hidden).toBe(total < k);
        expect(results.overallComments).toBe(total >= k);

        // Departments: visible ⇒ ≥ k and exact; hidden ones together 0 or ≥ k people, unless all are hidden.
        const visible = results.departments.filter((d) => !d.hidden);
        for (const row of visible) {
          expect(row.hidden || row.respondents).toBe(sizeOf(row.id));
          expect(sizeOf(row.id)).toBeGreaterThanOrEqual(k);
        }
        if (results.overall.hidden) expect(visible).toEqual([]);
        const hiddenTotal = results.departments.filter((d) => d.hidden).reduce((n, d) => n + sizeOf(d.id), 0);
        if (visible.length > 0) expect(hiddenTotal === 0 || hiddenTotal >= k).toBe(true);

        // overall − Σ visible departments, criterion by criterion (where the overall shows it), is the counts of
        // the hidden groups and of the cells hidden in visible ones.
        if (!results.overall.hidden) {
          const cellsOf = (criteria: CriterionCell[]) =>
            criteria.map((c) => (c.hidden ? [0, 0, 0, 0, 0] : [...c.counts, c.na]));
          const overall = cellsOf(results.overall.criteria);
          const shown = visible.reduce(
            (sum, row) => (row.hidden ? sum : plus(sum, cellsOf(row.criteria))),
            CRITERIA.map(() => [0, 0, 0, 0, 0]),
          );
          const hiddenCounts = results.departments.reduce(
            (sum, d) => {
              const all = countsOf(truth.get(d.id) ?? []);
              const counted = d.hidden
                ? all
                : all.map((row, c) => (d.criteria[c]!.hidden ? row : [0, 0, 0, 0, 0]));
              return plus(sum, counted);
            },
            CRITERIA.map(() => [0, 0, 0, 0, 0]),
          );
          const where = (rows: number[][]) =>
            rows.filter((_, c) => !(results.overall.hidden || results.overall.criteria[c]!.hidden));
          expect(where(minus(overall, shown))).toEqual(where(hiddenCounts));
        }

        // Portfolios: visible ⇒ ≥ k, every listed campaign department visible, and exactly their sum.
        const rows = new Map(results.departments.map((d) => [d.id, d]));
        input.portfolios.forEach((portfolio, i) => {
          const row = results.portfolios[i]!;
          const listed = [...new Set(portfolio.departments)].filter((id) => /^d\d+$/.test(id));
          expect(row.departments).toEqual(listed);
          if (row.hidden) return;
          expect(listed.every((id) => !rows.get(id)!.hidden)).toBe(true);
          const sum = listed.reduce((n, id) => n + sizeOf(id), 0);
          expect(row.respondents).toBe(sum);
          expect(sum).toBeGreaterThanOrEqual(k);
          const all = countsOf(listed.flatMap((id) => truth.get(id)!));
          row.criteria.forEach((c, i) => {
            if (!c.hidden) expect([...c.counts, c.na]).toEqual(all[i]);
          });
        });

        // Heatmap: a cell is visible exactly when its department is, with that department's section counts.
        results.heatmap.rows.forEach((heatRow, i) => {
          const row = results.departments[i]!;
          expect(heatRow.id).toBe(row.id);
          heatRow.cells.forEach((cell, s) => {
            const section = row.hidden ? null : row.sections[s]!;
            expect(cell.hidden).toBe(section === null || section.hidden);
            if (!cell.hidden && section && !section.hidden) {
              expect(cell.counts).toEqual(section.counts);
              expect(sizeOf(row.id)).toBeGreaterThanOrEqual(k);
            }
          });
        });

        // Comments: the same partition rule at kComments (never below k).
        expect(kComments).toBe(Math.max(k, input.kComments));
        const commentGroups = new Set(results.commentGroups);
        for (const id of commentGroups) expect(sizeOf(id)).toBeGreaterThanOrEqual(kComments);
        const commentsHidden = results.departments
          .filter((d) => !commentGroups.has(d.id))
          .reduce((n, d) => n + sizeOf(d.id), 0);
        if (commentGroups.size > 0) expect(commentsHidden === 0 || commentsHidden >= kComments).toBe(true);

        // Nothing hidden carries a number: no count, score or respondent number, and no 0 standing for one.
        for (const part of hiddenParts(results)) {
          expect(numbersIn(part)).toEqual([]);
          expect(part).toMatchObject({
            hidden: true,
            reason: expect.stringMatching(/^(below-threshold|complementary|too-few-answers)$/),
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the generator of the property above', () => {
  it('reaches every situation the property is about', () => {
    const seen = new Set<string>();
    for (const { input } of fc.sample(worlds, { numRuns: 500, seed: 42 })) {
      const r = resultsOf(input);
      if (r.overall.hidden) seen.add('overall hidden');
      for (const d of r.departments) {
        if (!d.hidden) seen.add('department visible');
        else seen.add(`department ${d.reason}`);
        if (d.kind !== 'department' && !d.hidden) seen.add(`${d.kind} visible`);
      }
      for (const p of r.portfolios) seen.add(p.hidden ? `portfolio ${p.reason}` : 'portfolio visible');
      if (r.commentGroups.length > 0) seen.add('comment group');
    }
    expect([...seen].sort()).toEqual(
      [
        'comment group',
        'department below-threshold',
        'department complementary',
        'department visible',
        'other visible',
        'overall hidden',
        'portfolio below-threshold',
        'portfolio complementary',
        'portfolio visible',
        'small-groups visible',
      ].sort(),
    );
  });
});
