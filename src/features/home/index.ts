/** The home feed (confluence:homepageFeed). Others need only its routes. */
export { homeRoutes } from './routes';
