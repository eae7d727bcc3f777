/** The supplier model, as other slices use it: its head and a version with its bands (campaigns freeze one). */
export { supplierHeadOf, supplierModelRoutes, supplierModelVersionOf } from './routes';
