/** The survey slice's public entry. */
export { surveyRoutes } from './routes';
