/** A buyer's reminder to customers of their portfolio: who may be reminded, and how often. Pure. */
import { invitedPeople, portfolioPeople, type Campaign } from '../campaigns';
import { scheduleOf } from './banner';

/** How many people one reminder may name: one storage transaction (25 operations) checks the campaign and writes
 * one log per person. */
export const MAX_REMINDED = 24;

/** What the app keeps of the reminders one person received in one campaign (it outlives their answer). */
export interface ReminderLog {
  count: number;
  last?: { by: string; at: number };
  revision: number;
}

export type RemindRefusal =
  | { refusal: 'not-on-a-page' }
  | { refusal: 'not-in-portfolio'; accountIds: string[] }
  | { refusal: 'cap-reached'; accountIds: string[]; cap: number };

export interface RemindPlan {
  /** Per person: the log to write, conditioned on the revision read (0: none yet). */
  logs: { accountId: string; log: ReminderLog; baseRevision: number }[];
}

/**
 * For a campaign the policy let the caller remind in (open, caller on its team). Refused as a whole, nothing written,
 * when its survey is on no page, anyone named is not an invited person of the caller's portfolio, or anyone has had
 * the campaign's number of reminders. The cap
 * counts reminders sent, never answers: in an anonymous campaign it must not tell who has answered.
 */
export function planRemind(
  campaign: Campaign,
  buyerAccountId: string,
  people: readonly string[],
  logs: ReadonlyMap<string, ReminderLog>,
  now: number,
): RemindRefusal | RemindPlan {
  // Open, and the caller on its team: the campaign policy ('remind') decided that on the same read.
  // Nobody could see the banner's link nor answer yet: a reminder would only use up the cap.
  if (!campaign.binding) return { refusal: 'not-on-a-page' };
  const invited = new Set(invitedPeople(campaign));
  const portfolio = new Set(portfolioPeople(campaign, buyerAccountId).filter((p) => invited.has(p)));
  const outside = people.filter((p) => !portfolio.has(p));
  if (outside.length > 0) return { refusal: 'not-in-portfolio', accountIds: outside };
  const { cap } = scheduleOf(campaign);
  const full = people.filter((p) => (logs.get(p)?.count ?? 0) >= cap);
  if (full.length > 0) return { refusal: 'cap-reached', accountIds: full, cap };
  return {
    logs: people.map((accountId) => {
      const before = logs.get(accountId);
      return {
        accountId,
        baseRevision: before?.revision ?? 0,
        log: {
          count: (before?.count ?? 0) + 1,
          last: { by: buyerAccountId, at: now },
          revision: (before?.revision ?? 0) + 1,
        },
      };
    }),
  };
}

export const isRemindRefusal = (plan: RemindRefusal | RemindPlan): plan is RemindRefusal => 'refusal' in plan;
