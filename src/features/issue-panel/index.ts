/** The panel on an action's Jira issue. Others need only its routes. */
export { issuePanelRoutes } from './routes';
