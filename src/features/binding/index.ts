/** binding/bind: a survey macro bound to its campaign and page. Others need only its routes. */
export { bindingRoutes } from './routes';
