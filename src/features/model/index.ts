/** The model slice's public entry. */
export { modelRoutes } from './routes';
