/** commitments/get: what customers read of the plan. Others need only its routes. */
export { commitmentsRoutes } from './routes';
