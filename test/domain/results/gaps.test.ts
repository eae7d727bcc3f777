/** Self vs customers gaps: G = self mean − customers mean, flagged at one scale point or more either way. */
import { aggregate, gapOf, gapsOf, resultsOf, shownAggregate } from '../../../src/domain/results';
import { modelOf, rated } from './fixtures';

describe('gapOf', () => {
  it('flags a blind spot at exactly +1 and a hidden strength at exactly −1', () => {
    expect(gapOf(3, 2)).toEqual({ gap: 1, flag: 'blind-spot' });
    expect(gapOf(3, 4)).toEqual({ gap: -1, flag: 'hidden-strength' });
  });

  it('a gap of one point computed from means is one point (8/3 − 5/3 = 0.9999999999999998 in floating point)', () => {
    expect(8 / 3 - 5 / 3).toBeLessThan(1);
    expect(gapOf(8 / 3, 5 / 3).flag).toBe('blind-spot');
    expect(gapOf(5 / 3, 8 / 3).flag).toBe('hidden-strength');
  });

  it('no flag within one point', () => {
    expect(gapOf(3, 2.01)).toEqual({ gap: expect.closeTo(0.99, 10), flag: null });
    expect(gapOf(2.01, 3).flag).toBeNull();
    expect(gapOf(2.5, 2.5)).toEqual({ gap: 0, flag: null });
  });

  it('null when either side has no data', () => {
    expect(gapOf(null, 3)).toEqual({ gap: null, flag: null });
    expect(gapOf(3, null)).toEqual({ gap: null, flag: null });
  });
});

describe('gapsOf and the results', () => {
  const model = modelOf([{ id: 'S', criteria: ['a', 'b', 'c'] }]);
  // Self: a = (2 + 3 + 3) / 3 = 8/3, b = 3, c = N/A only. Customers: a = (1 + 2 + 2) / 3 = 5/3, b = 4, c = 2.
  const selves = [
    rated([
      ['a', 2],
      ['b', 3],
      ['c', 'na'],
    ]),
    rated([['a', 3]]),
    rated([['a', 3]]),
  ];
  const customer = (a: 1 | 2, departmentId: string) =>
    rated(
      [
        ['a', a],
        ['b', 4],
        ['c', 2],
      ],
      departmentId,
    );

  it('per criterion, from the two aggregates', () => {
    const customers = [customer(1, 'd'), customer(2, 'd'), customer(2, 'd')];
    const shown = shownAggregate(model, aggregate(model, customers), new Map());
    expect(gapsOf(aggregate(model, selves), shown)).toEqual([
      { criterionId: 'a', self: 8 / 3, customers: 5 / 3, gap: 8 / 3 - 5 / 3, flag: 'blind-spot' },
      { criterionId: 'b', self: 3, customers: 4, gap: -1, flag: 'hidden-strength' },
      { criterionId: 'c', self: null, customers: 2, gap: null, flag: null },
    ]);
  });

  it('a criterion hidden in the customers’ figures has no customers’ mean, so no gap', () => {
    const customers = [customer(1, 'd'), customer(2, 'd'), customer(2, 'd')];
    const shown = shownAggregate(model, aggregate(model, customers), new Map([['a', 'too-few-answers']]));
    expect(gapsOf(aggregate(model, selves), shown)[0]).toEqual({
      criterionId: 'a',
      self: 8 / 3,
      customers: null,
      gap: null,
      flag: null,
    });
  });

  const input = (customers: ReturnType<typeof customer>[]) => ({
    campaign: { id: 'now', period: '2026' },
    model,
    departments: [{ id: 'd', name: { 'en-US': 'D', 'fr-FR': 'D' } }],
    portfolios: [],
    customers,
    selves,
    k: 3,
    kComments: 10,
    history: [],
  });

  it('computed against a visible customers’ overall only; the self-assessment is never hidden', () => {
    const shown = resultsOf(input([customer(1, 'd'), customer(2, 'd'), customer(2, 'd')]));
    expect(shown.gaps.hidden).toBe(false);
    const hidden = resultsOf(input([customer(1, 'd'), customer(2, 'd')]));
    expect(hidden.overall).toEqual({ hidden: true, reason: 'below-threshold' });
    expect(hidden.gaps).toEqual({ hidden: true, reason: 'below-threshold' });
    expect(hidden.self.respondents).toBe(3);
    expect(hidden.self.criteria[0]!.mean).toBeCloseTo(8 / 3, 10);
  });
});
