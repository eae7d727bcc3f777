/** The proxy slice's public entry. */
export { proxyRoutes } from './routes';
