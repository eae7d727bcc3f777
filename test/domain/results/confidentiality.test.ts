/**
 * The minimum group size on hand-made cases: thresholds, complementary suppression, the small-groups and "other"
 * rows, portfolios, the heatmap and comments.
 */
import { SMALL_GROUPS } from '../../../src/domain/participation/participation';
import {
  cellSuppressionOf,
  effectiveThreshold,
  OTHER_GROUP,
  resultsOf,
  suppressionOf,
  visibleGroups,
  type RatedAnswer,
  type ResultsInput,
} from '../../../src/domain/results';
import { modelOf, rated, text } from './fixtures';

describe('effectiveThreshold', () => {
  it('defaults, never goes below 3, and rounds fractions up', () => {
    expect(effectiveThreshold(undefined, 5)).toBe(5);
    expect(effectiveThreshold(undefined, 10)).toBe(10);
    expect(effectiveThreshold(7, 5)).toBe(7);
    expect(effectiveThreshold(2, 5)).toBe(3);
    expect(effectiveThreshold(0, 5)).toBe(3);
    expect(effectiveThreshold(-4, 5)).toBe(3);
    expect(effectiveThreshold(4.2, 5)).toBe(5);
    expect(effectiveThreshold(Number.NaN, 5)).toBe(5);
    expect(effectiveThreshold(Number.POSITIVE_INFINITY, 10)).toBe(10);
    expect(effectiveThreshold(undefined, 1)).toBe(3);
  });
});

describe('visibleGroups', () => {
  const ids = (set: Set<string>) => [...set].sort();

  it('hides groups below k', () => {
    // b (3) and c (4) are hidden; together 7 ≥ 5, so overall − a = b + c reveals 7 people: no more to hide.
    expect(
      ids(
        visibleGroups(
          [
            { id: 'a', respondents: 9 },
            { id: 'b', respondents: 3 },
            { id: 'c', respondents: 4 },
          ],
          5,
        ),
      ),
    ).toEqual(['a']);
  });

  it('hides the smallest visible group too when the hidden ones hold fewer than k people', () => {
    // b alone (2): overall − a − c would be b's two people, so a (6, smaller than c's 7) goes too.
    const groups = [
      { id: 'a', respondents: 6 },
      { id: 'b', respondents: 2 },
      { id: 'c', respondents: 7 },
    ];
    expect(ids(visibleGroups(groups, 5))).toEqual(['c']);
    expect(suppressionOf(groups, 5)).toEqual(
      new Map([
        ['b', 'below-threshold'],
        ['a', 'complementary'],
      ]),
    );
  });

  it('breaks ties by id, whatever the order given', () => {
    const groups = [
      { id: 'x', respondents: 5 },
      { id: 'w', respondents: 5 },
      { id: 'b', respondents: 1 },
    ];
    expect(ids(visibleGroups(groups, 5))).toEqual(['x']);
    expect(ids(visibleGroups([...groups].reverse(), 5))).toEqual(['x']);
  });

  it('a group nobody answered for is hidden but starts no suppression (it reveals nobody)', () => {
    expect(
      ids(
        visibleGroups(
          [
            { id: 'a', respondents: 0 },
            { id: 'b', respondents: 8 },
          ],
          5,
        ),
      ),
    ).toEqual(['b']);
  });

  it('may hide every group: the overall then shows what no breakdown does', () => {
    expect(
      visibleGroups(
        [
          { id: 'a', respondents: 2 },
          { id: 'b', respondents: 6 },
        ],
        5,
      ).size,
    ).toBe(0);
  });

  it('applies the floor of 3 to the k it is given', () => {
    expect(ids(visibleGroups([{ id: 'a', respondents: 2 }], 1))).toEqual([]);
  });
});

describe('cellSuppressionOf: one criterion across the shown groups', () => {
  const cells = (ratings: [string, number][], elsewhere: number, k = 5) =>
    [...cellSuppressionOf(new Map(ratings), elsewhere, k)].sort(([a], [b]) => (a < b ? -1 : 1));

  it('hides a cell rated by fewer than k, whatever the group’s respondents', () => {
    // b's group may hold 12 people: only 4 rated this criterion. With the 3 ratings of the groups hidden as a
    // whole, overall − a − c gives 7 ratings: no one group's few.
    expect(
      cells(
        [
          ['a', 6],
          ['b', 4],
          ['c', 7],
        ],
        3,
      ),
    ).toEqual([['b', 'too-few-answers']]);
  });

  it('hides the smallest shown cell too when overall − shown cells would leave 1..k−1 ratings', () => {
    // b (3) alone: overall − a − c = 3. a (6) is the smallest shown, so it goes; then 9 are hidden together.
    expect(
      cells(
        [
          ['a', 6],
          ['b', 3],
          ['c', 8],
        ],
        0,
      ),
    ).toEqual([
      ['a', 'complementary'],
      ['b', 'too-few-answers'],
    ]);
  });

  it('counts the ratings of the groups hidden as a whole in what the overall leaves', () => {
    // Nothing below k among the shown, but the hidden groups hold 2 ratings of it: the smallest shown goes.
    expect(
      cells(
        [
          ['a', 6],
          ['c', 8],
        ],
        2,
      ),
    ).toEqual([['a', 'complementary']]);
    // 5 beside them is no single person's answer to find: nothing more to hide.
    expect(
      cells(
        [
          ['a', 6],
          ['c', 8],
        ],
        5,
      ),
    ).toEqual([]);
  });

  it('0 ratings is below k too, but reveals nobody and starts no suppression', () => {
    expect(
      cells(
        [
          ['a', 0],
          ['b', 9],
        ],
        0,
      ),
    ).toEqual([['a', 'too-few-answers']]);
  });

  it('breaks ties by id and applies the floor of 3 to the k it is given', () => {
    const tie: [string, number][] = [
      ['x', 5],
      ['w', 5],
      ['b', 1],
    ];
    expect(cells(tie, 0)).toEqual([
      ['b', 'too-few-answers'],
      ['w', 'complementary'],
    ]);
    expect(cells([...tie].reverse(), 0)).toEqual(cells(tie, 0));
    expect(cells([['a', 2]], 0, 1)).toEqual([['a', 'too-few-answers']]);
  });
});

describe('resultsOf breakdowns', () => {
  const model = modelOf([
    { id: 'S', criteria: ['a', 'b'] },
    { id: 'T', criteria: ['c'] },
  ]);
  const answersOf = (departmentId: string | undefined, n: number, value: 1 | 2 | 3 | 4 = 3): RatedAnswer[] =>
    Array.from({ length: n }, () =>
      rated(
        [
          ['a', value],
          ['b', 'na'],
          ['c', 4],
        ],
        departmentId,
      ),
    );
  const departments = ['d1', 'd2', 'd3', 'd4'].map((id) => ({ id, name: text(id.toUpperCase()) }));
  const input = (overrides: Partial<ResultsInput>): ResultsInput => ({
    campaign: { id: 'now', period: '2026', closedAt: 1 },
    model,
    departments,
    portfolios: [],
    customers: [],
    selves: [],
    k: 5,
    kComments: 10,
    history: [],
    ...overrides,
  });

  // d1 6, d2 5, d3 2, d4 nobody, small groups 2: hidden d3 + small = 4 < 5, so d2 (the smallest visible) goes too.
  const customers = [
    ...answersOf('d1', 6),
    ...answersOf('d2', 5, 2),
    ...answersOf('d3', 2),
    ...answersOf(SMALL_GROUPS, 2),
  ];
  const results = resultsOf(
    input({
      customers,
      portfolios: [
        { buyerAccountId: 'p-d1', departments: ['d1'] },
        { buyerAccountId: 'p-d1-d2', departments: ['d1', 'd2'] },
        { buyerAccountId: 'p-d4', departments: ['d4'] },
        { buyerAccountId: 'p-d1-d4', departments: ['d1', 'd4'] },
        { buyerAccountId: 'p-ghost-d1', departments: ['ghost', 'd1', 'd1', SMALL_GROUPS] },
        { buyerAccountId: 'p-none', departments: [] },
      ],
    }),
  );

  it('a row per department, then small groups; hidden rows say why and nothing else', () => {
    expect(results.departments.map((d) => [d.id, d.kind, d.hidden ? d.reason : d.respondents])).toEqual([
      ['d1', 'department', 6],
      ['d2', 'department', 'complementary'],
      ['d3', 'department', 'below-threshold'],
      ['d4', 'department', 'below-threshold'],
      [SMALL_GROUPS, 'small-groups', 'below-threshold'],
    ]);
    expect(results.departments[1]).toEqual({
      id: 'd2',
      kind: 'department',
      name: text('D2'),
      hidden: true,
      reason: 'complementary',
    });
    expect(results.departments[4]!.name).toBeNull();
    const d1 = results.departments[0]!;
    // Nobody rated b (all "not applicable"): fewer than k ratings, so it says so rather than showing N = 0.
    expect(
      !d1.hidden && d1.criteria.map((c) => [c.criterionId, c.hidden ? c.reason : [c.counts, c.na]]),
    ).toEqual([
      ['a', [[0, 0, 6, 0], 0]],
      ['b', 'too-few-answers'],
      ['c', [[0, 0, 0, 6], 0]],
    ]);
  });

  it('the overall counts everyone, and is the only view of the hidden 9', () => {
    expect(results.overall.hidden).toBe(false);
    expect(!results.overall.hidden && results.overall.respondents).toBe(15);
  });

  it('a portfolio shows only when it counts visible departments only, with k respondents or more', () => {
    expect(
      results.portfolios.map((p) => [p.buyerAccountId, p.departments, p.hidden ? p.reason : p.respondents]),
    ).toEqual([
      ['p-d1', ['d1'], 6],
      ['p-d1-d2', ['d1', 'd2'], 'complementary'],
      ['p-d4', ['d4'], 'below-threshold'],
      // 6 respondents, all from d1, but d4 is hidden: still hidden.
      ['p-d1-d4', ['d1', 'd4'], 'complementary'],
      // Ids that are not campaign departments count nothing; d1 is counted once.
      ['p-ghost-d1', ['d1'], 6],
      ['p-none', [], 'below-threshold'],
    ]);
  });

  it('the heatmap cells follow their department', () => {
    expect(results.heatmap.sections.map((s) => s.id)).toEqual(['S', 'T']);
    expect(results.heatmap.rows.map((r) => r.id)).toEqual(['d1', 'd2', 'd3', 'd4', SMALL_GROUPS]);
    const [d1, d2] = results.heatmap.rows;
    // S = a (index 66.67), counts [0, 0, 6, 0], without b (hidden: nobody rated it); T: c all 4 → 100.
    expect(d1!.cells).toEqual([
      { hidden: false, index: expect.closeTo(66.67, 2), n: 6, counts: [0, 0, 6, 0], na: 0, omitted: 1 },
      { hidden: false, index: 100, n: 6, counts: [0, 0, 0, 6], na: 0, omitted: 0 },
    ]);
    expect(d2!.cells).toEqual([
      { hidden: true, reason: 'complementary' },
      { hidden: true, reason: 'complementary' },
    ]);
  });

  it('comments: the same rule at the comment threshold, never below the score threshold', () => {
    expect(results.thresholds).toEqual({ k: 5, kComments: 10 });
    expect(results.commentGroups).toEqual([]);
    expect(results.overallComments).toBe(true);
    // At 6: d1 (6) shows; the hidden rest hold 9 ≥ 6.
    expect(resultsOf(input({ customers, kComments: 6 })).commentGroups).toEqual(['d1']);
    // A comment threshold of 3 is raised to k = 5: comments never show where scores are hidden.
    const low = resultsOf(input({ customers, kComments: 3 }));
    expect(low.thresholds.kComments).toBe(5);
    expect(low.commentGroups).toEqual(['d1']);
  });

  it('unknown departments and answers without one form one "other" group', () => {
    const r = resultsOf(
      input({ customers: [...answersOf('d1', 5), ...answersOf('ghost', 3), ...answersOf(undefined, 2)] }),
    );
    const other = r.departments.find((d) => d.id === OTHER_GROUP)!;
    expect(other).toMatchObject({ kind: 'other', name: null, hidden: false, respondents: 5 });
    expect(r.departments.map((d) => d.id)).toEqual(['d1', 'd2', 'd3', 'd4', OTHER_GROUP]);
  });

  it('below k in all, everything is hidden', () => {
    const r = resultsOf(input({ customers: answersOf('d1', 4), selves: answersOf(undefined, 1) }));
    expect(r.overall).toEqual({ hidden: true, reason: 'below-threshold' });
    expect(r.trends).toEqual({ hidden: true, reason: 'below-threshold' });
    expect(r.departments.every((d) => d.hidden)).toBe(true);
    expect(r.heatmap.rows.every((row) => row.cells.every((c) => c.hidden))).toBe(true);
    expect(r.commentGroups).toEqual([]);
    expect(r.overallComments).toBe(false);
    expect(r.self.respondents).toBe(1);
  });
});
