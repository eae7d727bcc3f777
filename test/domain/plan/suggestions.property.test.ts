/**
 * Suggestions over random results (criteria often "not applicable" or left out, so some fall below k), with or
 * without a weighing: no suppressed or below-threshold criterion ever appears, and what is left out has no
 * influence on what is shown; the list is sorted by priority, every entry has a reason, figures stay in range.
 */
import fc from 'fast-check';
import type { AnswerValue } from '../../../src/domain/survey/response';
import { aggregate, resultsOf, type RatedAnswer } from '../../../src/domain/results';
import { suggestionsOf, type SuggestionsInput } from '../../../src/domain/plan/suggestions';
import { weighingOf, type Ballot } from '../../../src/domain/weighing/weighing';
import { modelOf } from '../results/fixtures';

const model = modelOf([
  { id: 'S', criteria: ['a', ['b', 2], 'constructor'] },
  { id: 'T', weight: 3, criteria: ['c', 'd'] },
]);
const CRITERIA = ['a', 'b', 'constructor', 'c', 'd'];
const ACTIONS = ['x', 'y', 'z'];

/** Criteria answered rarely ("rare") fall below k in most runs; the others are usually shown. */
const value = (rare: boolean) =>
  rare
    ? fc.constantFrom<AnswerValue | undefined>(1, 4, 'na', undefined, undefined, undefined, undefined)
    : fc.constantFrom<AnswerValue | undefined>(1, 2, 3, 4, 4, 'na');

const answer = (rare: readonly boolean[]) =>
  fc.tuple(...CRITERIA.map((_, i) => value(rare[i]!))).map((values): RatedAnswer => ({
    departmentId: 'd',
    ratings: Object.fromEntries(
      CRITERIA.flatMap((id, i) => (values[i] === undefined ? [] : [[id, values[i]] as const])),
    ),
  }));

const ballot: fc.Arbitrary<Ballot> = fc
  .integer({ min: 0, max: 100 })
  .chain((x) => fc.integer({ min: 0, max: 100 - x }).map((y) => [x, y, 100 - x - y]))
  .map((points) => ({
    allocations: points.flatMap((p, i) => (p > 0 ? [{ actionId: ACTIONS[i]!, points: p }] : [])),
  }));

const worlds = fc
  .array(fc.boolean(), { minLength: CRITERIA.length, maxLength: CRITERIA.length })
  .chain((rare) =>
    fc.record({
      customers: fc.array(answer(rare), { maxLength: 14, size: 'max' }),
      selves: fc.array(answer(rare), { maxLength: 3 }),
      k: fc.integer({ min: 3, max: 7 }),
      ballots: fc.array(ballot, { maxLength: 8, size: 'max' }),
      links: fc.array(fc.subarray(CRITERIA), { minLength: ACTIONS.length, maxLength: ACTIONS.length }),
      lowestCount: fc.integer({ min: 0, max: 4 }),
    }),
  );

type World = typeof worlds extends fc.Arbitrary<infer W> ? W : never;

const inputOf = (world: World): SuggestionsInput => ({
  model,
  results: resultsOf({
    campaign: { id: 'now', period: '2026', closedAt: 2000 },
    model,
    departments: [{ id: 'd', name: { 'en-US': 'D', 'fr-FR': 'D' } }],
    portfolios: [],
    customers: world.customers,
    selves: world.selves,
    k: world.k,
    kComments: 10,
    history: [],
  }),
  weighing: weighingOf(world.ballots, ACTIONS, world.k),
  actions: ACTIONS.map((id, i) => ({ id, criterionIds: world.links[i]! })),
  lowestCount: world.lowestCount,
});

/** Shown: the overall has k respondents, and k people rated the criterion (counted here, not by the code). */
function shownOf(world: World): Set<string> {
  if (world.customers.length < world.k) return new Set();
  const { criteria } = aggregate(model, world.customers);
  return new Set(criteria.filter((c) => c.n >= world.k).map((c) => c.criterionId));
}

/** The same answers with every rating of a left-out criterion turned around (1 ↔ 4, 2 ↔ 3): same N, other mean. */
function flipped(world: World, hidden: ReadonlySet<string>): World {
  const flip = (v: AnswerValue): AnswerValue => (v === 'na' ? v : ((5 - v) as AnswerValue));
  return {
    ...world,
    customers: world.customers.map((a) => ({
      ...a,
      ratings: Object.fromEntries(
        Object.entries(a.ratings).map(([id, v]) => [id, hidden.has(id) ? flip(v) : v]),
      ),
    })),
  };
}

describe('suggestions properties', () => {
  it('never include a suppressed or below-threshold criterion, in the list or on the chart', () => {
    fc.assert(
      fc.property(worlds, (world) => {
        const shown = shownOf(world);
        const out = suggestionsOf(inputOf(world));
        expect(out.quadrants.map((q) => q.criterionId)).toEqual(CRITERIA.filter((id) => shown.has(id)));
        for (const s of out.suggestions) expect(shown.has(s.criterionId)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('what is left out has no influence: turning its ratings around changes nothing', () => {
    fc.assert(
      fc.property(worlds, (world) => {
        const shown = shownOf(world);
        const hidden = new Set(CRITERIA.filter((id) => !shown.has(id)));
        // The self-assessment is the team's own and not hidden; it does not enter a left-out criterion's figures.
        expect(suggestionsOf(inputOf(flipped(world, hidden)))).toEqual(suggestionsOf(inputOf(world)));
      }),
      { numRuns: 300 },
    );
  });

  it('sorted by priority, each with a reason, importance and priority in [0, 1]', () => {
    fc.assert(
      fc.property(worlds, (world) => {
        const out = suggestionsOf(inputOf(world));
        for (let i = 1; i < out.suggestions.length; i++)
          expect(out.suggestions[i - 1]!.priority).toBeGreaterThanOrEqual(out.suggestions[i]!.priority);
        for (const s of out.suggestions) expect(s.reasons.length).toBeGreaterThan(0);
        for (const q of out.quadrants) {
          expect(q.importance).toBeGreaterThanOrEqual(0);
          expect(q.importance).toBeLessThanOrEqual(1);
          expect(q.priority).toBeGreaterThanOrEqual(0);
          expect(q.priority).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
