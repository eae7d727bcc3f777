/** The commitments slice's public entry. */
export { commitmentsRoutes } from './routes';
