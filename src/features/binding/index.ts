/** The binding slice's public entry. */
export { bindingRoutes } from './routes';
