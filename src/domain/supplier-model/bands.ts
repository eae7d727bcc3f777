/**
 * Standing bands (issue 17, item 4): named ranges of the supplier score that cover 0–100 without overlap or gap, so
 * every score has exactly one standing. Pure data and functions: no I/O, no Forge import.
 */
import type { DefinitionProblem } from '../common';
import type { LocalizedText } from '../model';

/**
 * Scores from `from` (included) up to `to` (excluded), except that the last band includes 100. Bounds are whole
 * numbers: a threshold a reader sees as "below 50" must not hide a 49.5.
 */
export interface StandingBand {
  id: string;
  label: LocalizedText;
  from: number;
  to: number;
}

export const MIN_BANDS = 2;
export const MAX_BANDS = 6;

const text = (en: string, fr: string): LocalizedText => ({ 'en-US': en, 'fr-FR': fr });

/** DOMAIN "Suppliers": Very poor < 30 ≤ Poor < 50 ≤ Average < 80 ≤ Excellent. */
export const DEFAULT_BANDS: readonly StandingBand[] = [
  { id: 'very-poor', label: text('Very poor', 'Très insuffisant'), from: 0, to: 30 },
  { id: 'poor', label: text('Poor', 'Insuffisant'), from: 30, to: 50 },
  { id: 'average', label: text('Average', 'Moyen'), from: 50, to: 80 },
  { id: 'excellent', label: text('Excellent', 'Excellent'), from: 80, to: 100 },
];

export type BandsReason =
  | 'bands.count'
  | 'bands.idTaken'
  | 'bands.textMissing'
  | 'bands.bound'
  | 'bands.empty'
  | 'bands.notFromZero'
  | 'bands.notTo100'
  | 'bands.gap'
  | 'bands.overlap';

export type BandsProblem = DefinitionProblem<BandsReason>;

const LANGUAGES = ['en-US', 'fr-FR'] as const;

function bandProblems(band: StandingBand, i: number): BandsProblem[] {
  const problems: BandsProblem[] = LANGUAGES.filter(
    (language) => typeof band.label[language] !== 'string' || band.label[language].trim() === '',
  ).map((language) => ({ path: `bands.${i}.label.${language}`, reason: 'bands.textMissing' }));
  for (const bound of ['from', 'to'] as const) {
    const value = band[bound];
    if (!Number.isInteger(value) || value < 0 || value > 100)
      problems.push({ path: `bands.${i}.${bound}`, reason: 'bands.bound' });
  }
  if (band.from >= band.to) problems.push({ path: `bands.${i}`, reason: 'bands.empty' });
  return problems;
}

/**
 * Everything wrong with a list of bands, in score order: 2 to 6 bands, unique ids, labels in both languages, whole
 * bounds in 0–100, each band non-empty, the first from 0, the last to 100, and each band starting where the one
 * before ends (a gap leaves scores without a standing, an overlap gives them two).
 */
export function bandsProblems(bands: readonly StandingBand[]): BandsProblem[] {
  const problems: BandsProblem[] = [];
  if (bands.length < MIN_BANDS || bands.length > MAX_BANDS)
    problems.push({
      path: 'bands',
      reason: 'bands.count',
      params: { min: String(MIN_BANDS), max: String(MAX_BANDS), count: String(bands.length) },
    });
  const ids = new Set<string>();
  bands.forEach((band, i) => {
    if (ids.has(band.id)) problems.push({ path: `bands.${i}.id`, reason: 'bands.idTaken' });
    ids.add(band.id);
    problems.push(...bandProblems(band, i));
    const before = bands[i - 1];
    if (before && band.from > before.to) problems.push({ path: `bands.${i}.from`, reason: 'bands.gap' });
    if (before && band.from < before.to) problems.push({ path: `bands.${i}.from`, reason: 'bands.overlap' });
  });
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (first && first.from !== 0) problems.push({ path: 'bands.0.from', reason: 'bands.notFromZero' });
  if (last && last.to !== 100)
    problems.push({ path: `bands.${bands.length - 1}.to`, reason: 'bands.notTo100' });
  return problems;
}

/** Millionths of a point: far below any difference of two real scores shown, far above floating-point noise. */
const PRECISION = 1e6;

/**
 * The band of a score in 0–100 (valid bands: exactly one). Decided on the score to the millionth of a point, not as
 * rounded for display: a supplier whose ratings give exactly 60 computes 59.99999999999999 in floating point, and
 * must still stand at or above a threshold of 60. Undefined outside 0–100, and for no score at all: a supplier
 * without a score has no standing.
 */
export function standingOf(bands: readonly StandingBand[], score: number | null): StandingBand | undefined {
  if (score === null || !(score >= 0 && score <= 100)) return undefined;
  const at = Math.round(score * PRECISION) / PRECISION;
  const last = bands[bands.length - 1];
  if (last && at === last.to) return last;
  // Valid bands are in score order: the first whose end is above the score holds it.
  return bands.find((band) => at < band.to);
}
