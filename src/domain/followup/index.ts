/** The followup slice's rules, as the rest of the app uses them. */
export * from './follow-up';
