/** commitments/get: what customers read of the plan; the home feed counts commitments the same way. */
export { commitmentsRoutes, commitmentProgress, commitmentViews } from './routes';
