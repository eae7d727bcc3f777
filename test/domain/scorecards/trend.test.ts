/** Trends against the previous scorecard: per criterion and for the score, only over unchanged, shown criteria. */
import { scorecardOf, type RatedScorecard, type Scorecard } from '../../../src/domain/scorecards';
import { DEFAULT_BANDS, type SupplierModel, type SupplierRating } from '../../../src/domain/supplier-model';
import { indexOf, MODEL, rating, ratingBy } from './fixtures';

const cardOf = (
  ratings: SupplierRating[],
  previous?: Scorecard,
  model: SupplierModel = MODEL,
): RatedScorecard => {
  const card = scorecardOf({ supplierId: 's1', model, bands: DEFAULT_BANDS, ratings, k: 3, previous });
  if (card.state !== 'rated') throw new Error(card.state);
  return card;
};
const times = (n: number, answers: Parameters<typeof rating>[1]) =>
  Array.from({ length: n }, () => rating('s1', answers));
const trends = (card: RatedScorecard) => card.criteria.map((c) => (c.hidden ? 'hidden' : c.trend));
const scoreTrend = (card: RatedScorecard) => ('value' in card.score ? card.score.trend : card.score);

describe('criterion trends', () => {
  const start = () => cardOf(times(3, [2, 2, 2]));

  it('are "new" without a previous scorecard, and report why when it had no figures', () => {
    const before = start();
    expect(trends(before)).toEqual([{ reason: 'new' }, { reason: 'new' }, { reason: 'new' }]);
    expect(scoreTrend(before)).toEqual({ reason: 'new' });
    const after = times(3, [3, 3, 3]);
    expect(trends(cardOf(after, { supplierId: 's1', state: 'no-data' }))[0]).toEqual({ reason: 'no-data' });
    expect(trends(cardOf(after, { supplierId: 's1', state: 'too-few' }))[0]).toEqual({
      reason: 'too-few-ratings',
    });
    expect(scoreTrend(cardOf(after, { supplierId: 's1', state: 'no-data' }))).toEqual({ reason: 'no-data' });
    expect(scoreTrend(cardOf(after, { supplierId: 's1', state: 'too-few' }))).toEqual({
      reason: 'too-few-ratings',
    });
  });

  it('give the change of the mean for an unchanged criterion shown both times', () => {
    const after = cardOf([...times(2, [3, 4, 1]), rating('s1', [4, 4, 1])], start());
    expect(trends(after)).toEqual([{ delta: 10 / 3 - 2 }, { delta: 2 }, { delta: -1 }]);
  });

  it('are "changed" when the wording changed in either language, "new" for a criterion not asked before', () => {
    const reworded: SupplierModel = {
      ...MODEL,
      criteria: [
        { ...MODEL.criteria[0]!, text: { ...MODEL.criteria[0]!.text, 'fr-FR': 'Qualité des biens' } },
        { ...MODEL.criteria[1]!, weight: 40 },
        { id: 'safety', weight: 10, text: { 'en-US': 'Safety', 'fr-FR': 'Sécurité' } },
      ],
    };
    const answers = { quality: 3, delivery: 3, safety: 3 } as const;
    const after = cardOf(
      [1, 2, 3].map(() => ratingBy('s1', answers)),
      start(),
      reworded,
    );
    expect(trends(after)).toEqual([{ reason: 'changed' }, { delta: 1 }, { reason: 'new' }]);
  });

  it('are "too-few-answers" when the criterion was hidden in the previous scorecard', () => {
    const hiddenBefore = cardOf([
      rating('s1', [2, 'na', 2]),
      rating('s1', [2, 'na', 2]),
      rating('s1', [2, 3, 2]),
    ]);
    expect(trends(cardOf(times(3, [3, 3, 3]), hiddenBefore))[1]).toEqual({ reason: 'too-few-answers' });
  });
});

describe('the score trend', () => {
  it('compares over the common criteria with today weights, with a direction beyond ±5 points', () => {
    const before = cardOf(times(3, [2, 2, 2]));
    const up = cardOf(times(3, [3, 2, 2]), before);
    expect(scoreTrend(up)).toEqual({
      delta: expect.closeTo(0.5 * (indexOf(3) - indexOf(2)), 9),
      direction: 'up',
      criteria: 3,
    });
    const down = cardOf(times(3, [2, 2, 1]), before);
    expect(scoreTrend(down)).toMatchObject({
      delta: expect.closeTo(-0.2 * indexOf(2), 9),
      direction: 'down',
    });
    const stable = cardOf([...times(2, [2, 2, 2]), rating('s1', [2, 2, 3])], before);
    expect(scoreTrend(stable)).toMatchObject({ direction: 'stable', criteria: 3 });
    expect(scoreTrend(cardOf(times(3, [2, 2, 2]), before))).toEqual({
      delta: 0,
      direction: 'stable',
      criteria: 3,
    });
  });

  it('leaves out a reworded criterion and one hidden on either side, and weighs both sides alike', () => {
    const before = cardOf([rating('s1', [1, 2, 'na']), rating('s1', [1, 2, 'na']), rating('s1', [1, 2, 4])]);
    const reworded: SupplierModel = {
      ...MODEL,
      criteria: [
        {
          ...MODEL.criteria[0]!,
          text: { 'en-US': 'Quality of goods', 'fr-FR': 'Qualité des biens' },
          weight: 20,
        },
        { ...MODEL.criteria[1]!, weight: 60 },
        MODEL.criteria[2]!,
      ],
    };
    const after = cardOf(times(3, [4, 3, 4]), before, reworded);
    expect(scoreTrend(after)).toEqual({
      delta: expect.closeTo(indexOf(3) - indexOf(2), 9),
      direction: 'up',
      criteria: 1,
    });
  });

  it('is "no-common-criteria" when no criterion can be compared', () => {
    const before = cardOf(times(3, [2, 2, 2]));
    const renamed: SupplierModel = {
      ...MODEL,
      criteria: MODEL.criteria.map((c) => ({ ...c, id: `${c.id}-2` })),
    };
    const answers = { 'quality-2': 3, 'delivery-2': 3, 'value-2': 3 } as const;
    expect(
      scoreTrend(
        cardOf(
          [1, 2, 3].map(() => ratingBy('s1', answers)),
          before,
          renamed,
        ),
      ),
    ).toEqual({
      reason: 'no-common-criteria',
    });
    const allHidden = cardOf(times(3, ['na', 'na', 'na']));
    expect(scoreTrend(cardOf(times(3, [3, 3, 3]), allHidden))).toEqual({ reason: 'no-common-criteria' });
  });
});
