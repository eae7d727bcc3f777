/**
 * Due-date notices to action owners (issue 18, item 5): which actions' Jira issues get a notice, and what it says.
 * Pure rules; the scheduled job claims each notice with a conditional write before Jira is asked to send it
 * (src/features/plan/notices.ts, docs/decisions/plan.md), so that a retry or a second run cannot send it twice.
 */
import { addDays } from '../common';
import type { Action, JiraProblemKind, NoticeOutcome, NoticeRecord } from './action';

export type NoticeLocale = 'en-US' | 'fr-FR';

/** What the admin decides (admin page, Jira tab): whether notices go out, and in which language. */
export interface NoticeSettings {
  enabled: boolean;
  locale: NoticeLocale;
}

export const DEFAULT_NOTICE_SETTINGS: NoticeSettings = { enabled: true, locale: 'en-US' };

export const DAY_MS = 24 * 60 * 60 * 1000;
/** At most one notice per issue in any 7 days (a rolling week: an hourly job has no calendar week to align to). */
export const NOTICE_INTERVAL_MS = 7 * DAY_MS;
/** Due within this many days (or overdue) gets a notice. */
export const NOTICE_HORIZON_DAYS = 7;

/** Every outcome but `deferred` may have reached someone: the week's slot is used. */
export const noticeCounts = (notice: NoticeRecord | undefined): notice is NoticeRecord =>
  notice !== undefined && notice.outcome !== 'deferred';

/**
 * Whether the action's issue gets a notice now: created, read from Jira at least once (its due date and status are
 * Jira's, as folded into the follow-up), assigned (Jira refuses a notice "to the assignee" of an unassigned
 * issue), not done, due by `today + 7` (so overdue ones too), and no notice in the last 7 days.
 */
export function needsNotice(action: Action, now: number, today: string): boolean {
  if (action.jira.state !== 'created') return false;
  const current = action.followUp?.current;
  if (!current || current.statusCategory === 'done') return false;
  if (!current.assigneeAccountId || !current.dueDate) return false;
  if (current.dueDate > addDays(today, NOTICE_HORIZON_DAYS)) return false;
  const last = action.notice;
  return !noticeCounts(last) || now - last.at >= NOTICE_INTERVAL_MS;
}

/** The actions to notify this run: none when the admin turned notices off. */
export function dueForNotice(
  actions: readonly Action[],
  settings: NoticeSettings,
  now: number,
  today: string,
): Action[] {
  if (!settings.enabled) return [];
  return actions.filter((action) => needsNotice(action, now, today));
}

/** The action with its notice slot taken at `now`: the conditional write that makes the notice this run's. */
export const withNoticeClaimed = (action: Action, now: number): Action => ({
  ...action,
  notice: { at: now, outcome: 'claimed' },
});

/**
 * The claim's outcome, kept at the claim's time (the time the notice went out). A `deferred` one (nothing went
 * out) gives the slot back and puts the notice before it back, so that the plan still shows when the last one
 * went out.
 */
export function withNoticeOutcome(
  action: Action,
  claimedAt: number,
  outcome: Exclude<NoticeOutcome, 'claimed'>,
  problem?: JiraProblemKind,
  previous?: NoticeRecord,
): Action {
  // Another run's later claim is never overwritten by this run's outcome.
  if (action.notice && action.notice.at !== claimedAt) return action;
  if (outcome === 'deferred') {
    const { notice: _claim, ...rest } = action;
    return previous ? { ...rest, notice: previous } : rest;
  }
  return { ...action, notice: { at: claimedAt, outcome, ...(problem ? { problem } : {}) } };
}
