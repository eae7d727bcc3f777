/** The follow-up as a join of Jira observations: any order and any duplicate give the same state. */
export * from './follow-up';
