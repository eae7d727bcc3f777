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
