/** The plan slice as other slices use it: its routes, the plan view and how an action reads. */
export { planRoutes } from './routes';
export { fullPlanView } from './plan-view';
export { actionViewOf, inDraftOrder, jiraStatusOf, progressOf } from './views';
export { jiraRefusal } from './actions';
export { linkToOf } from './create-issues';
export { linkGlobalId, runPlanJob } from './jobs';
export { onIssueUpdated, reconcilePlans } from './sync';
