/** The participation slice's public entry. */
export { participationRoutes } from './routes';
