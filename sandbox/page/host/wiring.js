// ---- page wiring --------------------------------------------------------------------------------------------

for (const iframe of document.querySelectorAll('iframe.forge-frame')) autoSize(iframe);
new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) {
      if (node instanceof HTMLElement) node.querySelectorAll('iframe.forge-frame').forEach(autoSize);
    }
  }
}).observe(document.getElementById('modal-root'), { childList: true, subtree: true });

for (const button of document.querySelectorAll('[data-edit-macro]')) {
  button.addEventListener('click', () =>
    openMacroConfig(
      button.getAttribute('data-edit-macro'),
      button.getAttribute('data-config-resource'),
      button.getAttribute('data-config-title'),
    ),
  );
}

const form = document.querySelector('form.switches');
const themeSelect = document.getElementById('theme-switcher');
const applyButton = document.getElementById('apply-switches');
if (applyButton) applyButton.hidden = true;

themeSelect?.addEventListener('change', async () => {
  // The theme switches live, like Atlassian's: frames that enabled theming follow without a reload.
  setColorMode(themeSelect.value);
  await post('/__host/theme', { value: state.colorMode }).catch(() => undefined);
  const url = new URL(window.location.href);
  url.searchParams.set('theme', state.colorMode);
  history.replaceState(null, '', url);
});
for (const id of ['persona-switcher', 'locale-switcher']) {
  // Another person or language is another session: reload, so every frame gets the new context.
  document.getElementById(id)?.addEventListener('change', () => form.requestSubmit());
}
