/** The followup slice's public entry. */
export { followUpRoutes } from './routes';
