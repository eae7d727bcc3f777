// ---- dialogs: macro config panel and app modals ----------------------------------------------------------------

function openDialog({
  frameId,
  resourceKey,
  title,
  size,
  onClose,
  closeOnEscape = true,
  closeOnOverlayClick = true,
}) {
  const root = document.getElementById('modal-root');
  const overlay = document.createElement('div');
  overlay.className = 'overlay';
  const dialog = document.createElement('div');
  dialog.className = `dialog dialog-${typeof size === 'string' ? size : 'custom'}`;
  if (size && typeof size === 'object') {
    dialog.style.width = size.width;
    if (size.height) dialog.style.height = size.height;
  }
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  const headingId = `dialog-title-${frameId}`;
  dialog.setAttribute('aria-labelledby', headingId);
  const header = document.createElement('div');
  header.className = 'dialog-header';
  const heading = document.createElement('h2');
  heading.id = headingId;
  heading.textContent = title || 'App';
  const closeButton = document.createElement('button');
  closeButton.type = 'button';
  closeButton.className = 'button subtle';
  closeButton.textContent = 'Close';
  closeButton.addEventListener('click', () => closeModal(frameId, undefined));
  header.append(heading, closeButton);
  const iframe = document.createElement('iframe');
  iframe.className = 'forge-frame dialog-frame';
  iframe.dataset.frameId = frameId;
  iframe.title = title || 'App dialog';
  iframe.src = `/app/${encodeURIComponent(resourceKey)}/${encodeURIComponent(frameId)}/index.html`;
  dialog.append(header, iframe);
  overlay.appendChild(dialog);
  root.appendChild(overlay);
  if (closeOnOverlayClick)
    overlay.addEventListener('click', (event) => event.target === overlay && closeModal(frameId, undefined));
  const onKey = (event) => closeOnEscape && event.key === 'Escape' && closeModal(frameId, undefined);
  document.addEventListener('keydown', onKey);
  state.modals.set(frameId, { element: overlay, onClose, onKey, previousFocus: document.activeElement });
  closeButton.focus();
}

function closeModal(frameId, payload) {
  const modal = state.modals.get(frameId);
  if (!modal) return false;
  state.modals.delete(frameId);
  document.removeEventListener('keydown', modal.onKey);
  state.themedFrames.delete(frameId);
  state.listeners = state.listeners.filter((l) => l.frameId !== frameId);
  closeRealtimeOf(frameId);
  modal.element.remove();
  if (modal.previousFocus && modal.previousFocus.focus) modal.previousFocus.focus();
  try {
    if (typeof modal.onClose === 'function') modal.onClose(payload);
  } catch (error) {
    console.error('[forge host] modal onClose failed', error);
  }
  return true;
}

function openMacroConfig(localId, resourceKey, title) {
  openDialog({
    frameId: `config-${localId}`,
    resourceKey,
    title: title || 'Macro settings',
    size: 'medium',
  });
}

function reloadFrame(frameId) {
  const iframe = iframeOf(frameId);
  closeRealtimeOf(frameId);
  if (iframe) iframe.src = iframe.src;
}
