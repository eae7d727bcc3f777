/**
 * k per criterion (issue 16, item 6), for random response sets where each criterion is rated by a different share
 * of respondents (the others answer "not applicable" or skip it), random departments, buckets, portfolios, an
 * earlier campaign and k in 3..7: no figure a reader is sent lets them work out a number of ratings of one
 * criterion between 1 and k − 1, for any group or for what the overall leaves beyond the shown groups. The reader
 * is an attacker holding the whole wire view: every shown count, every difference of a parent (the overall, a
 * portfolio) and shown parts of it, and every roll-up, which must be a function of shown cells only.
 */
import fc from 'fast-check';
import { SMALL_GROUPS } from '../../../src/domain/participation/participation';
import type { AnswerValue } from '../../../src/domain/survey/response';
import {
  aggregate,
  commentCriteriaOf,
  historyEntryOf,
  OTHER_GROUP,
  resultsOf,
  rollUp,
  type CriterionCell,
  type RatedAnswer,
  type Results,
  type ResultsInput,
  type ShownAggregate,
} from '../../../src/domain/results';
import { modelOf, text } from './fixtures';

const model = modelOf([
  { id: 'S', criteria: ['a', ['b', 2]] },
  { id: 'T', weight: 3, criteria: ['constructor', 'd'] },
]);
const CRITERIA = ['a', 'b', 'constructor', 'd'];

interface World {
  input: ResultsInput;
  /** Respondents per group id of the partition, as generated. */
  truth: Map<string, RatedAnswer[]>;
}

/** Criterion c is rated by respondent i when (i + offset) mod every === 0; the others say N/A or skip it. */
const criterionShape = fc.record({ every: fc.constantFrom(1, 2, 3, 5), offset: fc.nat({ max: 4 }) });

const worlds: fc.Arbitrary<World> = fc
  .record({
    sizes: fc.array(fc.nat({ max: 14 }), { minLength: 1, maxLength: 6 }),
    small: fc.nat({ max: 7 }),
    other: fc.nat({ max: 5 }),
    portfolios: fc.array(fc.array(fc.nat({ max: 7 }), { maxLength: 4 }), { maxLength: 4 }),
    shapes: fc.array(criterionShape, { minLength: 4, maxLength: 4 }),
    levels: fc.array(fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4), { minLength: 16, maxLength: 16 }),
    earlier: fc.nat({ max: 30 }),
    k: fc.integer({ min: 3, max: 7 }),
    kComments: fc.integer({ min: 3, max: 12 }),
  })
  .map(({ sizes, small, other, portfolios, shapes, levels, earlier, k, kComments }) => {
    let i = 0;
    const answer = (departmentId: string | undefined): RatedAnswer => {
      const me = i++;
      const ratings: [string, AnswerValue][] = [];
      CRITERIA.forEach((id, c) => {
        const { every, offset } = shapes[c]!;
        if ((me + offset) % every === 0) ratings.push([id, levels[(me + c) % levels.length]!]);
        else if (me % 4 !== 0) ratings.push([id, 'na']);
      });
      return {
        ...(departmentId !== undefined ? { departmentId } : {}),
        ratings: Object.fromEntries(ratings),
      };
    };
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
        Array.from({ length: other }, (_, j) => answer(j % 2 === 0 ? 'ghost' : undefined)),
      );
    const idOf = (pick: number) => (pick < sizes.length ? `d${pick}` : SMALL_GROUPS);
    const before = Array.from({ length: earlier }, () => answer(undefined));
    const input: ResultsInput = {
      campaign: { id: 'now', period: '2026', closedAt: 2026 },
      model,
      departments: sizes.map((_, d) => ({ id: `d${d}`, name: text(`D${d}`) })),
      portfolios: portfolios.map((picks, b) => ({
        buyerAccountId: `buyer-${b}`,
        departments: picks.map(idOf),
      })),
      customers: [...truth.values()].flat(),
      selves: [answer(undefined)],
      k,
      kComments,
      // The earlier campaign kept figures without knowing of k: the reader's k must apply to them too.
      history: [
        historyEntryOf(
          { id: 'before', period: '2025', closedAt: 2025 },
          model,
          aggregate(model, before),
          earlier < k,
        ),
      ],
    };
    return { input, truth };
  });

/** Ratings (not N/A) of criterion c among `answers`. */
const ratingsOf = (answers: readonly RatedAnswer[], c: number) =>
  answers.filter((a) => typeof a.ratings[CRITERIA[c]!] === 'number').length;

const subsets = <T>(items: readonly T[]): T[][] =>
  items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);

/** Whether a derived count of ratings isolates fewer than k people (0 isolates nobody). */
const isolates = (count: number, k: number) => count >= 1 && count < k;

/** Every roll-up of a shown aggregate is the roll-up of its shown cells: it tells nothing they do not. */
function expectRollUpsOfShownCells(row: ShownAggregate) {
  const shownSections: { weight?: number; score: ReturnType<typeof rollUp> }[] = [];
  for (const section of model.sections) {
    const cells = row.criteria.filter((c) => c.sectionId === section.id);
    const shown = cells.filter((c): c is Extract<CriterionCell, { hidden: false }> => !c.hidden);
    const cell = row.sections.find((s) => s.sectionId === section.id)!;
    expect(cell.hidden).toBe(shown.length === 0);
    if (cell.hidden) continue;
    const weights = new Map(section.criteria.map((c) => [c.id, c.weight]));
    const score = rollUp(shown.map((c) => ({ weight: weights.get(c.criterionId), score: c })));
    const { hidden: _h, sectionId: _s, ...figures } = cell;
    expect(figures).toEqual(score);
    shownSections.push({ weight: section.weight, score });
  }
  expect(row.overall).toEqual(rollUp(shownSections));
}

function expectNoCountIsolated({ input, truth }: World, results: Results) {
  const { k } = results.thresholds;
  const overall = results.overall;
  const departments = results.departments;
  CRITERIA.forEach((_, c) => {
    // Every shown count of this criterion is the truth, and at least k.
    const cellOf = (row: ShownAggregate) => row.criteria[c]!;
    const shownDepartments = departments.flatMap((d) => {
      if (d.hidden) return [];
      const cell = cellOf(d);
      if (cell.hidden) return [];
      expect(cell.n).toBe(ratingsOf(truth.get(d.id)!, c));
      expect(cell.n).toBeGreaterThanOrEqual(k);
      return [{ groups: [d.id], n: cell.n }];
    });
    const parents: { groups: string[]; n: number }[] = [];
    if (!overall.hidden && !cellOf(overall).hidden) {
      const cell = cellOf(overall) as Extract<CriterionCell, { hidden: false }>;
      expect(cell.n).toBe(ratingsOf(input.customers, c));
      expect(cell.n).toBeGreaterThanOrEqual(k);
      parents.push({ groups: departments.map((d) => d.id), n: cell.n });
    } else {
      expect(shownDepartments).toEqual([]);
    }
    const shownPortfolios = results.portfolios.flatMap((p) => {
      if (p.hidden || cellOf(p).hidden) return [];
      const cell = cellOf(p) as Extract<CriterionCell, { hidden: false }>;
      expect(cell.n).toBeGreaterThanOrEqual(k);
      // Shown only as the sum of its departments' shown cells.
      expect(p.departments.every((id) => shownDepartments.some((s) => s.groups[0] === id))).toBe(true);
      return [{ groups: p.departments, n: cell.n }];
    });
    parents.push(...shownPortfolios);
    // The attacker: a parent minus any shown parts of it (departments, or a portfolio and departments beside it).
    for (const parent of parents) {
      const inside = (f: { groups: string[] }) => f.groups.every((g) => parent.groups.includes(g));
      const parts = shownDepartments.filter(inside);
      for (const taken of subsets(parts)) {
        const left = parent.n - taken.reduce((n, p) => n + p.n, 0);
        expect(isolates(left, k)).toBe(false);
        for (const q of shownPortfolios.filter(inside)) {
          if (q.groups.some((g) => taken.some((t) => t.groups[0] === g))) continue;
          expect(isolates(left - q.n, k)).toBe(false);
        }
      }
    }
  });
}

function expectFiguresFollowCells(results: Results) {
  const { k } = results.thresholds;
  const overall = results.overall;
  for (const row of [overall, ...results.departments, ...results.portfolios])
    if (!row.hidden) expectRollUpsOfShownCells(row);
  if (overall.hidden) return;
  const shown = new Map(overall.criteria.map((c) => [c.criterionId, c]));
  // Gaps and trends read shown cells only: a hidden one has no customers' mean, no trend, no point.
  if (!results.gaps.hidden)
    for (const gap of results.gaps.criteria) {
      const cell = shown.get(gap.criterionId)!;
      expect(gap.customers).toBe(cell.hidden ? null : cell.mean);
    }
  if (!results.trends.hidden)
    for (const { criterionId, trend } of results.trends.criteria) {
      if (!('delta' in trend)) continue;
      expect(shown.get(criterionId)!.hidden).toBe(false);
      for (const point of trend.series) if (!point.hidden) expect(point.n).toBeGreaterThanOrEqual(k);
    }
  // The heatmap is the rows' sections: a section cell hidden exactly when all its criteria are.
  results.heatmap.rows.forEach((heat, i) => {
    const row = results.departments[i]!;
    heat.cells.forEach((cell, s) => {
      const section = row.hidden ? null : row.sections[s]!;
      expect(cell.hidden).toBe(!section || section.hidden);
      if (!cell.hidden && section && !section.hidden) expect(cell.n).toBe(section.n);
    });
  });
}

/** The comments' rule is the figures' at `kComments`: a comment says its rating. */
function expectCommentsFollowCells({ input, truth }: World, results: Results) {
  const { k, kComments } = results.thresholds;
  const counted = { ...input, criterionIds: CRITERIA };
  const whole = commentCriteriaOf(counted, undefined);
  CRITERIA.forEach((id, c) => {
    const total = ratingsOf(input.customers, c);
    expect(whole.has(id)).toBe(total >= k);
    let shownRatings = 0;
    for (const group of results.departments) {
      if (!commentCriteriaOf(counted, group.id).has(id)) continue;
      expect(results.commentGroups).toContain(group.id);
      const n = ratingsOf(truth.get(group.id)!, c);
      expect(n).toBeGreaterThanOrEqual(kComments);
      shownRatings += n;
    }
    if (shownRatings > 0) expect(isolates(total - shownRatings, kComments)).toBe(false);
  });
}

describe('k per criterion (property)', () => {
  it('no figure lets a reader derive 1..k−1 ratings of a criterion, for a group or a complement', () => {
    fc.assert(
      fc.property(worlds, (world) => {
        const results = JSON.parse(JSON.stringify(resultsOf(world.input))) as Results;
        expectNoCountIsolated(world, results);
        expectFiguresFollowCells(results);
        expectCommentsFollowCells(world, results);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the generator of the property above', () => {
  it('reaches every situation the property is about', () => {
    const seen = new Set<string>();
    for (const world of fc.sample(worlds, { numRuns: 400, seed: 7 })) {
      const r = resultsOf(world.input);
      if (!r.overall.hidden) {
        for (const c of r.overall.criteria) seen.add(c.hidden ? 'overall cell hidden' : 'overall cell shown');
        for (const s of r.overall.sections) if (s.hidden) seen.add('overall section hidden');
      }
      for (const row of r.departments)
        if (!row.hidden)
          for (const c of row.criteria)
            seen.add(c.hidden ? `department cell ${c.reason}` : 'department cell shown');
      for (const p of r.portfolios)
        if (!p.hidden)
          for (const c of p.criteria)
            seen.add(c.hidden ? `portfolio cell ${c.reason}` : 'portfolio cell shown');
      for (const heat of r.heatmap.rows)
        for (const cell of heat.cells)
          if (!cell.hidden && cell.omitted > 0) seen.add('heatmap cell without some');
      if (!r.trends.hidden)
        for (const t of r.trends.criteria)
          seen.add('reason' in t.trend ? `trend ${t.trend.reason}` : 'trend with a delta');
      const counted = { ...world.input, criterionIds: CRITERIA };
      for (const id of r.commentGroups)
        if (commentCriteriaOf(counted, id).size < CRITERIA.length) seen.add('comment cell hidden');
    }
    expect([...seen].sort()).toEqual(
      [
        'comment cell hidden',
        'department cell complementary',
        'department cell shown',
        'department cell too-few-answers',
        'heatmap cell without some',
        'overall cell hidden',
        'overall cell shown',
        'overall section hidden',
        'portfolio cell complementary',
        'portfolio cell shown',
        'portfolio cell too-few-answers',
        'trend below-threshold',
        'trend too-few-answers',
        'trend with a delta',
      ].sort(),
    );
  });
});
