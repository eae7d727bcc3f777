/**
 * Escape in a dropdown inside a modal closes the dropdown, not the modal. Atlaskit's modal closes on an Escape
 * that reaches `window`, and react-select lets it go on after closing its menu: the dialog (and what was typed in
 * it) would go at once. While the menu is open, the key stops at React's root; with the menu closed, Escape is the
 * dialog's again.
 */
import { useRef, type KeyboardEvent } from 'react';

export function useMenuEscape() {
  const open = useRef(false);
  return {
    onMenuOpen: () => {
      open.current = true;
    },
    onMenuClose: () => {
      open.current = false;
    },
    // Called before react-select handles the key (and closes the menu).
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.key === 'Escape' && open.current) event.nativeEvent.stopPropagation();
    },
  };
}
