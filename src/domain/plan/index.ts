/** The plan slice's rules, as the rest of the app uses them. */
export * from './action';
export * from './creation';
export * from './jira-issue';
export * from './suggestions';
