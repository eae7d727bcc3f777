/** The customers' weighing of candidate actions, as other slices use it. */
export { closeDueRounds, weighingRoutes, weighingSecretOf, weighingSummaryOf } from './weighing';
