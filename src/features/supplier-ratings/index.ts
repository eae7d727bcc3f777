/** The survey's "Suppliers you use" step: the caller's own supplier ratings, the picker, the save. */
export { supplierRatingsRoutes } from './routes';
