/**
 * Every date the app shows, in the reader's language. Two kinds of date reach the UI: a calendar day (YYYY-MM-DD,
 * the site's day, as the server keeps opening, closing and due days) is shown as that day for every reader,
 * whatever their time zone; an instant (epoch ms: when something happened) is shown in the reader's time zone.
 */
import type { Locale } from '@shared/i18n';

/** How long a day reads: `long` in sentences ("March 1, 2026"), `medium` in tables and lists ("Mar 1, 2026"). */
export type DayStyle = 'long' | 'medium';

/** A calendar day (YYYY-MM-DD) in the reader's language, never shifted by their time zone; as given if unreadable. */
export function formatCalendarDay(day: string, locale: Locale, style: DayStyle): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/** A calendar day in a sentence: "March 1, 2026". */
export const formatDay = (day: string, locale: Locale): string => formatCalendarDay(day, locale, 'long');

/** A calendar day in a table or a list: "Mar 1, 2026". */
export const formatDayMedium = (day: string, locale: Locale): string =>
  formatCalendarDay(day, locale, 'medium');

/** The day of an instant (epoch ms) in the reader's language and time zone: when something happened. */
export const formatDate = (epochMs: number, locale: Locale): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(epochMs));

/** The time of an instant (epoch ms) in the reader's time zone: when a draft was saved. */
export const formatTime = (epochMs: number, locale: Locale): string =>
  new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(epochMs));

/** Today (UTC), as the server counts days: what a date field may not go before, whether a day is still ahead. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
