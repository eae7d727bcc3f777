/** The supplier register: list, read, save and import suppliers. */
export { suppliersRoutes } from './routes';
