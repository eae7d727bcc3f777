/** One supplier's scorecard: no data, too few raters, figures, hidden criteria, the weighted score, comments. */
import { wilsonInterval } from '../../../src/domain/results';
import { scorecardOf, type RatedScorecard, type Scorecard } from '../../../src/domain/scorecards';
import { DEFAULT_BANDS, type SupplierRating } from '../../../src/domain/supplier-model';
import { indexOf, MODEL, rating } from './fixtures';

const cardOf = (ratings: SupplierRating[], k = 3, previous?: Scorecard): Scorecard =>
  scorecardOf({ supplierId: 's1', model: MODEL, bands: DEFAULT_BANDS, ratings, k, previous });
const rated = (card: Scorecard): RatedScorecard => {
  if (card.state !== 'rated') throw new Error(`expected a rated scorecard, got ${card.state}`);
  return card;
};

describe('scorecardOf: no data and too few raters', () => {
  it('is "no-data" without a rating of this supplier: no number at all, never a 100', () => {
    expect(cardOf([])).toEqual({ supplierId: 's1', state: 'no-data' });
    expect(cardOf([rating('s2', [4, 4, 4]), rating('s2', [4, 4, 4]), rating('s2', [4, 4, 4])])).toEqual({
      supplierId: 's1',
      state: 'no-data',
    });
  });

  it('is "too-few" with fewer than k raters: no raters count, no per-criterion count', () => {
    const two = [rating('s1', [4, 4, 4]), rating('s1', [1, 2, 'na'])];
    expect(cardOf(two)).toEqual({ supplierId: 's1', state: 'too-few' });
    expect(cardOf([...two, rating('s1', [3, 3, 3])], 4)).toEqual({ supplierId: 's1', state: 'too-few' });
  });

  it('never lets k go below 3, and rounds a fractional k up', () => {
    const two = [rating('s1', [4, 4, 4]), rating('s1', [4, 4, 4])];
    expect(cardOf(two, 1).state).toBe('too-few');
    expect(cardOf([...two, rating('s1', [4, 4, 4])], 3.5).state).toBe('too-few');
  });

  it('counts a rater once, the later rating winning: one person cannot pass for two', () => {
    const ratings = [
      rating('s1', [1, 1, 1], {}, 'alice'),
      rating('s1', [4, 4, 4], {}, 'bruno'),
      rating('s1', [4, 4, 4], {}, 'alice'),
    ];
    expect(cardOf(ratings)).toEqual({ supplierId: 's1', state: 'too-few' });
    const card = rated(cardOf([...ratings, rating('s1', [4, 4, 4], {}, 'chloe')]));
    expect(card.raters).toBe(3);
    expect(card.criteria[0]).toMatchObject({ counts: [0, 0, 0, 3], n: 3 });
  });
});

describe('scorecardOf: figures', () => {
  const ratings = [
    rating('s1', [4, 3, 'na']),
    rating('s1', [3, 2, 4]),
    rating('s1', [2, 4, 3]),
    rating('s1', [4, 1, 2]),
  ];
  const card = () => rated(cardOf(ratings));

  it('gives the raters, and per criterion the counts, N/A apart, mean, index, satisfaction and its interval', () => {
    expect(card()).toMatchObject({
      supplierId: 's1',
      state: 'rated',
      modelId: 'sm',
      modelVersion: 1,
      raters: 4,
    });
    const [quality, delivery, value] = card().criteria;
    expect(quality).toEqual({
      criterionId: 'quality',
      fingerprint: expect.stringMatching(/^[0-9a-f]{8}$/),
      weight: 50,
      hidden: false,
      trend: { reason: 'new' },
      counts: [0, 1, 1, 2],
      n: 4,
      na: 0,
      mean: 13 / 4,
      index: indexOf(13 / 4),
      satisfaction: 75,
      satisfactionInterval: wilsonInterval(3, 4),
    });
    expect(delivery).toMatchObject({ counts: [1, 1, 1, 1], n: 4, na: 0, mean: 2.5, satisfaction: 50 });
    expect(value).toMatchObject({ counts: [0, 1, 1, 1], n: 3, na: 1, mean: 3, satisfaction: (2 / 3) * 100 });
  });

  it('scores the weighted mean of the criteria indexes (weights summing to 100), with its standing', () => {
    const expected = (50 * indexOf(13 / 4) + 30 * indexOf(2.5) + 20 * indexOf(3)) / 100;
    expect(card().score).toEqual({
      value: expect.closeTo(expected, 9),
      standing: { id: 'average', label: { 'en-US': 'Average', 'fr-FR': 'Moyen' } },
      trend: { reason: 'new' },
      criteria: 3,
    });
  });

  it('scores 100 only when every answer is 4, and 0 when every answer is 1', () => {
    const all = (a: 1 | 4) => [rating('s1', [a, a, a]), rating('s1', [a, a, a]), rating('s1', [a, a, 'na'])];
    expect(rated(cardOf(all(4))).score).toMatchObject({ value: 100, standing: { id: 'excellent' } });
    expect(rated(cardOf(all(1))).score).toMatchObject({ value: 0, standing: { id: 'very-poor' } });
  });
});

describe('scorecardOf: a criterion answered by fewer than k', () => {
  const ratings = [
    rating('s1', [4, 'na', 1], { quality: 'Fine', delivery: 'Never ordered', value: 'Too dear' }),
    rating('s1', [3, 4, 'na']),
    rating('s1', [4, undefined, 'na']),
  ];
  const card = () => rated(cardOf(ratings));

  it('is hidden with no count, not even N/A, and no trend', () => {
    expect(card().criteria[1]).toEqual({
      criterionId: 'delivery',
      fingerprint: expect.any(String),
      weight: 30,
      hidden: true,
      reason: 'too-few-answers',
    });
    expect(card().criteria[2]).toMatchObject({ hidden: true, reason: 'too-few-answers' });
    expect(Object.keys(card().criteria[2]!).sort()).toEqual([
      'criterionId',
      'fingerprint',
      'hidden',
      'reason',
      'weight',
    ]);
  });

  it('stays out of the weighted score, whose weights are renormalised over the shown criteria', () => {
    expect(card().score).toMatchObject({
      value: indexOf(11 / 3),
      criteria: 1,
      standing: { id: 'excellent' },
    });
    const changed = rated(
      cardOf([{ ...ratings[0]!, answers: { quality: 4, delivery: 1, value: 4 } }, ...ratings.slice(1)]),
    );
    expect(changed.score).toEqual(card().score);
  });

  it('keeps its comments out: only the shown criteria have comments', () => {
    expect(card().comments).toEqual([{ criterionId: 'quality', rating: 4, text: 'Fine' }]);
  });

  it('leaves no score when every criterion has too few answers', () => {
    const fewAnswers = rated(
      cardOf([rating('s1', ['na', 'na', 4]), rating('s1', [2, 'na', 'na']), rating('s1', ['na', 3, 'na'])]),
    );
    expect(fewAnswers.raters).toBe(3);
    expect(fewAnswers.score).toEqual({ reason: 'too-few-answers' });
    expect(fewAnswers.criteria.every((c) => c.hidden)).toBe(true);
  });
});

describe('scorecardOf: comments', () => {
  it('lists the shown criteria comments by criterion, rating, then text, trimmed, without who wrote them', () => {
    const card = rated(
      cardOf([
        rating('s1', [2, 4, 3], { value: 'b', quality: ' Late twice ', delivery: '  ' }),
        rating('s1', [4, 4, 3], { value: 'a', quality: 'Great' }),
        rating('s1', [2, 'na', 3], { quality: 'Also late', delivery: 'Not used', unknown: 'x' }),
        rating('s1', [4, 4, 3], { ghost: 'no answer' }),
      ]),
    );
    expect(card.comments).toEqual([
      { criterionId: 'quality', rating: 2, text: 'Also late' },
      { criterionId: 'quality', rating: 2, text: 'Late twice' },
      { criterionId: 'quality', rating: 4, text: 'Great' },
      { criterionId: 'delivery', rating: 'na', text: 'Not used' },
      { criterionId: 'value', rating: 3, text: 'a' },
      { criterionId: 'value', rating: 3, text: 'b' },
    ]);
  });

  it('ignores a comment on a criterion the rater did not answer', () => {
    const card = rated(
      cardOf([
        rating('s1', [4, 4, undefined], { value: 'orphan' }),
        rating('s1', [4, 4, 4]),
        rating('s1', [4, 4, 4]),
        rating('s1', [4, 4, 4]),
      ]),
    );
    expect(card.criteria[2]).toMatchObject({ hidden: false, n: 3 });
    expect(card.comments).toEqual([]);
  });
});
