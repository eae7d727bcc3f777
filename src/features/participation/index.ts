/** Who answered, per department and portfolio. Others need only its routes. */
export { participationRoutes } from './routes';
