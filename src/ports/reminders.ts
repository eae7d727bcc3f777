/** What the page banner and the buyers' reminders keep: pending invitations, dismissals, reminder logs. */
import type { PendingItem, PendingKind, ReminderLog, RemindPlan } from '../domain/reminders';
import type { WriteOutcome } from './storage';

export interface PersonPending {
  items: PendingItem[];
  dismissedAt?: number;
}

export interface ReminderStore {
  /** One round trip: the person's pending invitations and their last dismissal of the banner. */
  ofPerson(accountId: string): Promise<PersonPending>;
  /** Records an unanswered invitation (a survey by default) per person (one round trip per 25 people). */
  invite(campaignId: string, accountIds: readonly string[], kind?: PendingKind): Promise<void>;
  /** Removes these people's invitations to the campaign (one round trip per 25 people). */
  forget(campaignId: string, accountIds: readonly string[], kind?: PendingKind): Promise<void>;
  /** Removes every invitation of a campaign, of both kinds (at its close, and at its weighing's close). */
  purge(campaignId: string): Promise<void>;
  dismiss(accountId: string, at: number): Promise<void>;
  /** One round trip per 25 people: the reminders each received in the campaign. */
  logs(campaignId: string, accountIds: readonly string[]): Promise<Map<string, ReminderLog>>;
  /** Every reminder log of a campaign (participation view). */
  logsOf(campaignId: string): Promise<Map<string, ReminderLog>>;
  /** One transaction: every log at the revision read while the campaign is open, or nothing. */
  remind(campaignId: string, plan: RemindPlan): Promise<WriteOutcome>;
}
