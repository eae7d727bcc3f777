/**
 * Fingerprints, what a closed campaign keeps, and year-on-year trends: new, changed, below threshold, too few
 * answers, delta.
 */
import type { EvaluationModel } from '../../../src/domain/model/model';
import {
  aggregate,
  fingerprintOf,
  historyEntryOf,
  shownAggregate,
  tooFewAnswers,
  trendsOf,
  type Aggregate,
  type HistoryEntry,
  type RatedAnswer,
} from '../../../src/domain/results';
import { modelOf, rated, text } from './fixtures';

const withText = (model: EvaluationModel, id: string, en: string, fr = en): EvaluationModel => ({
  ...model,
  sections: model.sections.map((s) => ({
    ...s,
    criteria: s.criteria.map((c) => (c.id === id ? { ...c, text: text(en, fr) } : c)),
  })),
});

const all = (ids: string[], value: 1 | 2 | 3 | 4, times: number): RatedAnswer[] =>
  Array.from({ length: times }, () => rated(ids.map((id) => [id, value])));

/** An aggregate as results show it at threshold `k` (1: every criterion shown). */
const shownAt = (model: EvaluationModel, raw: Aggregate, k: number) =>
  shownAggregate(model, raw, tooFewAnswers(raw, k));

describe('fingerprintOf', () => {
  const criterion = {
    id: 'c',
    text: text('Requests are handled on time', 'Les demandes sont traitées à temps'),
  };

  it('is 8 hex digits, stable, and ignores surrounding spaces and the weight', () => {
    const fp = fingerprintOf(criterion);
    expect(fp).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprintOf({ ...criterion })).toBe(fp);
    expect(
      fingerprintOf({
        ...criterion,
        weight: 3,
        text: text(' Requests are handled on time  ', 'Les demandes sont traitées à temps\n'),
      }),
    ).toBe(fp);
  });

  it('changes with the id and with either wording', () => {
    const fp = fingerprintOf(criterion);
    expect(fingerprintOf({ ...criterion, id: 'd' })).not.toBe(fp);
    expect(
      fingerprintOf({ ...criterion, text: { ...criterion.text, 'en-US': 'Requests are on time' } }),
    ).not.toBe(fp);
    expect(
      fingerprintOf({ ...criterion, text: { ...criterion.text, 'fr-FR': 'Demandes à temps' } }),
    ).not.toBe(fp);
  });

  it('is FNV-1a 32 over UTF-8 of the JSON triple (known vector: FNV-1a("a") = e40c292c)', () => {
    // JSON.stringify(["a","",""]) is the text hashed for { id: 'a', both texts empty }; the FNV-1a of the empty
    // string is the offset basis 811c9dc5 and of "a" e40c292c, so check the function on a triple computed here.
    let hash = 0x811c9dc5;
    for (const byte of new TextEncoder().encode('["a","",""]')) hash = Math.imul(hash ^ byte, 0x01000193);
    expect(fingerprintOf({ id: 'a', text: text('', '') })).toBe((hash >>> 0).toString(16).padStart(8, '0'));
    let single = 0x811c9dc5;
    single = Math.imul(single ^ 0x61, 0x01000193);
    expect((single >>> 0).toString(16)).toBe('e40c292c');
  });
});

describe('historyEntryOf', () => {
  const model = modelOf([{ id: 'S', criteria: ['a', '__proto__'] }]);
  const agg = aggregate(model, all(['a', '__proto__'], 3, 5));

  it('keeps each criterion’s fingerprint and overall figures, keyed by own properties', () => {
    const entry = historyEntryOf({ id: 'c1', period: '2025', closedAt: 100 }, model, agg, false);
    expect(entry).toMatchObject({ campaignId: 'c1', period: '2025', closedAt: 100, hidden: false });
    expect(Object.hasOwn(entry.criteria, '__proto__')).toBe(true);
    expect(entry.criteria.a).toEqual({
      fingerprint: fingerprintOf(model.sections[0]!.criteria[0]!),
      mean: 3,
      index: expect.closeTo(66.67, 2),
      n: 5,
    });
    // It survives storage: JSON keeps `__proto__` an own key.
    const stored = JSON.parse(JSON.stringify(entry)) as HistoryEntry;
    expect(Object.hasOwn(stored.criteria, '__proto__')).toBe(true);
    expect(stored.criteria.__proto__!.mean).toBe(3);
  });

  it('keeps no figure of a hidden campaign', () => {
    const entry = historyEntryOf({ id: 'c1', period: '2025', closedAt: 100 }, model, agg, true);
    expect(entry.hidden).toBe(true);
    for (const id of ['a', '__proto__']) {
      expect(Object.hasOwn(entry.criteria, id)).toBe(true);
      const kept = Object.entries(entry.criteria).find(([key]) => key === id)![1];
      expect(kept).toEqual({ fingerprint: expect.any(String), mean: null, index: null, n: 0 });
    }
  });
});

describe('trendsOf', () => {
  const ids = ['same', 'reworded', 'fresh', 'was-hidden', 'constructor'];
  const model = modelOf([{ id: 'S', criteria: ids }]);
  const v1 = withText(model, 'reworded', 'Old wording');
  const entryOf = (id: string, period: string, closedAt: number, m: EvaluationModel, value: 1 | 2 | 3 | 4) =>
    historyEntryOf({ id, period, closedAt }, m, aggregate(m, all(ids, value, 5)), false);

  // 2023 (2.0 everywhere), 2024 (3.0; `was-hidden` hidden in a model without `fresh` and `constructor`)
  const without = (m: EvaluationModel, gone: string[]): EvaluationModel => ({
    ...m,
    sections: m.sections.map((s) => ({ ...s, criteria: s.criteria.filter((c) => !gone.includes(c.id)) })),
  });
  const y2023 = entryOf('c2023', '2023', 2023, without(v1, ['fresh', 'constructor']), 2);
  const y2024raw = entryOf('c2024', '2024', 2024, without(v1, ['fresh', 'constructor']), 3);
  const y2024hidden = historyEntryOf(
    { id: 'c2024', period: '2024', closedAt: 2024 },
    without(v1, ['fresh', 'constructor']),
    aggregate(v1, []),
    true,
  );
  // Current (2026): 3.5 = (3 + 4) / 2 on every criterion. Shown at k = 1: these cases are not about k.
  const raw = aggregate(model, [...all(ids, 3, 1), ...all(ids, 4, 1)]);
  const current = shownAggregate(model, raw, new Map());
  const now = { id: 'c2026', period: '2026', closedAt: 2026 };
  const trend = (history: HistoryEntry[], id: string) =>
    trendsOf(now, model, current, history, 1).find((t) => t.criterionId === id)!.trend;

  it('delta against the most recent earlier campaign, with the whole series oldest first', () => {
    // 3.5 − 3.0 = 0.5; series 2023 (2.0), 2024 (3.0), 2026 (3.5), whatever the order of the history
    expect(trend([y2024raw, y2023], 'same')).toEqual({
      delta: 0.5,
      series: [
        {
          campaignId: 'c2023',
          period: '2023',
          hidden: false,
          mean: 2,
          index: expect.closeTo(33.33, 2),
          n: 5,
        },
        {
          campaignId: 'c2024',
          period: '2024',
          hidden: false,
          mean: 3,
          index: expect.closeTo(66.67, 2),
          n: 5,
        },
        {
          campaignId: 'c2026',
          period: '2026',
          hidden: false,
          mean: 3.5,
          index: expect.closeTo(83.33, 2),
          n: 2,
        },
      ],
    });
  });

  it('`changed` when the most recent earlier campaign worded it differently', () => {
    expect(trend([y2023, y2024raw], 'reworded')).toEqual({ reason: 'changed' });
  });

  it('`new` when no earlier campaign asked it, even with an id such as `constructor`', () => {
    expect(trend([y2023, y2024raw], 'fresh')).toEqual({ reason: 'new' });
    expect(trend([y2023, y2024raw], 'constructor')).toEqual({ reason: 'new' });
    expect(trend([], 'same')).toEqual({ reason: 'new' });
  });

  it('`below-threshold` when the most recent earlier campaign was hidden', () => {
    expect(trend([y2023, y2024hidden], 'was-hidden')).toEqual({ reason: 'below-threshold' });
  });

  it('skips this campaign and later ones; a hidden earlier point carries no figure', () => {
    const self = entryOf('c2026', '2026', 2026, model, 1);
    const later = entryOf('c2027', '2027', 2027, model, 1);
    const middle = historyEntryOf({ id: 'c2025', period: '2025', closedAt: 2025 }, model, raw, true);
    const older = entryOf('c2022', '2022', 2022, model, 1);
    const history = [self, later, y2024raw, older, middle];
    expect(trend(history, 'same')).toEqual({ reason: 'below-threshold' });
    // Without the hidden 2025 the last is 2024 (3.0); the hidden one shows as such in a series once it is older.
    expect(trend([self, later, y2024raw, older], 'same')).toMatchObject({ delta: 0.5 });
    const next = trendsOf(
      { id: 'c2027', period: '2027' },
      model,
      current,
      [older, middle, y2024raw, self],
      1,
    );
    const series = (next.find((t) => t.criterionId === 'same')!.trend as { series: unknown[] }).series;
    expect(series.map((p) => (p as { campaignId: string }).campaignId)).toEqual([
      'c2022',
      'c2024',
      'c2025',
      'c2026',
      'c2027',
    ]);
    expect(series[2]).toEqual({
      campaignId: 'c2025',
      period: '2025',
      hidden: true,
      reason: 'below-threshold',
    });
  });

  it('`no-data` when a side shown has no rating', () => {
    const empty = shownAggregate(model, aggregate(model, []), new Map());
    const t = trendsOf(now, model, empty, [y2023], 1).find((x) => x.criterionId === 'same')!.trend;
    expect(t).toEqual({ reason: 'no-data' });
  });
});

describe('trends under the per-criterion threshold (issue 16, item 6)', () => {
  const model = modelOf([{ id: 'S', criteria: ['a', 'b'] }]);
  const now = { id: 'now', period: '2026', closedAt: 2026 };
  // a rated by 5 people now, b by 2 (3 said "not applicable").
  const raw = aggregate(model, [
    ...all(['a', 'b'], 3, 2),
    ...Array.from({ length: 3 }, () =>
      rated([
        ['a', 4],
        ['b', 'na'],
      ]),
    ),
  ]);
  const trendOf = (history: HistoryEntry[], id: string, k = 5) =>
    trendsOf(now, model, shownAt(model, raw, k), history, k).find((t) => t.criterionId === id)!.trend;
  const entry = (id: string, closedAt: number, answers: RatedAnswer[], k?: number) =>
    historyEntryOf({ id, period: id, closedAt }, model, aggregate(model, answers), false, k);

  it('a criterion hidden now has no trend: its delta would be its mean', () => {
    const before = entry('c2025', 2025, all(['a', 'b'], 2, 6));
    expect(trendOf([before], 'b')).toEqual({ reason: 'too-few-answers' });
    expect(trendOf([before], 'a')).toMatchObject({ delta: 3.6 - 2 });
  });

  it('an earlier point rated by fewer than k is hidden, and gives no delta', () => {
    // a: 6 ratings in 2024, 4 in 2025 (kept by an entry written before it knew of k).
    const y2024 = entry('c2024', 2024, all(['a'], 2, 6));
    const y2025 = entry('c2025', 2025, all(['a'], 3, 4));
    expect(trendOf([y2024, y2025], 'a')).toEqual({ reason: 'too-few-answers' });
    const later = { id: 'next', period: '2027', closedAt: 2027 };
    const current = shownAt(model, aggregate(model, all(['a', 'b'], 4, 5)), 5);
    const next = trendsOf(later, model, current, [y2024, y2025, entry('now', 2026, all(['a'], 3, 6))], 5);
    const series = (next[0]!.trend as { series: unknown[] }).series;
    expect(series[1]).toEqual({
      campaignId: 'c2025',
      period: 'c2025',
      hidden: true,
      reason: 'too-few-answers',
    });
    expect(series).toHaveLength(4);
  });

  it('an entry written with its campaign’s k keeps no figure of a criterion rated by fewer', () => {
    // 7 ratings under k = 8: hidden in that campaign, so a later campaign at k = 5 must not show it either.
    const strict = entry('c2025', 2025, all(['a', 'b'], 2, 7), 8);
    expect(strict.criteria.a).toEqual({ fingerprint: expect.any(String), mean: null, index: null, n: 0 });
    expect(trendOf([strict], 'a')).toEqual({ reason: 'too-few-answers' });
    const loose = entry('c2025', 2025, all(['a', 'b'], 2, 7), 5);
    expect(loose.criteria.a).toMatchObject({ mean: 2, n: 7 });
  });
});
