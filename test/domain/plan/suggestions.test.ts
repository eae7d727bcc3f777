/**
 * Where to act: lowest means, falling criteria, blind spots and the importance–performance quadrants, from results
 * built by resultsOf, with importance from the customers' weighing or derived from the model's weights.
 */
import type { EvaluationModel } from '../../../src/domain/model/model';
import { suggestionsOf, type SuggestionsInput } from '../../../src/domain/plan/suggestions';
import { parseBallot, weighingOf, type Ballot } from '../../../src/domain/weighing/weighing';
import { modelOf, text } from '../results/fixtures';
import { earlier, resultsFor, type Columns } from './suggestions-fixtures';

const model = modelOf([
  { id: 'S', criteria: ['a', 'b'] },
  { id: 'T', criteria: ['c', 'd'] },
]);

// Five customers. Means: a (1 + 1 + 2 + 2 + 2) / 5 = 1.6, b 3, c 4, d (2 + 2 + 3 + 3 + 3) / 5 = 2.6; the median
// mean is (2.6 + 3) / 2 = 2.8, so a and d are below it.
const CUSTOMERS: Columns = {
  a: [1, 1, 2, 2, 2],
  b: [3, 3, 3, 3, 3],
  c: [4, 4, 4, 4, 4],
  d: [2, 2, 3, 3, 3],
};

const suggest = (input: Partial<SuggestionsInput> = {}) =>
  suggestionsOf({ model, results: resultsFor(model, CUSTOMERS), ...input });

const ids = (list: { criterionId: string }[]) => list.map((s) => s.criterionId);

describe('derived importance (no weighing)', () => {
  it('equal weights: every criterion is equally important (1, at the median), performance alone decides', () => {
    const out = suggest();
    expect(out.importanceSource).toBe('derived');
    expect(out.medians).toEqual({ importance: 1, mean: 2.8 });
    expect(out.quadrants).toEqual([
      // P = Î × (4 − M) / 3: a 1 × 2.4 / 3 = 0.8, b 1 × 1 / 3, c 1 × 0 / 3 = 0, d 1 × 1.4 / 3.
      {
        criterionId: 'a',
        mean: 1.6,
        importance: 1,
        quadrant: 'concentrate',
        priority: expect.closeTo(0.8, 12),
      },
      { criterionId: 'b', mean: 3, importance: 1, quadrant: 'keepUp', priority: expect.closeTo(1 / 3, 12) },
      { criterionId: 'c', mean: 4, importance: 1, quadrant: 'keepUp', priority: 0 },
      {
        criterionId: 'd',
        mean: 2.6,
        importance: 1,
        quadrant: 'concentrate',
        priority: expect.closeTo(1.4 / 3, 12),
      },
    ]);
  });

  it('suggestions sorted by priority (a 0.8, d 0.467, b 0.333), not model order; c has no reason', () => {
    expect(suggest().suggestions).toEqual([
      {
        criterionId: 'a',
        reasons: ['lowest', 'concentrate'],
        mean: 1.6,
        importance: 1,
        quadrant: 'concentrate',
        priority: expect.closeTo(0.8, 12),
      },
      {
        criterionId: 'd',
        reasons: ['lowest', 'concentrate'],
        mean: 2.6,
        importance: 1,
        quadrant: 'concentrate',
        priority: expect.closeTo(1.4 / 3, 12),
      },
      {
        criterionId: 'b',
        reasons: ['lowest'],
        mean: 3,
        importance: 1,
        quadrant: 'keepUp',
        priority: expect.closeTo(1 / 3, 12),
      },
    ]);
  });

  it('weights: a share of the overall (S ⅓: a ¾·⅓ = ¼, b ¼·⅓ = 1/12; T ⅔: c ⅓, d ⅓), divided by the largest ⅓', () => {
    const weighted = modelOf([
      { id: 'S', criteria: [['a', 3], 'b'] },
      { id: 'T', weight: 2, criteria: ['c', 'd'] },
    ]);
    const out = suggestionsOf({ model: weighted, results: resultsFor(weighted, CUSTOMERS) });
    // Importances a ¾, b ¼, c 1, d 1: median (¾ + 1) / 2 = 0.875, so c and d are the important ones.
    expect(out.medians).toEqual({ importance: 0.875, mean: 2.8 });
    expect(out.quadrants.map((q) => [q.criterionId, q.importance, q.quadrant])).toEqual([
      ['a', 0.75, 'lowPriority'],
      ['b', 0.25, 'overkill'],
      ['c', 1, 'keepUp'],
      ['d', 1, 'concentrate'],
    ]);
    // a 0.75 × 2.4 / 3 = 0.6, d 1 × 1.4 / 3 = 0.467, b 0.25 × 1 / 3 = 0.083.
    expect(out.suggestions.map((s) => [s.criterionId, s.priority])).toEqual([
      ['a', expect.closeTo(0.6, 12)],
      ['d', expect.closeTo(1.4 / 3, 12)],
      ['b', expect.closeTo(0.25 / 3, 12)],
    ]);
  });

  it('with equal weights a criterion of a smaller section weighs more in the overall (½ against ¼ and ¼)', () => {
    const uneven = modelOf([
      { id: 'S', criteria: ['a'] },
      { id: 'T', criteria: ['b', 'c'] },
    ]);
    const out = suggestionsOf({ model: uneven, results: resultsFor(uneven, CUSTOMERS) });
    expect(out.quadrants.map((q) => q.importance)).toEqual([1, 0.5, 0.5]);
  });

  it('a model of zero weights (refused by validation) gives importance 0, not NaN', () => {
    const zero = modelOf([{ id: 'S', weight: 0, criteria: [['a', 0], 'b'] }]);
    const out = suggestionsOf({ model: zero, results: resultsFor(zero, CUSTOMERS) });
    expect(out.quadrants.map((q) => [q.importance, q.priority])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});

describe('lowest means', () => {
  it('the lowestCount lowest: 2 keeps a (1.6) and d (2.6) and drops b (3), which then has no reason at all', () => {
    expect(ids(suggest({ lowestCount: 2 }).suggestions)).toEqual(['a', 'd']);
    expect(suggest({ lowestCount: 2 }).suggestions.every((s) => s.reasons.includes('lowest'))).toBe(true);
  });

  it('criteria tied with the last one are suggested too, and ties keep model order (q before p)', () => {
    const tied = modelOf([{ id: 'S', criteria: ['q', 'p', 'r'] }]);
    const results = resultsFor(tied, { q: [1, 1, 1, 1, 1], p: [1, 1, 1, 1, 1], r: [4, 4, 4, 4, 4] });
    const out = suggestionsOf({ model: tied, results, lowestCount: 1 });
    // q and p: 1 × (4 − 1) / 3 = 1 each; the median mean is 1, so neither is below it.
    expect(out.suggestions.map((s) => [s.criterionId, s.reasons, s.priority])).toEqual([
      ['q', ['lowest'], 1],
      ['p', ['lowest'], 1],
    ]);
  });

  it('none with lowestCount 0: only concentrate is left here (a, d)', () => {
    const out = suggest({ lowestCount: 0 });
    expect(out.suggestions.map((s) => [s.criterionId, s.reasons])).toEqual([
      ['a', ['concentrate']],
      ['d', ['concentrate']],
    ]);
  });
});

describe('falling criteria', () => {
  // Before: a 2, b (6 × 3 + 2 × 4) / 8 = 3.25, c 4, d (2 + 3 + 3 + 3 + 3) / 5 = 2.8.
  const before = earlier(model, {
    a: [2, 2, 2, 2, 2],
    b: [3, 3, 3, 3, 3, 3, 4, 4],
    c: [4, 4, 4, 4, 4],
    d: [2, 3, 3, 3, 3],
  });

  it('Δ ≤ −0.25: a 1.6 − 2 = −0.4 and b 3 − 3.25 = −0.25 fall; d 2.6 − 2.8 = −0.2 and c 0 do not', () => {
    const out = suggest({ results: resultsFor(model, CUSTOMERS, { history: [before] }), lowestCount: 0 });
    expect(out.suggestions.map((s) => [s.criterionId, s.reasons, s.delta])).toEqual([
      ['a', ['falling', 'concentrate'], expect.closeTo(-0.4, 12)],
      ['d', ['concentrate'], expect.closeTo(-0.2, 12)],
      ['b', ['falling'], -0.25],
    ]);
  });

  it('−0.25 computed from counts is −0.25: 23/12 − 13/6 = −0.24999999999999978 in floating point', () => {
    const one = modelOf([{ id: 'S', criteria: ['e'] }]);
    expect(23 / 12 - 13 / 6).toBeGreaterThan(-0.25);
    const history = [earlier(one, { e: [2, 2, 2, 2, 2, 3] })];
    const results = resultsFor(one, { e: [1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2] }, { history });
    expect(suggestionsOf({ model: one, results, lowestCount: 0 }).suggestions).toMatchObject([
      { criterionId: 'e', reasons: ['falling'] },
    ]);
  });

  it('a criterion reworded since is not comparable: no Δ, never falling', () => {
    const reworded: EvaluationModel = {
      ...model,
      sections: model.sections.map((s) => ({
        ...s,
        criteria: s.criteria.map((c) => (c.id === 'b' ? { ...c, text: text('Old wording of b') } : c)),
      })),
    };
    const history = [earlier(reworded, { b: [4, 4, 4, 4, 4] })];
    const out = suggest({ results: resultsFor(model, CUSTOMERS, { history }), lowestCount: 0 });
    expect(ids(out.suggestions)).not.toContain('b');
  });
});

describe('blind spots', () => {
  // Self: a 2, b 4, c 3, d 3. Gaps: a 0.4, b 4 − 3 = 1, c 3 − 4 = −1 (a hidden strength), d 0.4.
  const selves: Columns = { a: [2], b: [4], c: [3], d: [3] };

  it('self − customers ≥ 1 is a blind spot (b); a hidden strength (c) is not a reason; gaps come along', () => {
    const out = suggest({ results: resultsFor(model, CUSTOMERS, { selves }), lowestCount: 0 });
    expect(out.suggestions.map((s) => [s.criterionId, s.reasons, s.gap])).toEqual([
      ['a', ['concentrate'], expect.closeTo(0.4, 12)],
      ['d', ['concentrate'], expect.closeTo(0.4, 12)],
      ['b', ['blindSpot'], 1],
    ]);
  });
});

describe('importance from the weighing', () => {
  // Five identical ballots: x 40, y 20, z 30, w 10, so the values are 40, 20, 30 and 10.
  const ballot = parseBallot({ x: 40, y: 20, z: 30, w: 10 }, ['x', 'y', 'z', 'w']) as {
    ok: true;
    ballot: Ballot;
  };
  const copies = (n: number) => Array.from({ length: n }, () => ballot.ballot);
  const weighing = weighingOf(copies(5), ['x', 'y', 'z', 'w'], 5);
  const actions = [
    { id: 'x', criterionIds: ['a'] },
    { id: 'y', criterionIds: ['a', 'c'] },
    { id: 'z', criterionIds: [] },
    { id: 'w', criterionIds: ['d'] },
  ];

  it('sums the linked values (a 40 + 20 = 60, b 0, c 20, d 10), divided by the largest (60)', () => {
    const out = suggest({ weighing, actions });
    expect(out.importanceSource).toBe('weighing');
    // Importances 1, 0, ⅓, ⅙: median (⅙ + ⅓) / 2 = ¼; a and c are important.
    expect(out.medians).toEqual({ importance: expect.closeTo(0.25, 12), mean: 2.8 });
    expect(out.quadrants.map((q) => [q.criterionId, q.importance, q.quadrant])).toEqual([
      ['a', 1, 'concentrate'],
      ['b', 0, 'overkill'],
      ['c', expect.closeTo(1 / 3, 12), 'keepUp'],
      ['d', expect.closeTo(1 / 6, 12), 'lowPriority'],
    ]);
    // a 1 × 2.4 / 3 = 0.8, d ⅙ × 1.4 / 3 = 0.078, b 0 × 1 / 3 = 0.
    expect(out.suggestions.map((s) => [s.criterionId, s.reasons, s.priority])).toEqual([
      ['a', ['lowest', 'concentrate'], expect.closeTo(0.8, 12)],
      ['d', ['lowest'], expect.closeTo(1.4 / 18, 12)],
      ['b', ['lowest'], 0],
    ]);
  });

  it('a criterion no valued action addresses is never important, even at a median of 0 (x → a only)', () => {
    // Importances 1, 0, 0, 0: the median is 0, yet d (2.6, below) is low priority, not concentrate.
    const out = suggest({ weighing, actions: [{ id: 'x', criterionIds: ['a'] }], lowestCount: 0 });
    expect(out.medians?.importance).toBe(0);
    expect(out.quadrants.map((q) => q.quadrant)).toEqual([
      'concentrate',
      'overkill',
      'overkill',
      'lowPriority',
    ]);
    expect(ids(out.suggestions)).toEqual(['a']);
  });

  it('an action listed twice, or a criterion twice in it, counts once (c stays 20 / 60, not 20 / 100)', () => {
    const twice = [...actions, { id: 'x', criterionIds: ['a', 'a'] }];
    expect(suggest({ weighing, actions: twice }).quadrants[2]!.importance).toBeCloseTo(1 / 3, 12);
  });

  it('links of an action that is in no weighing (withdrawn) weigh nothing', () => {
    const out = suggest({ weighing, actions: [...actions, { id: 'gone', criterionIds: ['b'] }] });
    expect(out.quadrants[1]!.importance).toBe(0);
  });

  it('falls back to derived importance when the weighing is hidden (4 ballots < 5)', () => {
    const hidden = weighingOf(copies(4), ['x', 'y', 'z', 'w'], 5);
    const out = suggest({ weighing: hidden, actions });
    expect(out.importanceSource).toBe('derived');
    expect(out.quadrants.every((q) => q.importance === 1)).toBe(true);
  });

  it('falls back to derived importance when no valued action addresses a shown criterion', () => {
    expect(suggest({ weighing, actions: [{ id: 'z', criterionIds: [] }] }).importanceSource).toBe('derived');
    expect(suggest({ weighing }).importanceSource).toBe('derived');
  });
});

describe('the importance–performance split', () => {
  it('at the median mean is not below it: p 1, q 2, r 3 (median 2) puts q in keep up, not concentrate', () => {
    const three = modelOf([{ id: 'S', criteria: ['p', 'q', 'r'] }]);
    const results = resultsFor(three, { p: [1, 1, 1, 1, 1], q: [2, 2, 2, 2, 2], r: [3, 3, 3, 3, 3] });
    expect(suggestionsOf({ model: three, results }).quadrants.map((q) => q.quadrant)).toEqual([
      'concentrate',
      'keepUp',
      'keepUp',
    ]);
  });
});

describe('what is not shown never appears', () => {
  it('a hidden overall (4 respondents < 5) suggests nothing and charts nothing', () => {
    const results = resultsFor(model, { a: [1, 1, 1, 1], b: [1, 1, 1, 1] });
    expect(suggestionsOf({ model, results })).toEqual({
      importanceSource: 'derived',
      medians: null,
      quadrants: [],
      suggestions: [],
    });
  });

  it('a criterion rated by fewer than k people is left out, and changes nothing else', () => {
    const withE = modelOf([
      { id: 'S', criteria: ['a', 'b'] },
      { id: 'T', criteria: ['c', 'd', 'e'] },
    ]);
    const low = suggestionsOf({
      model: withE,
      results: resultsFor(withE, { ...CUSTOMERS, e: [1, 1, 1, 1] }),
    });
    const high = suggestionsOf({
      model: withE,
      results: resultsFor(withE, { ...CUSTOMERS, e: [4, 4, 4, 4] }),
    });
    expect(ids(low.quadrants)).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(low.suggestions)).not.toContain('e');
    expect(low).toEqual(high);
  });

  it('the threshold is the results’ own: 4 ratings are shown at k = 4', () => {
    const withE = modelOf([{ id: 'S', criteria: ['a', 'e'] }]);
    const results = resultsFor(withE, { a: CUSTOMERS.a!, e: [1, 1, 1, 1] }, { k: 4 });
    expect(ids(suggestionsOf({ model: withE, results }).quadrants)).toEqual(['a', 'e']);
  });
});
