/** The team's follow-up of the plan and its review snapshots. Others need only its routes. */
export { followUpRoutes } from './routes';
