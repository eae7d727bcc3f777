/** Every supplier's scorecard, the ranking (unscored last, never a number) with its filters, and the heatmap. */
import {
  heatmapOf,
  rankingOf,
  scorecardsOf,
  scoreValueOf,
  standingKeyOf,
  trendDirectionOf,
  type Scorecard,
  type SupplierRef,
} from '../../../src/domain/scorecards';
import { DEFAULT_BANDS, type SupplierRating } from '../../../src/domain/supplier-model';
import { MODEL, rating } from './fixtures';

const supplier = (id: string, name: string, rest: Partial<SupplierRef> = {}): SupplierRef => ({
  id,
  name,
  category: 'IT',
  ownerAccountId: 'grace',
  status: 'active',
  ...rest,
});
const times = (n: number, id: string, answers: Parameters<typeof rating>[1]): SupplierRating[] =>
  Array.from({ length: n }, () => rating(id, answers));

const SUPPLIERS = [
  supplier('none', 'Nobody rated', { category: 'Facilities' }),
  supplier('few', 'Few raters'),
  supplier('mid', 'Mid', { ownerAccountId: 'hugo' }),
  supplier('top', 'Top', { category: 'Facilities' }),
  supplier('tie', 'Also mid', { status: 'archived' }),
  supplier('na', 'All N/A'),
  supplier('low', 'Low', { ownerAccountId: 'hugo' }),
];
const RATINGS = [
  ...times(2, 'few', [4, 4, 4]),
  ...times(3, 'mid', [3, 3, 3]),
  ...times(4, 'top', [4, 4, 4]),
  ...times(3, 'tie', [3, 3, 3]),
  ...times(3, 'na', ['na', 'na', 'na']),
  ...times(3, 'low', [1, 2, 1]),
  ...times(5, 'unknown', [4, 4, 4]),
];
const previousCards = (): Scorecard[] =>
  scorecardsOf({
    model: MODEL,
    bands: DEFAULT_BANDS,
    suppliers: SUPPLIERS,
    ratings: [...times(3, 'mid', [2, 2, 2]), ...times(3, 'top', [4, 4, 4]), ...times(3, 'low', [3, 3, 3])],
    k: 3,
  });
const cardsOf = () =>
  scorecardsOf({
    model: MODEL,
    bands: DEFAULT_BANDS,
    suppliers: SUPPLIERS,
    ratings: RATINGS,
    k: 3,
    previous: previousCards(),
  });

describe('scorecardsOf', () => {
  it('gives one scorecard per listed supplier, archived ones kept, in their order, with the previous matched by id', () => {
    expect(cardsOf().map((c) => [c.supplierId, c.state])).toEqual([
      ['none', 'no-data'],
      ['few', 'too-few'],
      ['mid', 'rated'],
      ['top', 'rated'],
      ['tie', 'rated'],
      ['na', 'rated'],
      ['low', 'rated'],
    ]);
    expect(cardsOf().map(trendDirectionOf)).toEqual(['none', 'none', 'up', 'stable', 'none', 'none', 'down']);
    expect(cardsOf().map(standingKeyOf)).toEqual(
      ['no-data', 'too-few', 'average', 'excellent', 'average', 'too-few', 'poor'].map((s, i) =>
        i === 6 ? 'very-poor' : s,
      ),
    );
    expect(
      cardsOf()
        .map(scoreValueOf)
        .map((v) => (v === null ? null : Math.round(v))),
    ).toEqual([null, null, 67, 100, 67, null, 10]);
  });
});

describe('rankingOf', () => {
  it('ranks by score, equal scores sharing a rank (ties by name), the unscored last without a rank', () => {
    expect(rankingOf(SUPPLIERS, cardsOf()).map((r) => [r.supplierId, r.rank])).toEqual([
      ['top', 1],
      ['tie', 2],
      ['mid', 2],
      ['low', 4],
      ['na', null],
      ['few', null],
      ['none', null],
    ]);
  });

  it('filters by category, buyer, status, standing and trend, keeping each supplier rank among all', () => {
    const ids = (filter: Parameters<typeof rankingOf>[2]) =>
      rankingOf(SUPPLIERS, cardsOf(), filter).map((r) => `${r.supplierId}:${r.rank}`);
    expect(ids({ category: 'Facilities' })).toEqual(['top:1', 'none:null']);
    expect(ids({ ownerAccountId: 'hugo' })).toEqual(['mid:2', 'low:4']);
    expect(ids({ status: 'archived' })).toEqual(['tie:2']);
    expect(ids({ standing: 'average' })).toEqual(['tie:2', 'mid:2']);
    expect(ids({ standing: 'too-few' })).toEqual(['na:null', 'few:null']);
    expect(ids({ standing: 'no-data' })).toEqual(['none:null']);
    expect(ids({ trend: 'down' })).toEqual(['low:4']);
    expect(ids({ trend: 'none', ownerAccountId: 'grace' })).toEqual([
      'tie:2',
      'na:null',
      'few:null',
      'none:null',
    ]);
    expect(ids({ category: 'Facilities', standing: 'excellent', trend: 'stable' })).toEqual(['top:1']);
  });

  it('ranks a score of 0 above every unscored supplier: no data is not a 0', () => {
    const suppliers = [
      supplier('a', 'A: no data'),
      supplier('b', 'B: too few'),
      supplier('z', 'Z: all ones'),
    ];
    const cards = scorecardsOf({
      model: MODEL,
      bands: DEFAULT_BANDS,
      suppliers,
      ratings: [...times(3, 'z', [1, 1, 1]), ...times(2, 'b', [4, 4, 4])],
      k: 3,
    });
    expect(rankingOf(suppliers, cards).map((r) => [r.supplierId, r.rank, scoreValueOf(r.scorecard)])).toEqual(
      [
        ['z', 1, 0],
        ['b', null, null],
        ['a', null, null],
      ],
    );
  });

  it('breaks a tie of equal scores and names by id', () => {
    const twins = [supplier('t2', 'Twin'), supplier('t1', 'Twin')];
    const cards = scorecardsOf({
      model: MODEL,
      bands: DEFAULT_BANDS,
      suppliers: twins,
      ratings: [...times(3, 't1', [3, 3, 3]), ...times(3, 't2', [3, 3, 3])],
      k: 3,
    });
    expect(rankingOf(twins, cards).map((r) => [r.supplierId, r.rank])).toEqual([
      ['t1', 1],
      ['t2', 1],
    ]);
    expect(rankingOf([...twins].reverse(), [...cards].reverse()).map((r) => r.supplierId)).toEqual([
      't1',
      't2',
    ]);
  });

  it('gives a score outside unvalidated bands no standing key but "too-few" rather than a band', () => {
    const bands = [DEFAULT_BANDS[0]!, { ...DEFAULT_BANDS[1]!, to: 60 }];
    const [card] = scorecardsOf({
      model: MODEL,
      bands,
      suppliers: [supplier('x', 'X')],
      ratings: times(3, 'x', [4, 4, 4]),
      k: 3,
    });
    expect(card).toMatchObject({ score: { value: 100, standing: null } });
    expect(standingKeyOf(card!)).toBe('too-few');
  });

  it('leaves out a supplier without a scorecard', () => {
    expect(rankingOf([...SUPPLIERS, supplier('new', 'New')], cardsOf())).toHaveLength(SUPPLIERS.length);
  });
});

describe('heatmapOf', () => {
  it('shows a cell only where the scorecard shows the criterion, else why, with no number', () => {
    const few = scorecardsOf({
      model: MODEL,
      bands: DEFAULT_BANDS,
      suppliers: [supplier('s', 'S')],
      ratings: [...times(2, 's', [4, 'na', 4]), rating('s', [4, 4, 'na'])],
      k: 3,
    });
    const rows = heatmapOf({ criteria: [...MODEL.criteria, { ...MODEL.criteria[0]!, id: 'later' }] }, [
      cardsOf()[0]!,
      cardsOf()[1]!,
      ...few,
    ]);
    expect(rows).toEqual([
      {
        supplierId: 'none',
        cells: ['quality', 'delivery', 'value', 'later'].map((criterionId) => ({
          criterionId,
          hidden: true,
          reason: 'no-data',
        })),
      },
      {
        supplierId: 'few',
        cells: ['quality', 'delivery', 'value', 'later'].map((criterionId) => ({
          criterionId,
          hidden: true,
          reason: 'too-few-ratings',
        })),
      },
      {
        supplierId: 's',
        cells: [
          { criterionId: 'quality', hidden: false, index: 100, mean: 4, satisfaction: 100, n: 3 },
          { criterionId: 'delivery', hidden: true, reason: 'too-few-answers' },
          { criterionId: 'value', hidden: true, reason: 'too-few-answers' },
          { criterionId: 'later', hidden: true, reason: 'not-asked' },
        ],
      },
    ]);
  });
});
