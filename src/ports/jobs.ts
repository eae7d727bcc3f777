/** Work the plan leaves to the queue consumer (`@forge/events`), as the app. */
export interface PlanJob {
  kind: 'link';
  campaignId: string;
  /** At most 50 actions a job; each carries the page its remote link points to (`jira.linkTo`). */
  actionIds: string[];
}

export interface JobQueue {
  /** At most 50 jobs a push (Forge's limit). */
  push(jobs: readonly PlanJob[]): Promise<void>;
}
