/** Numbers of a report in the reader's language (shared with the plan's views, so they read the same). */
export { formatDelta, formatIndex, formatMean, formatPercent } from '../../components/number-format';
