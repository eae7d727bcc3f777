/**
 * Scorecards equal a recomputation of every figure from random ratings (issue 17's acceptance): two campaigns, the
 * second with reworded, reweighted, added and dropped criteria; "not applicable", unanswered criteria, raters rating
 * twice, too few raters, suppliers nobody rated, archived suppliers; random valid bands and k. The oracle below is
 * its own arithmetic (counts, Wilson in another algebraic form, weighted means, bands), not the app's functions.
 * Then suppression under differencing: what a scorecard shows does not depend on what it hides (a too-few
 * supplier's ratings, a hidden criterion's answers, the raters' departments), so two scorecards before and after
 * one more rating never give away a figure of fewer than k ratings beyond the added rating itself (which is why
 * scorecards are built once, after the close).
 */
import fc from 'fast-check';
import {
  rankingOf,
  scorecardOf,
  scorecardsOf,
  scoreValueOf,
  type RatedScorecard,
  type Scorecard,
  type SupplierRef,
} from '../../src/domain/scorecards';
import {
  DEFAULT_BANDS,
  DEFAULT_SUPPLIER_MODEL,
  type StandingBand,
  type SupplierAnswer,
  type SupplierModel,
  type SupplierRating,
} from '../../src/domain/supplier-model';

/** Mostly levels, so that criteria reach k and trends happen; N/A and no answer often enough to hide some. */
const ANSWER = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom<SupplierAnswer>(1, 2, 3, 4) },
  { weight: 1, arbitrary: fc.constant<SupplierAnswer>('na') },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** n whole weights ≥ 1 summing to 100: n − 1 distinct cut points in 1..99. */
const weightsArb = (n: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: n - 1, maxLength: n - 1 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 100];
    return points.slice(1).map((p, i) => p - points[i]!);
  });

const wording = (id: string, round: number) => ({
  'en-US': `${id} asked ${round}`,
  'fr-FR': `${id} demandé ${round}`,
});

/** The first campaign's model: criteria c0..c(n−1), worded "round 0". */
const firstModelArb = fc.integer({ min: 3, max: 5 }).chain((n) =>
  weightsArb(n).map((weights): SupplierModel => ({
    id: 'sm',
    version: 1,
    name: { 'en-US': 'Suppliers', 'fr-FR': 'Fournisseurs' },
    commentRequiredAtOrBelow: 2,
    criteria: weights.map((weight, i) => ({ id: `c${i}`, weight, text: wording(`c${i}`, 0) })),
  })),
);

/** The second campaign's: criteria c(from)..c(from+n−1) (some dropped, some added), some reworded, new weights. */
const secondModelArb = fc
  .record({ from: fc.integer({ min: 0, max: 2 }), n: fc.integer({ min: 3, max: 5 }) })
  .chain(({ from, n }) =>
    fc
      .tuple(weightsArb(n), fc.array(fc.boolean(), { minLength: n, maxLength: n }))
      .map(([weights, reworded]): SupplierModel => ({
        id: 'sm',
        version: 2,
        name: { 'en-US': 'Suppliers', 'fr-FR': 'Fournisseurs' },
        commentRequiredAtOrBelow: 1,
        criteria: weights.map((weight, i) => {
          const id = `c${from + i}`;
          return { id, weight, text: wording(id, reworded[i] ? 1 : 0) };
        }),
      })),
  );

const bandsArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 5 })
  .map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 100];
    return points.slice(1).map((to, i): StandingBand => ({
      id: `b${i}`,
      label: { 'en-US': `B${i}`, 'fr-FR': `B${i}` },
      from: points[i]!,
      to,
    }));
  });

const SUPPLIERS: SupplierRef[] = Array.from({ length: 6 }, (_, i) => ({
  id: `s${i}`,
  name: `Supplier ${i}`,
  category: i % 2 ? 'IT' : 'Facilities',
  ownerAccountId: i % 3 ? 'grace' : 'hugo',
  status: i === 5 ? 'archived' : 'active',
}));

/** A campaign's ratings: raters from a small pool (so some rate twice), answers over criteria c0..c6. */
const ratingsArb = fc.array(
  fc.record({
    supplierId: fc.constantFrom(...SUPPLIERS.map((s) => s.id), 'gone'),
    raterKey: fc.integer({ min: 0, max: 11 }).map((i) => `r${i}`),
    departmentId: fc.constantFrom(null, 'd1', 'd2'),
    answers: fc.array(ANSWER, { minLength: 7, maxLength: 7 }),
    commented: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
  }),
  { maxLength: 80, size: 'max' },
);

const toRatings = (raw: readonly RawRating[]): SupplierRating[] =>
  raw.map((r, i) => {
    const answers: Record<string, SupplierAnswer> = {};
    const comments: Record<string, string> = {};
    r.answers.forEach((a, c) => {
      if (a !== undefined) answers[`c${c}`] = a;
      if (r.commented[c]) comments[`c${c}`] = `comment ${i}.${c}`;
    });
    return {
      supplierId: r.supplierId,
      raterKey: r.raterKey,
      departmentId: r.departmentId,
      answers,
      comments,
    };
  });
interface RawRating {
  supplierId: string;
  raterKey: string;
  departmentId: string | null;
  answers: (SupplierAnswer | undefined)[];
  commented: boolean[];
}

// ---------------------------------------------------------------------------------------------------------------
// The oracle: plain arithmetic over the ratings.

interface OracleCriterion {
  id: string;
  text: string;
  weight: number;
  hidden: boolean;
  counts: number[];
  na: number;
  mean: number;
  index: number;
  satisfaction: number;
  interval: [number, number];
  comments: number;
}
type Oracle =
  | { state: 'no-data' | 'too-few' }
  | {
      state: 'rated';
      raters: number;
      criteria: OracleCriterion[];
      score: number | null;
      standing: string | null;
    };

/** Wilson's interval as (x + z²/2)/(n + z²) ± z·√n/(n + z²)·√(p̂(1 − p̂) + z²/4n). */
function wilson(x: number, n: number): [number, number] {
  const z = 1.96;
  const p = x / n;
  const centre = (x + (z * z) / 2) / (n + z * z);
  const half = ((z * Math.sqrt(n)) / (n + z * z)) * Math.sqrt(p * (1 - p) + (z * z) / (4 * n));
  return [Math.max(0, (centre - half) * 100), Math.min(100, (centre + half) * 100)];
}

function oracle(
  model: SupplierModel,
  bands: StandingBand[],
  all: SupplierRating[],
  id: string,
  k: number,
): Oracle {
  const min = Math.max(3, Math.ceil(k));
  const last: Record<string, SupplierRating> = {};
  const order: string[] = [];
  for (const r of all.filter((x) => x.supplierId === id)) {
    if (!(r.raterKey in last)) order.push(r.raterKey);
    last[r.raterKey] = r;
  }
  const ratings = order.map((key) => last[key]!);
  if (ratings.length === 0) return { state: 'no-data' };
  if (ratings.length < min) return { state: 'too-few' };
  const criteria = model.criteria.map((c): OracleCriterion => {
    const counts = [0, 0, 0, 0];
    let na = 0;
    let comments = 0;
    for (const r of ratings) {
      const a = r.answers[c.id];
      if (a === 'na') na++;
      else if (a !== undefined) counts[a - 1]!++;
      if (a !== undefined && r.comments[c.id]) comments++;
    }
    const n = counts[0]! + counts[1]! + counts[2]! + counts[3]!;
    const mean = (counts[0]! + 2 * counts[1]! + 3 * counts[2]! + 4 * counts[3]!) / n;
    const satisfied = counts[2]! + counts[3]!;
    return {
      id: c.id,
      text: c.text['en-US'] + '|' + c.text['fr-FR'],
      weight: c.weight,
      hidden: n < min,
      counts,
      na,
      mean,
      index: (100 * (mean - 1)) / 3,
      satisfaction: (100 * satisfied) / n,
      interval: wilson(satisfied, n),
      comments,
    };
  });
  const shown = criteria.filter((c) => !c.hidden);
  const weight = shown.reduce((s, c) => s + c.weight, 0);
  const score = shown.length === 0 ? null : shown.reduce((s, c) => s + c.weight * c.index, 0) / weight;
  const band =
    score === null ? undefined : bands.find((b) => score >= b.from && (score < b.to || b.to === 100));
  return { state: 'rated', raters: ratings.length, criteria, score, standing: band?.id ?? null };
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** The app's scorecard against the oracle, figure by figure; `before` is the oracle of the previous campaign. */
function compare(card: Scorecard, expected: Oracle, before: Oracle | undefined): void {
  expect(card.state).toBe(expected.state);
  if (card.state !== 'rated' || expected.state !== 'rated') {
    expect(Object.keys(card).sort()).toEqual(['state', 'supplierId']);
    return;
  }
  expect(card.raters).toBe(expected.raters);
  card.criteria.forEach((cell, i) => {
    const o = expected.criteria[i]!;
    expect([cell.criterionId, cell.weight, cell.hidden]).toEqual([o.id, o.weight, o.hidden]);
    if (cell.hidden) return;
    expect(cell.counts).toEqual(o.counts);
    expect(cell.na).toBe(o.na);
    expect(cell.n).toBe(o.counts.reduce((s, x) => s + x, 0));
    for (const [got, want] of [
      [cell.mean, o.mean],
      [cell.index, o.index],
      [cell.satisfaction, o.satisfaction],
      [cell.satisfactionInterval[0], o.interval[0]],
      [cell.satisfactionInterval[1], o.interval[1]],
    ] as const)
      expect(near(got, want)).toBe(true);
    const prior = before?.state === 'rated' ? before.criteria.find((c) => c.id === o.id) : undefined;
    const comparable = prior && prior.text === o.text && !prior.hidden;
    if (comparable) expect(near((cell.trend as { delta: number }).delta, o.mean - prior.mean)).toBe(true);
    else expect('delta' in cell.trend).toBe(false);
  });
  expect(card.comments.length).toBe(
    expected.criteria.filter((c) => !c.hidden).reduce((s, c) => s + c.comments, 0),
  );
  if (expected.score === null) {
    expect(card.score).toEqual({ reason: 'too-few-answers' });
    return;
  }
  if (!('value' in card.score)) throw new Error('a score was expected');
  expect(near(card.score.value, expected.score)).toBe(true);
  expect(card.score.value).toBeGreaterThanOrEqual(0);
  expect(card.score.value).toBeLessThanOrEqual(100);
  expect(card.score.standing?.id ?? null).toBe(expected.standing);
  compareScoreTrend(card, expected, before);
}

function compareScoreTrend(
  card: RatedScorecard,
  expected: Oracle & { state: 'rated' },
  before?: Oracle,
): void {
  const trend = 'value' in card.score ? card.score.trend : undefined;
  if (before?.state !== 'rated') {
    expect(trend).toEqual({
      reason: before ? (before.state === 'no-data' ? 'no-data' : 'too-few-ratings') : 'new',
    });
    return;
  }
  const common = expected.criteria.filter((c) => {
    const prior = before.criteria.find((p) => p.id === c.id);
    return !c.hidden && prior && prior.text === c.text && !prior.hidden;
  });
  if (common.length === 0) return void expect(trend).toEqual({ reason: 'no-common-criteria' });
  const w = common.reduce((s, c) => s + c.weight, 0);
  const now = common.reduce((s, c) => s + c.weight * c.index, 0) / w;
  const then =
    common.reduce((s, c) => s + c.weight * before.criteria.find((p) => p.id === c.id)!.index, 0) / w;
  const delta = now - then;
  expect(trend).toMatchObject({ criteria: common.length });
  expect(near((trend as { delta: number }).delta, delta)).toBe(true);
  if (Math.abs(Math.abs(delta) - 5) > 1e-9)
    expect((trend as { direction: string }).direction).toBe(
      Math.abs(delta) < 5 ? 'stable' : delta > 0 ? 'up' : 'down',
    );
}

describe('scorecards (property)', () => {
  it('equal an independent recomputation of every figure, over two campaigns with reworded criteria', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        firstModelArb,
        secondModelArb,
        bandsArb,
        ratingsArb,
        ratingsArb,
        fc.integer({ min: 1, max: 6 }),
        (first, second, bands, raw1, raw2, k) => {
          const [r1, r2] = [toRatings(raw1), toRatings(raw2)];
          const previous = scorecardsOf({ model: first, bands, suppliers: SUPPLIERS, ratings: r1, k });
          const cards = scorecardsOf({
            model: second,
            bands,
            suppliers: SUPPLIERS,
            ratings: r2,
            k,
            previous,
          });
          expect(cards.map((c) => c.supplierId)).toEqual(SUPPLIERS.map((s) => s.id));
          SUPPLIERS.forEach((supplier, i) => {
            const before = oracle(first, bands, r1, supplier.id, k);
            compare(previous[i]!, before, undefined);
            compare(cards[i]!, oracle(second, bands, r2, supplier.id, k), before);
            seen.add(kindsOf(cards[i]!));
          });
          const ranking = rankingOf(SUPPLIERS, cards);
          const scores = ranking.map((row) => scoreValueOf(row.scorecard));
          const ranked = scores.filter((s) => s !== null);
          expect(scores.slice(0, ranked.length)).toEqual(ranked);
          expect([...ranked].sort((a, b) => b - a)).toEqual(ranked);
          expect(ranking.filter((row) => row.rank === null)).toHaveLength(scores.length - ranked.length);
        },
      ),
      { numRuns: 150 },
    );
    // The runs met every case at stake, so the property is not true of nothing.
    for (const kind of [
      'no-data',
      'too-few',
      'hidden-criterion',
      'no-score',
      'criterion-trend',
      'score-trend',
    ])
      expect([...seen].join(' ')).toContain(kind);
  });
});

/** What a scorecard exercised, for the property's own coverage check. */
function kindsOf(card: Scorecard): string {
  if (card.state !== 'rated') return card.state;
  const kinds = ['rated'];
  if (card.criteria.some((c) => c.hidden)) kinds.push('hidden-criterion');
  if (card.criteria.some((c) => !c.hidden && 'delta' in c.trend)) kinds.push('criterion-trend');
  if (!('value' in card.score)) kinds.push('no-score');
  else if ('delta' in card.score.trend) kinds.push('score-trend');
  return kinds.join(' ');
}

/**
 * `ratings` where nothing the scorecard `card` shows comes from: every numeric answer to a criterion it hides (all
 * of them when it shows no figure) replaced by another numeric answer, the comments on those criteria, and every
 * department. Answered and not-applicable stay so: whether a criterion is hidden is part of what is shown.
 */
function scrambled(card: Scorecard, ratings: SupplierRating[], values: number[]): SupplierRating[] {
  const shown = new Set(
    card.state === 'rated' ? card.criteria.filter((c) => !c.hidden).map((c) => c.criterionId) : [],
  );
  let v = 0;
  const next = () => (((values[v++ % values.length] ?? 0) % 4) + 1) as 1 | 2 | 3 | 4;
  return ratings.map((r) => ({
    ...r,
    departmentId: r.departmentId === 'd1' ? 'd2' : 'd1',
    answers: Object.fromEntries(
      Object.entries(r.answers).map(([id, a]) => [id, shown.has(id) || a === 'na' ? a : next()]),
    ),
    comments: Object.fromEntries(
      Object.entries(r.comments).map(([id, text]) => [id, shown.has(id) ? text : `${text} (another)`]),
    ),
  }));
}

/** Every figure shown rests on at least k ratings. */
function restsOnK(card: Scorecard, k: number): void {
  if (card.state !== 'rated') return;
  const min = Math.max(3, Math.ceil(k));
  expect(card.raters).toBeGreaterThanOrEqual(min);
  for (const cell of card.criteria) if (!cell.hidden) expect(cell.n).toBeGreaterThanOrEqual(min);
}

describe('scorecard suppression (property)', () => {
  const oneSupplier = ratingsArb.map((raw) => toRatings(raw).map((r) => ({ ...r, supplierId: 's0' })));

  it('shows nothing that depends on what it hides, before and after one more rating', () => {
    let hiddenChanged = 0;
    fc.assert(
      fc.property(
        secondModelArb,
        bandsArb,
        oneSupplier,
        oneSupplier,
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
        (model, bands, ratings, extra, k, values) => {
          const cardOf = (rs: SupplierRating[]) =>
            scorecardOf({ supplierId: 's0', model, bands, ratings: rs, k });
          const more = extra[0] ? [...ratings, { ...extra[0], raterKey: 'newcomer' }] : ratings;
          for (const set of [ratings, more]) {
            const card = cardOf(set);
            restsOnK(card, k);
            const other = scrambled(card, set, values);
            if (
              card.state === 'rated' &&
              JSON.stringify(other.map((r) => r.answers)) !== JSON.stringify(set.map((r) => r.answers))
            )
              hiddenChanged++;
            expect(cardOf(other)).toEqual(card);
          }
        },
      ),
      { numRuns: 300 },
    );
    // Hidden criteria of shown scorecards had their answers changed, not only whole too-few scorecards.
    expect(hiddenChanged).toBeGreaterThan(10);
  });

  it('gives a supplier rated by fewer than k the same scorecard whatever they answered', () => {
    fc.assert(
      fc.property(oneSupplier, oneSupplier, fc.integer({ min: 3, max: 6 }), (a, b, k) => {
        const few = (rs: SupplierRating[]) => rs.filter((r) => Number(r.raterKey.slice(1)) < k - 1);
        const [x, y] = [few(a), few(b)];
        fc.pre(x.length > 0 && y.length > 0);
        const cardOf = (rs: SupplierRating[]) =>
          scorecardOf({
            supplierId: 's0',
            model: DEFAULT_SUPPLIER_MODEL,
            bands: DEFAULT_BANDS,
            ratings: rs,
            k,
          });
        expect(cardOf(x)).toEqual({ supplierId: 's0', state: 'too-few' });
        expect(cardOf(y)).toEqual(cardOf(x));
      }),
      { numRuns: 200 },
    );
  });
});
