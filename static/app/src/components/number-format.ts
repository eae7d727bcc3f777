/** Numbers in the reader's language: means with two decimals, indexes and rates without, signed changes. */
import type { Locale } from '@shared/i18n';

const cache = new Map<string, Intl.NumberFormat>();
const formatter = (locale: Locale, digits: number, style: 'decimal' | 'percent' = 'decimal') => {
  const key = `${locale}|${digits}|${style}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    cache.set(key, format);
  }
  return format;
};

export const formatMean = (value: number | null, locale: Locale) =>
  value === null ? '—' : formatter(locale, 2).format(value);
export const formatIndex = (value: number | null, locale: Locale) =>
  value === null ? '—' : formatter(locale, 0).format(value);
/** `value` in percent (0–100). */
export const formatPercent = (value: number | null, locale: Locale) =>
  value === null ? '—' : formatter(locale, 0, 'percent').format(value / 100);
export const formatDelta = (value: number, locale: Locale) =>
  `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatter(locale, 2).format(Math.abs(value))}`;
/** A value with one decimal (points per voter). */
export const formatOneDecimal = (value: number, locale: Locale) => formatter(locale, 1).format(value);
/** A priority index (0–1), two decimals: one would show a small but real priority as 0.0. */
export const formatPriority = (value: number, locale: Locale) => formatter(locale, 2).format(value);

/** A response rate (responded of invited) in percent; a dash when nobody was invited. */
export function formatRate(responded: number, invited: number, locale: Locale): string {
  if (invited <= 0) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    responded / invited,
  );
}
