// ---- the bridge ---------------------------------------------------------------------------------------------

function subscribe(frameId, { event, callback }, isPublic) {
  const listener = { frameId, event, callback, isPublic };
  state.listeners.push(listener);
  return { unsubscribe: () => (state.listeners = state.listeners.filter((l) => l !== listener)) };
}

function emit(frameId, { event, payload }, isPublic) {
  for (const listener of state.listeners) {
    if (listener.event !== event || listener.isPublic !== isPublic || listener.frameId === frameId) continue;
    try {
      listener.callback(payload);
    } catch (error) {
      console.error('[forge host] event listener failed', error);
    }
  }
}

const commands = {
  async getContext(frameId) {
    const response = await fetch(`/__host/context?frame=${encodeURIComponent(frameId)}`, {
      credentials: 'same-origin',
    });
    if (!response.ok) throw new BridgeError('Unable to get the context of this frame.');
    return response.json();
  },
  async invoke(frameId, { functionKey, payload, metadata }) {
    const { data } = await post('/__host/invoke', { frame: frameId, functionKey, payload });
    return metadata ? { body: data, metadata: {} } : data;
  },
  async fetchProduct(frameId, { product, restPath, fetchRequestInit }) {
    const { data } = await post('/__host/product', { frame: frameId, product, restPath, fetchRequestInit });
    return data;
  },
  async submit(frameId, payload) {
    const { data } = await post('/__host/submit', { frame: frameId, payload });
    if (!data.submitted) return false;
    const localId = data.macro.localId;
    closeModal(frameId, undefined);
    reloadFrame(`macro-${localId}`);
    showFlag({ id: `saved-${localId}`, type: 'success', title: 'Macro settings saved', isAutoDismiss: true });
    return true;
  },
  close(frameId, payload) {
    return closeModal(frameId, payload);
  },
  onClose() {
    return true;
  },
  open() {
    return false;
  },
  refresh(frameId) {
    reloadFrame(frameId);
    return true;
  },
  navigate(_frameId, location) {
    return navigate(location);
  },
  getUrl(_frameId, location) {
    const url = urlOf(location);
    return url ? new URL(url, window.location.href).href : undefined;
  },
  reload() {
    window.location.reload();
  },
  showFlag(_frameId, options) {
    return showFlag(options);
  },
  closeFlag(_frameId, options) {
    return closeFlag(options);
  },
  async openModal(frameId, options) {
    const { data } = await post('/__host/frames', {
      frame: frameId,
      resource: options.resource ?? null,
      context: options.context ?? {},
    });
    openDialog({ ...options, frameId: data.frameId, resourceKey: data.resourceKey });
    return true;
  },
  on(frameId, payload) {
    return subscribe(frameId, payload, false);
  },
  onPublic(frameId, payload) {
    return subscribe(frameId, payload, true);
  },
  emit(frameId, payload) {
    emit(frameId, payload, false);
  },
  emitPublic(frameId, payload) {
    emit(frameId, payload, true);
  },
  subscribeRealtimeChannel(frameId, payload) {
    return subscribeRealtime(frameId, payload);
  },
  enableTheming(frameId, _payload, frameWindow) {
    state.themedFrames.add(frameId);
    applyTheme(frameWindow ? frameWindow.document : frameWindowOf(frameId)?.document);
  },
  changeWindowTitle() {
    return true;
  },
  emitReadyEvent() {
    return true;
  },
};

window.__host = {
  /** Called by `/__host/bridge.js` inside each frame. */
  call(frameId, name, payload, frameWindow) {
    const command = commands[name];
    if (!command)
      return Promise.reject(
        new Error(`The local Forge host does not implement the bridge command "${name}".`),
      );
    try {
      return Promise.resolve(command(frameId, payload, frameWindow));
    } catch (error) {
      return Promise.reject(error);
    }
  },
  setColorMode,
  state,
};
