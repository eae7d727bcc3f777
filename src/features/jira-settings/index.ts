/** The jira-settings slice's public entry. */
export { jiraSettingsRoutes } from './routes';
