// The host page's side of the Forge bridge: every Custom UI frame's `__bridge.callBridge(name, payload)` lands
// here (frames are same-origin, so functions such as modal `onClose` or `events.on` callbacks cross as they are).

const DATA_THEME = 'dark:dark light:light shape:shape spacing:spacing typography:typography';
const html = document.documentElement;
const state = {
  colorMode: html.getAttribute('data-color-mode') === 'dark' ? 'dark' : 'light',
  themedFrames: new Set(),
  listeners: [], // { frameId, event, callback, isPublic }
  modals: new Map(), // frameId -> { element, onClose, previousFocus }
  flags: new Map(),
};

class BridgeError extends Error {}

// The host's per-start token, rendered into this page by the server: every state-changing call carries it, so
// that no other web page can drive the host (see sandbox/server/guard.ts).
const HOST_TOKEN = document.querySelector('meta[name="forge-host-token"]')?.getAttribute('content') ?? '';

async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forge-host-token': HOST_TOKEN },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok)
    throw new BridgeError(
      (data && data.error && data.error.message) || `${response.status} ${response.statusText}`,
    );
  return { data, response };
}

function iframeOf(frameId) {
  return document.querySelector(`iframe[data-frame-id="${CSS.escape(frameId)}"]`);
}

function frameWindowOf(frameId) {
  return iframeOf(frameId)?.contentWindow ?? null;
}

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

// ---- iframe sizing (Forge resizes Custom UI frames to their content) ------------------------------------------

function autoSize(iframe) {
  let scheduled = false;
  const fit = () => {
    scheduled = false;
    try {
      const doc = iframe.contentDocument;
      if (!doc || !doc.body) return;
      // The content's height, not the viewport's: apps often give html/body a 100% height.
      let height = 0;
      for (const child of doc.body.children) {
        const rect = child.getBoundingClientRect();
        height = Math.max(height, rect.bottom + doc.documentElement.scrollTop);
      }
      const style = doc.defaultView.getComputedStyle(doc.body);
      height += parseFloat(style.marginBottom) || 0;
      // Content that overflows (absolutely positioned footers...) shows in scrollHeight, which never shrinks.
      const root = doc.documentElement;
      if (root.scrollHeight > root.clientHeight + 1) height = Math.max(height, root.scrollHeight);
      if (height > 0) iframe.style.height = `${Math.ceil(Math.min(height, 6000))}px`;
    } catch {
      /* cross-origin: never the case here */
    }
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(fit);
    }
  };
  const watch = () => {
    const doc = iframe.contentDocument;
    if (!doc || !doc.body) return;
    schedule();
    new MutationObserver(schedule).observe(doc.body, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    const resize = new ResizeObserver(schedule);
    resize.observe(doc.body);
    for (const child of doc.body.children) resize.observe(child);
    doc.defaultView.addEventListener('resize', schedule);
  };
  iframe.addEventListener('load', watch);
  if (
    iframe.contentDocument &&
    iframe.contentDocument.readyState === 'complete' &&
    iframe.contentDocument.URL !== 'about:blank'
  )
    watch();
}

// ---- flags ---------------------------------------------------------------------------------------------------

const FLAG_ICONS = { success: '✓', info: 'i', warning: '!', error: '×' };

function showFlag(options) {
  const root = document.getElementById('flags');
  closeFlag({ id: options.id });
  const flag = document.createElement('div');
  const type = FLAG_ICONS[options.type] ? options.type : 'info';
  flag.className = `flag flag-${type}`;
  flag.setAttribute('role', type === 'error' || type === 'warning' ? 'alert' : 'status');
  flag.dataset.flagId = String(options.id);
  const icon = document.createElement('span');
  icon.className = 'flag-icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = FLAG_ICONS[type];
  const body = document.createElement('div');
  body.className = 'flag-body';
  if (options.title) {
    const title = document.createElement('p');
    title.className = 'flag-title';
    title.textContent = String(options.title);
    body.appendChild(title);
  }
  if (options.description) {
    const description = document.createElement('p');
    description.textContent = String(options.description);
    body.appendChild(description);
  }
  const actions = document.createElement('div');
  actions.className = 'flag-actions';
  for (const action of options.actions || []) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button subtle';
    button.textContent = String(action.text);
    button.addEventListener('click', () => action.onClick && action.onClick());
    actions.appendChild(button);
  }
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'button subtle';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => closeFlag({ id: options.id }));
  actions.appendChild(dismiss);
  body.appendChild(actions);
  flag.append(icon, body);
  root.appendChild(flag);
  const timer = options.isAutoDismiss ? setTimeout(() => closeFlag({ id: options.id }), 8000) : undefined;
  state.flags.set(String(options.id), { flag, timer });
  return true;
}

function closeFlag({ id }) {
  const entry = state.flags.get(String(id));
  if (!entry) return true;
  clearTimeout(entry.timer);
  entry.flag.remove();
  state.flags.delete(String(id));
  return true;
}

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
  if (iframe) iframe.src = iframe.src;
}

// ---- navigation ----------------------------------------------------------------------------------------------

function urlOf(location) {
  if (location.url) return location.url;
  if (location.target === 'contentView' || location.target === 'contentEdit') {
    return `/?page=${encodeURIComponent(location.contentId)}`;
  }
  return undefined;
}

function navigate(location) {
  const url = urlOf(location);
  if (!url) {
    showFlag({
      id: `nav-${Date.now()}`,
      type: 'info',
      title: 'Navigation',
      description: `Not emulated: ${JSON.stringify(location)}`,
      isAutoDismiss: true,
    });
    return true;
  }
  const target = new URL(url, window.location.href);
  if (location.type === 'new-tab') {
    window.open(target.href, '_blank', 'noopener');
  } else if (target.origin === window.location.origin) {
    window.location.assign(target.href);
  } else {
    // Leaving the demo site would lose its state: open the outside page next to it instead.
    window.open(target.href, '_blank', 'noopener');
  }
  return true;
}

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

// ---- the Jira sandbox's board (view=jira) ----------------------------------------------------------------------

const FAULT_REQUESTS = {
  'rate-limit': { kind: 'rate-limit', retryAfterSeconds: 2 },
  unavailable: { kind: 'unavailable', retryAfterSeconds: 5 },
  timeout: { kind: 'timeout-after-effect', target: 'create' },
};
const FAULT_WORDS = {
  'rate-limit': (f) => `429 with Retry-After ${f.retryAfterSeconds} s`,
  unavailable: (f) => `503 with Retry-After ${f.retryAfterSeconds} s`,
  'server-error': () => '500',
  'timeout-after-effect': () => 'timeout after effect',
};

function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') node.textContent = value;
    else if (name === 'className') node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function initJiraPanel(board) {
  const status = document.getElementById('jira-status');
  const connected = document.getElementById('jira-connected');
  const twice = document.getElementById('jira-twice');
  const order = document.getElementById('jira-order');
  const hold = document.getElementById('jira-hold');
  const release = document.getElementById('jira-release');
  let current = null;
  const say = (text) => {
    status.textContent = text;
  };

  function faultSummary(state) {
    if (state.faults.length === 0) return '';
    return ` Scheduled faults: ${state.faults
      .map((f) => `${FAULT_WORDS[f.kind](f)} on the next ${f.remaining} ${f.path ? 'matching ' : ''}call(s)`)
      .join('; ')}.`;
  }

  function card(issue, statuses) {
    const titleId = `jira-card-${issue.key}`;
    const meta = [
      element('span', { className: 'jira-key', text: issue.key }),
      document.createTextNode(` · ${issue.issueType}`),
    ];
    const details = element('dl', { className: 'jira-card-details' }, [
      element('dt', { text: 'Assignee' }),
      element('dd', { text: issue.assigneeName ?? 'Unassigned' }),
      element('dt', { text: 'Due' }),
      element('dd', { text: issue.duedate ?? 'None' }),
    ]);
    const moves = element('div', { className: 'button-row' });
    for (const target of statuses) {
      if (target.name === issue.status) continue;
      const button = element('button', { type: 'button', className: 'button subtle small' }, [
        document.createTextNode('Move '),
        element('span', { className: 'visually-hidden', text: `${issue.key} ` }),
        document.createTextNode(`to ${target.name}`),
      ]);
      button.addEventListener('click', () => move(issue.key, target.name));
      moves.append(button);
    }
    // The issue view, with the app's issue panel (the persona, theme and locale travel in the host's cookies).
    const view = element('a', { href: `?view=jira&issue=${encodeURIComponent(issue.key)}` }, [
      document.createTextNode('View '),
      element('span', { className: 'visually-hidden', text: `${issue.key} ` }),
      document.createTextNode('issue'),
    ]);
    meta.push(document.createTextNode(' · '), view);
    return element('li', { className: 'jira-card', 'data-card': issue.key }, [
      element('p', { className: 'jira-card-meta' }, meta),
      element('p', { className: 'jira-card-summary', id: titleId, text: issue.summary }),
      details,
      moves,
    ]);
  }

  function renderBoard(state) {
    const columns = element('div', { className: 'jira-columns' });
    for (const column of state.statuses) {
      const issues = state.issues.filter((issue) => issue.status === column.name);
      const headingId = `jira-column-${column.category}`;
      const list = element('ul', { className: 'jira-cards', 'aria-labelledby': headingId });
      for (const issue of issues) list.append(card(issue, state.statuses));
      columns.append(
        element(
          'section',
          { className: `jira-column jira-${column.category}`, 'aria-labelledby': headingId },
          [
            element('h3', { id: headingId, className: 'jira-column-heading' }, [
              document.createTextNode(column.name),
              element('span', { className: 'jira-count', text: ` (${issues.length})` }),
            ]),
            issues.length > 0 ? list : element('p', { className: 'muted', text: 'No issues' }),
          ],
        ),
      );
    }
    const parts = [columns];
    if (state.issues.length === 0)
      parts.unshift(
        element('p', {
          className: 'muted',
          text: `No issues in ${state.project.key} yet: the app creates them from an improvement plan.`,
        }),
      );
    if (!state.connected)
      parts.unshift(
        element('p', {
          className: 'jira-warning',
          text: 'Jira is not connected: every Jira call of the app answers 404.',
        }),
      );
    board.replaceChildren(...parts);
  }

  function render(state, focusKey) {
    current = state;
    connected.checked = state.connected;
    twice.checked = (state.delivery.copies ?? 1) > 1;
    order.value = state.delivery.order ?? 'as-given';
    hold.setAttribute('aria-pressed', String(state.holdingEvents));
    release.textContent = `Release held events (${state.heldEvents})`;
    release.disabled = state.heldEvents === 0;
    renderBoard(state);
    if (focusKey) board.querySelector(`[data-card="${CSS.escape(focusKey)}"] button`)?.focus();
  }

  async function act(path, body, describe, focusKey) {
    try {
      const { data } = await post(path, body);
      render(data, focusKey);
      say(`${describe(data)}${faultSummary(data)}`);
    } catch (error) {
      say(`That did not work: ${error.message}`);
    }
  }

  const deliveriesOf = (data) => {
    const n = (data.deliveries ?? []).length;
    return n === 0
      ? 'no delivery (no trigger, or events held)'
      : `${n} deliver${n === 1 ? 'y' : 'ies'} to the app's triggers`;
  };

  function move(key, statusName) {
    return act(
      '/__host/jira/transition',
      { key, status: statusName },
      (data) => `${key} moved to ${statusName} by ${data.by}: ${deliveriesOf(data)}.`,
      key,
    );
  }

  connected.addEventListener('change', () =>
    act('/__host/jira/connection', { connected: connected.checked }, (data) =>
      data.connected ? 'Jira connected.' : 'Jira not connected: calls answer 404.',
    ),
  );
  const setDelivery = () =>
    act(
      '/__host/jira/delivery',
      { copies: twice.checked ? 2 : 1, order: order.value },
      (data) =>
        `Events are delivered ${data.delivery.copies > 1 ? 'twice' : 'once'}, ${order.selectedOptions[0].textContent.toLowerCase()}.`,
    );
  twice.addEventListener('change', setDelivery);
  order.addEventListener('change', setDelivery);
  hold.addEventListener('click', () =>
    current?.holdingEvents
      ? act('/__host/jira/events/release', {}, (data) => `Stopped holding: ${deliveriesOf(data)}.`)
      : act('/__host/jira/events/hold', {}, () => 'Events are held until you release them.'),
  );
  release.addEventListener('click', () =>
    act('/__host/jira/events/release', {}, (data) => `Released: ${deliveriesOf(data)}.`),
  );
  for (const button of document.querySelectorAll('[data-jira-fault]')) {
    button.addEventListener('click', () =>
      act(
        '/__host/jira/faults',
        FAULT_REQUESTS[button.getAttribute('data-jira-fault')],
        () => 'Fault scheduled.',
      ),
    );
  }
  document
    .getElementById('jira-clear-faults')
    .addEventListener('click', () => act('/__host/jira/faults/clear', {}, () => 'No fault scheduled.'));

  fetch('/__host/jira', { credentials: 'same-origin' })
    .then((response) => response.json())
    .then((state) => render(state))
    .catch((error) => say(`The board could not load: ${error.message}`));
}

const jiraBoard = document.querySelector('[data-jira-board]');
if (jiraBoard) initJiraPanel(jiraBoard);
