/** People search and look-ups (Confluence users). Others need only its routes. */
export { directoryRoutes } from './routes';
