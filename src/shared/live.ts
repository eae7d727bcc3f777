/**
 * The realtime channel of a campaign's plan: the functions publish on it when Jira's truth changed an action, and
 * the open plan, follow-up, commitments and issue-panel views subscribe to it. Any frame of the app may subscribe to
 * any channel name, so what goes on it is a hint that tells nothing: the view re-reads through its own resolver,
 * where the reader's access rules apply.
 */
export const liveChannelOf = (campaignId: string): string => `plan-changed:${campaignId}`;

/** A hint's whole payload: which campaign to re-read, and when the change was applied (ms since the epoch). */
export type LiveHint = { campaignId: string; at: number };
