/** `aggregate` and the roll-up on hand-computed cases, and the own-key guard for criterion ids. */
import { aggregate, rollUp, scoreOf } from '../../../src/domain/results';
import { modelOf, rated } from './fixtures';

// Section A: a1 (weight 3), a2 (weight 1), a3 (only "not applicable"); section B (weight 2): b1.
const model = modelOf([
  {
    id: 'A',
    criteria: [['a1', 3], ['a2', 1], 'a3'],
  },
  { id: 'B', weight: 2, criteria: ['b1'] },
]);
const answers = [
  rated([
    ['a1', 4],
    ['a2', 1],
    ['a3', 'na'],
    ['b1', 2],
  ]),
  rated([
    ['a1', 4],
    ['a2', 2],
    ['b1', 3],
  ]),
  rated([
    ['a1', 3],
    ['b1', 3],
  ]),
  rated([['b1', 4]]),
];

describe('aggregate', () => {
  const result = aggregate(model, answers);
  const criterion = (id: string) => result.criteria.find((c) => c.criterionId === id)!;
  const section = (id: string) => result.sections.find((s) => s.sectionId === id)!;

  it('counts each criterion; a criterion with only N/A has N = 0 and null figures', () => {
    expect(result.respondents).toBe(4);
    expect(result.criteria.map((c) => c.criterionId)).toEqual(['a1', 'a2', 'a3', 'b1']);
    expect(criterion('a1').counts).toEqual([0, 0, 1, 2]); // M = (3 + 8) / 3 = 3.6667
    expect(criterion('a1').mean).toBeCloseTo(11 / 3, 10);
    expect(criterion('a2').counts).toEqual([1, 1, 0, 0]); // M = 1.5
    expect(criterion('a3')).toMatchObject({ counts: [0, 0, 0, 0], n: 0, na: 1, mean: null, index: null });
    expect(criterion('b1').counts).toEqual([0, 1, 2, 1]); // M = (2 + 6 + 4) / 4 = 3
    expect(criterion('b1').sectionId).toBe('B');
  });

  it('rolls a section up with unequal weights, over the criteria that have data only', () => {
    // A: (3 × 11/3 + 1 × 1.5) / (3 + 1) = 12.5 / 4 = 3.125 (a3 has no data and no say). The pooled counts
    // [1, 1, 1, 2] would give (1 + 2 + 3 + 8) / 5 = 2.8: the weights, not the counts, decide.
    const a = section('A');
    expect(a.mean).toBeCloseTo(3.125, 10);
    expect(a.counts).toEqual([1, 1, 1, 2]);
    expect(a.n).toBe(5);
    expect(a.na).toBe(1);
    // Satisfaction: a1 100 %, a2 0 % → (3 × 100 + 1 × 0) / 4 = 75; index (3.125 − 1) / 3 × 100 = 70.83
    expect(a.satisfaction).toBeCloseTo(75, 10);
    expect(a.index).toBeCloseTo(70.83, 2);
    expect(a.satisfactionInterval).toBeNull();
  });

  it('rolls the overall up from the sections with their weights', () => {
    // (1 × 3.125 + 2 × 3) / (1 + 2) = 9.125 / 3 = 3.041667; index (3.041667 − 1) / 3 × 100 = 68.06
    // (the same as the weighted mean of the indices: (70.8333 + 2 × 66.6667) / 3 = 68.06)
    expect(result.overall.mean).toBeCloseTo(3.041667, 6);
    expect(result.overall.index).toBeCloseTo(68.06, 2);
    expect(result.overall.counts).toEqual([1, 2, 3, 3]);
    expect(result.overall.na).toBe(1);
  });

  it('every criterion and section is present with no answers at all', () => {
    const empty = aggregate(model, []);
    expect(empty.respondents).toBe(0);
    expect(empty.criteria).toHaveLength(4);
    expect(empty.sections).toHaveLength(2);
    expect(empty.overall).toEqual(scoreOf([0, 0, 0, 0], 0));
  });

  it('a section with no data at all is left out of the overall', () => {
    const m = modelOf([
      { id: 'X', weight: 5, criteria: ['x'] },
      { id: 'Y', criteria: ['y'] },
    ]);
    const r = aggregate(m, [
      rated([
        ['x', 'na'],
        ['y', 2],
      ]),
    ]);
    expect(r.sections[0]!.mean).toBeNull();
    expect(r.overall.mean).toBe(2);
  });

  it('ignores values off the scale and criteria the model does not have', () => {
    const m = modelOf([{ id: 'S', criteria: ['c'] }]);
    const damaged = { ratings: { c: 5, other: 4 } } as unknown as Parameters<typeof aggregate>[1][number];
    expect(aggregate(m, [damaged, rated([['c', 1]])]).criteria[0]!.counts).toEqual([1, 0, 0, 0]);
  });
});

describe('rollUp', () => {
  it('is null when no child has data; counts and N/A still add up', () => {
    const r = rollUp([{ score: scoreOf([0, 0, 0, 0], 2) }, { weight: 4, score: scoreOf([0, 0, 0, 0], 1) }]);
    expect(r).toMatchObject({ n: 0, na: 3, mean: null, index: null, satisfaction: null, net: null });
  });
});

describe('own keys only', () => {
  const tricky = modelOf([{ id: 'S', criteria: ['constructor', '__proto__', 'valueOf', 'toString'] }]);

  it('counts `constructor`, `__proto__` and `valueOf` like any other id', () => {
    const all = rated([
      ['constructor', 4],
      ['__proto__', 3],
      ['valueOf', 'na'],
      ['toString', 1],
    ]);
    expect(Object.hasOwn(all.ratings, '__proto__')).toBe(true);
    // A stored answer comes back through JSON.parse, which defines `__proto__` as an own key too.
    const parsed = JSON.parse('{"ratings":{"__proto__":2,"constructor":2}}') as Parameters<
      typeof aggregate
    >[1][number];
    const r = aggregate(tricky, [all, parsed]);
    const counts = Object.fromEntries(r.criteria.map((c) => [c.criterionId, [...c.counts, c.na]]));
    expect(Object.entries(counts)).toEqual([
      ['constructor', [0, 1, 0, 1, 0]],
      ['__proto__', [0, 1, 1, 0, 0]],
      ['valueOf', [0, 0, 0, 0, 1]],
      ['toString', [1, 0, 0, 0, 0]],
    ]);
  });

  it('an inherited value is no answer, even a valid rating (a polluted Object.prototype)', () => {
    const m = modelOf([{ id: 'S', criteria: ['polluted'] }]);
    Object.defineProperty(Object.prototype, 'polluted', { value: 4, configurable: true });
    try {
      const r = aggregate(m, [rated([]), rated([['polluted', 2]])]);
      expect(r.criteria[0]!.counts).toEqual([0, 1, 0, 0]);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('answers without those ids are not counted (Object.prototype is not an answer)', () => {
    const r = aggregate(tricky, [rated([]), { ratings: {} }, rated([['other', 4]])]);
    expect(r.respondents).toBe(3);
    for (const c of r.criteria) {
      expect(c.counts).toEqual([0, 0, 0, 0]);
      expect(c.na).toBe(0);
    }
  });
});
