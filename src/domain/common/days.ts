/** Calendar days as the app compares them. */
/**
 * The calendar day (UTC) of an instant, YYYY-MM-DD: how `opensOn`/`closesOn` are compared, and the finest time an
 * anonymous answer keeps.
 */
export const dayOf = (epochMs: number): string => new Date(epochMs).toISOString().slice(0, 10);

/**
 * A day that exists on the calendar, YYYY-MM-DD from year 1: what a date picker can produce. `2026-02-30`,
 * `2026-13-45` and `0000-00-00` are not days (Jira refuses them too), and a closing day that never comes would
 * leave a weighing open forever.
 */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DAY_MS = 24 * 3600 * 1000;

/** The first instant (UTC) of a day. */
export const dayStart = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** The day `n` days after `day` (before it when negative). */
export const addDays = (day: string, n: number): string =>
  new Date(dayStart(day) + n * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((dayStart(to) - dayStart(from)) / DAY_MS);
