/** Tells the open views of a campaign's plan that Jira's truth changed one of its actions (realtime, as the app). */
export interface LiveHints {
  /**
   * One hint on the campaign's channel. Never rejects: a publish that fails (rate limit, platform error) is logged,
   * since the change is written and the views' fallback refresh will show it anyway.
   */
  changed(campaignId: string): Promise<void>;
}
