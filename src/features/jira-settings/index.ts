/** The Jira project and issue type the plans' issues go to. Others need only its routes. */
export { jiraSettingsRoutes } from './routes';
