/** Standing bands: the default, every validation problem, and the one standing of each score. */
import {
  bandsProblems,
  DEFAULT_BANDS,
  standingOf,
  type StandingBand,
} from '../../../src/domain/supplier-model';

const band = (id: string, from: number, to: number): StandingBand => ({
  id,
  from,
  to,
  label: { 'en-US': id, 'fr-FR': id },
});
const reasons = (bands: StandingBand[]) => bandsProblems(bands).map((p) => `${p.path} ${p.reason}`);

describe('the default bands', () => {
  it('are valid: Very poor < 30 ≤ Poor < 50 ≤ Average < 80 ≤ Excellent, labelled in both languages', () => {
    expect(bandsProblems(DEFAULT_BANDS)).toEqual([]);
    expect(DEFAULT_BANDS.map((b) => [b.id, b.from, b.to, b.label['en-US']])).toEqual([
      ['very-poor', 0, 30, 'Very poor'],
      ['poor', 30, 50, 'Poor'],
      ['average', 50, 80, 'Average'],
      ['excellent', 80, 100, 'Excellent'],
    ]);
    expect(DEFAULT_BANDS.every((b) => b.label['fr-FR'].trim() !== '')).toBe(true);
  });
});

describe('standingOf', () => {
  const at = (score: number | null) => standingOf(DEFAULT_BANDS, score)?.id;

  it('puts each threshold in the band above it, 0 in the first and 100 in the last', () => {
    expect([0, 29.99, 30, 49.99, 50, 79.99, 80, 99.99, 100].map(at)).toEqual([
      'very-poor',
      'very-poor',
      'poor',
      'poor',
      'average',
      'average',
      'excellent',
      'excellent',
      'excellent',
    ]);
  });

  it('decides on the score to the millionth of a point: floating-point noise does not drop a score below a threshold', () => {
    expect((100 * (2.8 - 1)) / 3).toBeLessThan(60);
    expect(at((100 * (2.8 - 1)) / 3)).toBe('average');
    expect(at(49.9999994)).toBe('poor');
    expect(at(49.9999996)).toBe('average');
    expect(at(99.9999996)).toBe('excellent');
  });

  it('gives no standing to no score, nor to a score outside 0–100', () => {
    expect([null, -0.01, 100.01, Number.NaN].map(at)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('bandsProblems', () => {
  it('accepts two bands, refuses one and seven with the count', () => {
    expect(reasons([band('low', 0, 50), band('high', 50, 100)])).toEqual([]);
    expect(bandsProblems([band('all', 0, 100)])).toEqual([
      { path: 'bands', reason: 'bands.count', params: { min: '2', max: '6', count: '1' } },
    ]);
    const seven = Array.from({ length: 7 }, (_, i) =>
      band(`b${i}`, i === 0 ? 0 : 10 + i * 10, i === 6 ? 100 : 20 + i * 10),
    );
    expect(reasons(seven)).toEqual(['bands bands.count']);
  });

  it('refuses a gap and an overlap between neighbours', () => {
    expect(reasons([band('a', 0, 30), band('b', 31, 100)])).toEqual(['bands.1.from bands.gap']);
    expect(reasons([band('a', 0, 30), band('b', 29, 100)])).toEqual(['bands.1.from bands.overlap']);
  });

  it('requires 0 at the start and 100 at the end', () => {
    expect(reasons([band('a', 1, 30), band('b', 30, 99)])).toEqual([
      'bands.0.from bands.notFromZero',
      'bands.1.to bands.notTo100',
    ]);
  });

  it('refuses bounds that are not whole numbers in 0–100, and an empty band', () => {
    expect(reasons([band('a', 0, 30.5), band('b', 30.5, 100)])).toEqual([
      'bands.0.to bands.bound',
      'bands.1.from bands.bound',
    ]);
    expect(reasons([band('a', 0, 101), band('b', 101, 100)])).toEqual([
      'bands.0.to bands.bound',
      'bands.1.from bands.bound',
      'bands.1 bands.empty',
    ]);
    expect(reasons([band('a', -1, 50), band('b', 50, 50), band('c', 50, 100)])).toEqual([
      'bands.0.from bands.bound',
      'bands.1 bands.empty',
      'bands.0.from bands.notFromZero',
    ]);
  });

  it('accepts six bands', () => {
    const six = [0, 10, 20, 30, 40, 50].map((from, i) => band(`b${i}`, from, i === 5 ? 100 : from + 10));
    expect(reasons(six)).toEqual([]);
  });

  it('refuses a label missing a language', () => {
    const missing = { ...band('b', 50, 100), label: { 'en-US': 'High' } as StandingBand['label'] };
    expect(reasons([band('a', 0, 50), missing])).toEqual(['bands.1.label.fr-FR bands.textMissing']);
  });

  it('refuses a taken id and a blank label', () => {
    const blank = { ...band('b', 50, 100), label: { 'en-US': 'High', 'fr-FR': ' ' } };
    expect(reasons([band('a', 0, 50), { ...blank, id: 'a' }])).toEqual([
      'bands.1.id bands.idTaken',
      'bands.1.label.fr-FR bands.textMissing',
    ]);
  });
});
