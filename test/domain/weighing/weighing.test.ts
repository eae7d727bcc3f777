/** Ballots of 100 points, the weighing of the candidate actions under the minimum group size, the priority index. */
import {
  parseBallot,
  priorityIndex,
  weighingOf,
  type Ballot,
  type BallotParse,
} from '../../../src/domain/weighing/weighing';

const CANDIDATES = ['a', 'b', 'c'];

const ballotOf = (parse: BallotParse): Ballot => {
  if (!parse.ok) throw new Error(`refused: ${JSON.stringify(parse.problems)}`);
  return parse.ballot;
};

describe('parseBallot', () => {
  it('keeps the points given, in candidate order, and drops zeros (60 + 40 + 0 = 100)', () => {
    expect(parseBallot({ b: 40, c: 0, a: 60 }, CANDIDATES)).toEqual({
      ok: true,
      ballot: {
        allocations: [
          { actionId: 'a', points: 60 },
          { actionId: 'b', points: 40 },
        ],
      },
    });
  });

  it('takes the whole 100 on one action', () => {
    expect(ballotOf(parseBallot({ c: 100 }, CANDIDATES)).allocations).toEqual([
      { actionId: 'c', points: 100 },
    ]);
  });

  it('refuses an action that is not a candidate', () => {
    expect(parseBallot({ a: 60, x: 40 }, CANDIDATES)).toEqual({
      ok: false,
      problems: [{ path: 'points.x', reason: 'weighing.unknownAction' }],
    });
  });

  it('drops a zero even on an action that is no longer a candidate (a form showing a withdrawn action at 0)', () => {
    expect(parseBallot({ a: 100, withdrawn: 0 }, CANDIDATES).ok).toBe(true);
  });

  it('refuses negative points, without quoting a total (110 − 10 = 100 is no split of 100 points)', () => {
    expect(parseBallot({ a: 110, b: -10 }, CANDIDATES)).toEqual({
      ok: false,
      problems: [{ path: 'points.b', reason: 'weighing.points' }],
    });
  });

  it('refuses fractions (50.5 + 49.5 = 100) and what is not a finite number', () => {
    expect(parseBallot({ a: 50.5, b: 49.5 }, CANDIDATES)).toEqual({
      ok: false,
      problems: [
        { path: 'points.a', reason: 'weighing.points' },
        { path: 'points.b', reason: 'weighing.points' },
      ],
    });
    for (const bad of [NaN, Infinity, '100' as unknown as number, null as unknown as number]) {
      expect(parseBallot({ a: bad }, CANDIDATES)).toEqual({
        ok: false,
        problems: [{ path: 'points.a', reason: 'weighing.points' }],
      });
    }
  });

  it('refuses a total that is not exactly 100 (60 + 30 = 90, 60 + 50 = 110), with the total', () => {
    expect(parseBallot({ a: 60, b: 30 }, CANDIDATES)).toEqual({
      ok: false,
      problems: [{ path: 'points', reason: 'weighing.total', params: { total: 90 } }],
    });
    expect(parseBallot({ a: 60, b: 50 }, CANDIDATES)).toEqual({
      ok: false,
      problems: [{ path: 'points', reason: 'weighing.total', params: { total: 110 } }],
    });
  });

  it('refuses an empty ballot, and one of zeros only', () => {
    const empty = { ok: false, problems: [{ path: 'points', reason: 'weighing.empty' }] };
    expect(parseBallot({}, CANDIDATES)).toEqual(empty);
    expect(parseBallot({ a: 0, b: 0 }, CANDIDATES)).toEqual(empty);
  });

  it('reads own keys only: `constructor` and `__proto__` are action ids like any other', () => {
    expect(parseBallot({ constructor: 100 }, CANDIDATES).ok).toBe(false);
    const proto = JSON.parse('{"__proto__": 70, "constructor": 30}') as Record<string, number>;
    expect(ballotOf(parseBallot(proto, ['constructor', '__proto__'])).allocations).toEqual([
      { actionId: 'constructor', points: 30 },
      { actionId: '__proto__', points: 70 },
    ]);
  });
});

describe('weighingOf', () => {
  const CANDIDATES_D = ['a', 'b', 'c', 'd'];
  // a: 60 + 70 + 20 = 150 (3 supporters); b: 40 + 30 + 50 + 30 = 150 (4); c: 50 + 50 + 100 = 200 (3); d: 0.
  const given: Record<string, number>[] = [
    { a: 60, b: 40 },
    { a: 70, b: 30 },
    { b: 50, c: 50 },
    { a: 20, b: 30, c: 50 },
    { c: 100 },
  ];
  const ballots = given.map((points) => ballotOf(parseBallot(points, CANDIDATES_D)));

  it('the mean points over all 5 voters (c 200/5 = 40, a and b 150/5 = 30, d 0), ranked, ties sharing a rank', () => {
    expect(weighingOf(ballots, CANDIDATES_D, 5)).toEqual({
      suppressed: false,
      voters: 5,
      actions: [
        { actionId: 'c', voters: 5, supporters: 3, points: 200, value: 40, rank: 1 },
        { actionId: 'a', voters: 5, supporters: 3, points: 150, value: 30, rank: 2 },
        { actionId: 'b', voters: 5, supporters: 4, points: 150, value: 30, rank: 2 },
        { actionId: 'd', voters: 5, supporters: 0, points: 0, value: 0, rank: 4 },
      ],
    });
  });

  it('ties keep candidate order', () => {
    const actions = (weighingOf(ballots, ['d', 'b', 'a', 'c'], 5) as { actions: { actionId: string }[] })
      .actions;
    expect(actions.map((a) => a.actionId)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('a candidate listed twice is one action', () => {
    expect(weighingOf(ballots, ['a', 'b', 'a', 'c', 'd'], 5)).toEqual(weighingOf(ballots, CANDIDATES_D, 5));
  });

  it('hides everything but the count below k ballots (4 < 5), shows at exactly k', () => {
    expect(weighingOf(ballots.slice(0, 4), CANDIDATES_D, 5)).toEqual({ suppressed: true, voters: 4 });
    expect(weighingOf(ballots, CANDIDATES_D, 5).suppressed).toBe(false);
    expect(weighingOf([], CANDIDATES_D, 5)).toEqual({ suppressed: true, voters: 0 });
  });

  it('never below 3 ballots, whatever k says (2 ballots at k = 1 are hidden, 3 are shown)', () => {
    expect(weighingOf(ballots.slice(0, 2), CANDIDATES_D, 1)).toEqual({ suppressed: true, voters: 2 });
    expect(weighingOf(ballots.slice(0, 3), CANDIDATES_D, 1).suppressed).toBe(false);
  });

  it('drops the points of a withdrawn action without rescaling: c gone, a and b stay 150/5 = 30 (sum 60)', () => {
    const weighing = weighingOf(ballots, ['a', 'b'], 5);
    expect(weighing).toEqual({
      suppressed: false,
      voters: 5,
      actions: [
        { actionId: 'a', voters: 5, supporters: 3, points: 150, value: 30, rank: 1 },
        { actionId: 'b', voters: 5, supporters: 4, points: 150, value: 30, rank: 1 },
      ],
    });
  });

  it('a stored share damaged into a negative, a fraction or a zero counts nowhere (a zero supports nothing)', () => {
    const damaged: Ballot = {
      allocations: [
        { actionId: 'a', points: -10 },
        { actionId: 'b', points: 2.5 },
        { actionId: 'c', points: 100 },
        { actionId: 'd', points: 0 },
      ],
    };
    const weighing = weighingOf([...ballots.slice(0, 4), damaged], CANDIDATES_D, 5);
    if (weighing.suppressed) throw new Error('hidden');
    const of = (id: string) => weighing.actions.find((a) => a.actionId === id)!;
    // a: 60 + 70 + 20 = 150, 3 supporters; b: 40 + 30 + 50 + 30 = 150, 4; c: 50 + 50 + 100 = 200.
    expect(of('a')).toMatchObject({ points: 150, supporters: 3 });
    expect(of('b')).toMatchObject({ points: 150, supporters: 4 });
    expect(of('c')).toMatchObject({ points: 200, supporters: 3 });
    expect(of('d')).toMatchObject({ points: 0, supporters: 0 });
  });
});

describe('priorityIndex', () => {
  it('Î × (4 − M) / 3', () => {
    expect(priorityIndex(1, 1)).toBe(1); // 1 × 3 / 3
    expect(priorityIndex(0.5, 2.5)).toBe(0.25); // 0.5 × 1.5 / 3
    expect(priorityIndex(0.6, 3)).toBeCloseTo(0.2, 12); // 0.6 × 1 / 3
    expect(priorityIndex(1, 4)).toBe(0); // nothing left to gain
    expect(priorityIndex(0, 1)).toBe(0); // nobody cares
  });
});
