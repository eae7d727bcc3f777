/** Formatting shared by the views: days, times and rates in the reader's language. */
import type { Locale } from '@shared/i18n';

/** A calendar day (YYYY-MM-DD, the site's day) in the reader's language, never shifted by their time zone. */
export function formatDay(day: string, locale: Locale): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export const formatTime = (epochMs: number, locale: Locale): string =>
  new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(epochMs));

export function formatRate(responded: number, invited: number, locale: Locale): string {
  if (invited <= 0) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    responded / invited,
  );
}

/** A calendar day (YYYY-MM-DD) in the reader's language, short ("Mar 1, 2026"), never shifted by a time zone. */
export function formatDayMedium(day: string, locale: Locale): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** The day of an instant (epoch ms) in the reader's language and time zone: when something happened. */
export const formatDate = (epochMs: number, locale: Locale): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(epochMs));

/** Today (UTC), as every day of the app is: what a date field may not go before. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
