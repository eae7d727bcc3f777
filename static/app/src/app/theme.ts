/**
 * Theming: ask the host to apply the user's theme (`view.theme.enable()` → bridge `enableTheming`). The host sets
 * `data-color-mode` / `data-theme` on <html> and provides the design-token CSS variables, and keeps them in sync when
 * the user switches theme. Every colour and space in the app is a `token(...)`, i.e. `var(--ds-…, <light fallback>)`,
 * so without a host theme the app still renders in the light palette.
 */
import { view } from '@forge/bridge';

export async function enableTheme(): Promise<boolean> {
  try {
    await view.theme.enable();
    return true;
  } catch {
    return false;
  }
}
