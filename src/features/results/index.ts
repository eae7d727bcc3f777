/** The results slice as other slices use it: its routes, the settled snapshot and the figures a reader may see. */
export { resultsRoutes } from './routes';
export { resultsFor } from './routes';
export { buildResults, isSettled, settledSnapshot } from './build';
export { thresholdsOf } from './policy';
