/** App roles, the first admin's bootstrap and the caller's access. Others need only its routes. */
export { rolesRoutes } from './routes';
