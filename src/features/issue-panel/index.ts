/** The issue-panel slice's public entry. */
export { issuePanelRoutes } from './routes';
