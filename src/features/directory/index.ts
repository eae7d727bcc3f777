/** The directory slice's public entry. */
export { directoryRoutes } from './routes';
