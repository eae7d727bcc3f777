/**
 * Weighing over random ballots: accepted ballots are splits of 100 points over candidates; with no withdrawal the
 * values add up to 100; the order of the ballots does not matter; a withdrawal drops points and rescales nothing.
 */
import fc from 'fast-check';
import { parseBallot, weighingOf, type Ballot } from '../../../src/domain/weighing/weighing';

const CANDIDATES = ['a', 'b', 'c', 'd', 'constructor'];

/** 100 points cut at random places, each part to a random candidate. */
const validPoints: fc.Arbitrary<Record<string, number>> = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom(...CANDIDATES)), { maxLength: 6 })
  .map((cuts) => {
    const points: Record<string, number> = Object.fromEntries(CANDIDATES.map((id) => [id, 0]));
    const marks = [...new Set(cuts.map(([at]) => at))].sort((x, y) => x - y);
    const edges = [0, ...marks, 100];
    for (let i = 1; i < edges.length; i++) {
      const owner = cuts.find(([at]) => at === edges[i])?.[1] ?? 'a';
      points[owner]! += edges[i]! - edges[i - 1]!;
    }
    return points;
  });

const ballot = validPoints.map((points) => {
  const parse = parseBallot(points, CANDIDATES);
  if (!parse.ok) throw new Error('a valid split was refused');
  return parse.ballot;
});

const ballots = fc.array(ballot, { minLength: 3, maxLength: 40 });

const valuesOf = (list: readonly Ballot[], candidates: readonly string[]) => {
  const weighing = weighingOf(list, candidates, 3);
  if (weighing.suppressed) throw new Error('hidden');
  return weighing.actions;
};

describe('weighing properties', () => {
  it('accepts every split of 100 points over candidates', () => {
    fc.assert(fc.property(validPoints, (points) => expect(parseBallot(points, CANDIDATES).ok).toBe(true)));
  });

  it('an accepted ballot gives positive whole points to candidates only, 100 in all', () => {
    const anyPoints = fc.dictionary(
      fc.constantFrom(...CANDIDATES, 'x', '__proto__'),
      fc.oneof(fc.integer({ min: -20, max: 120 }), fc.double({ min: -5, max: 105 })),
    );
    fc.assert(
      fc.property(anyPoints, (points) => {
        const parse = parseBallot(points, CANDIDATES);
        if (!parse.ok) return;
        const given = parse.ballot.allocations;
        expect(given.every((g) => CANDIDATES.includes(g.actionId))).toBe(true);
        expect(given.every((g) => Number.isInteger(g.points) && g.points > 0)).toBe(true);
        expect(given.reduce((sum, g) => sum + g.points, 0)).toBe(100);
      }),
    );
  });

  it('the values add up to 100 over the candidates when none was withdrawn', () => {
    fc.assert(
      fc.property(ballots, (list) => {
        const total = valuesOf(list, CANDIDATES).reduce((sum, a) => sum + a.value, 0);
        expect(Math.abs(total - 100)).toBeLessThan(1e-9);
      }),
    );
  });

  it('the order of the ballots does not matter', () => {
    fc.assert(
      fc.property(
        ballots.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        ([list, shuffled]) =>
          expect(weighingOf(shuffled, CANDIDATES, 3)).toEqual(weighingOf(list, CANDIDATES, 3)),
      ),
    );
  });

  it('withdrawing actions keeps the others’ values as they were (dropped, never rescaled)', () => {
    fc.assert(
      fc.property(ballots, fc.subarray(CANDIDATES, { minLength: 1 }), (list, remaining) => {
        const before = new Map(valuesOf(list, CANDIDATES).map((a) => [a.actionId, a.value]));
        for (const action of valuesOf(list, remaining))
          expect(action.value).toBe(before.get(action.actionId));
      }),
    );
  });
});
