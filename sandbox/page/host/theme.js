// ---- theming -------------------------------------------------------------------------------------------------

function applyTheme(doc) {
  if (!doc || !doc.documentElement) return;
  const root = doc.documentElement;
  root.setAttribute('data-color-mode', state.colorMode);
  root.setAttribute('data-theme', DATA_THEME);
  if (!doc.querySelector('link[data-forge-host-tokens]')) {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/__host/tokens.css';
    link.setAttribute('data-forge-host-tokens', '');
    (doc.head || root).appendChild(link);
  }
}

function setColorMode(mode) {
  state.colorMode = mode === 'dark' ? 'dark' : 'light';
  html.setAttribute('data-color-mode', state.colorMode);
  for (const frameId of state.themedFrames) {
    const win = frameWindowOf(frameId);
    if (win) applyTheme(win.document);
  }
}
