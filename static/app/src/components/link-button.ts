/**
 * A button that reads as a link (a campaign's name that opens it, a page a feed item goes to): the app navigates
 * through the bridge's router, so it is a button, styled with the link colour, flush with the text around it.
 */
import { token } from '@atlaskit/tokens';

export const linkButton = {
  appearance: 'none',
  background: 'none',
  border: 'none',
  padding: 0,
  font: token('font.body'),
  fontWeight: token('font.weight.medium'),
  color: token('color.link'),
  cursor: 'pointer',
  textAlign: 'start',
} as const;
