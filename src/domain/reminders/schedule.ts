/**
 * When the page banner may remind a person of a campaign: on its reminder days, or after a buyer asked them.
 * Pure data and functions: no I/O, no Forge import.
 */
import type { ReminderSchedule } from '../campaigns';
import { addDays } from '../common';

export type { ReminderSchedule };

/** DOMAIN's default: the opening day, a week later, and two days before the close; three reminders by buyers. */
export const DEFAULT_SCHEDULE: ReminderSchedule = { afterOpening: [0, 7], beforeClose: [2], cap: 3 };

/** The campaign's reminder days that fall inside its open window, sorted. */
export function reminderDays(
  schedule: ReminderSchedule,
  window: { opensOn: string; closesOn: string },
): string[] {
  const days = [
    ...schedule.afterOpening.map((n) => addDays(window.opensOn, n)),
    ...schedule.beforeClose.map((n) => addDays(window.closesOn, -n)),
  ].filter((day) => day >= window.opensOn && day <= window.closesOn);
  return [...new Set(days)].sort();
}

/** The latest reminder day on or before `today`, if any. */
export function latestReminderDay(days: readonly string[], today: string): string | undefined {
  return [...days].reverse().find((day) => day <= today);
}
