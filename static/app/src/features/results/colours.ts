/**
 * The 4-level scale's colours, from Atlaskit's chart tokens (they follow the light and dark themes): red and orange for
 * the dissatisfied side, lime and green for the satisfied one, the outer levels darker. Used by the bars and their legend.
 */
import { token } from '@atlaskit/tokens';

export const LEVEL_COLOURS = [
  token('color.chart.red.boldest'),
  token('color.chart.orange.bold'),
  token('color.chart.lime.bold'),
  token('color.chart.green.boldest'),
] as const;
