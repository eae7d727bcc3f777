/** The evaluation model and its versions. Others need only its routes. */
export { modelRoutes } from './routes';
