/** The customers' weighing of candidate actions, as other slices use it (the home feed: a weighing to do). */
export { closeDueRounds, weighingRoutes, weighingSecretOf, weighingSummaryOf } from './weighing';
export { weighingFactsOf, weighingToDo } from './pending';
