/** Improvement actions: their rules, where to act, the Jira issue's text and batches, and issue creation. */
export * from './action';
export * from './creation';
export * from './jira-issue';
export * from './suggestions';
export * from './notices';
export * from './notice-text';
