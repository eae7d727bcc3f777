/** Tables of the app (reports, plans): Atlaskit spacing and borders, numbers right-aligned in tabular figures. */
import { token } from '@atlaskit/tokens';
import './table.css';

/** The class of the app's tables whose words stay whole (./table.css); their region scrolls sideways instead. */
export const tableClass = 'app-table';
/** The region around such a table: it scrolls sideways on a narrow screen, the page does not. */
/** Scrolls sideways inside its own width (a narrow frame), rather than being cut by the card around it. */
export const tableRegion = { overflowX: 'auto' as const, maxWidth: '100%', width: '100%' };

export const tableStyle = { borderCollapse: 'collapse' as const, width: '100%' };
export const cell = {
  padding: `${token('space.075')} ${token('space.100')}`,
  textAlign: 'start' as const,
  verticalAlign: 'top' as const,
};
export const headerCell = { ...cell, color: token('color.text.subtle'), font: token('font.heading.xxsmall') };
export const numeric = {
  ...cell,
  textAlign: 'end' as const,
  fontVariantNumeric: 'tabular-nums' as const,
  whiteSpace: 'nowrap' as const,
};
export const hiddenCell = { ...numeric, fontStyle: 'italic' as const, color: token('color.text.subtle') };
export const rowBorder = { borderBottom: `${token('border.width')} solid ${token('color.border')}` };
/** A table's caption names it for assistive technology and sits under the section's heading, in a smaller size. */
export const captionStyle = {
  textAlign: 'start' as const,
  paddingBottom: token('space.100'),
  font: token('font.heading.xxsmall'),
  color: token('color.text.subtle'),
};
