/** Answers a buyer enters for a customer of their portfolio. Others need only its routes. */
export { proxyRoutes } from './routes';
