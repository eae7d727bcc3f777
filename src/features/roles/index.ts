/** The roles slice's public entry. */
export { rolesRoutes } from './routes';
