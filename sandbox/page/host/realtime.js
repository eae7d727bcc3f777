// ---- realtime -----------------------------------------------------------------------------------------------
// `@forge/bridge`'s `realtime.subscribe(channel, onEvent)` and `subscribeGlobal`: one server-sent-events stream of
// the host per subscription (GET /__host/realtime, scoped to the frame's installation, to the frame's module unless
// global, and to the channel). It resolves once the stream holds, as Forge's does, with the `unsubscribe()` that
// closes it; a frame reloaded or closed drops its own.

const realtimeStreams = new Map(); // frameId -> Set<EventSource>

function closeRealtimeOf(frameId) {
  for (const source of realtimeStreams.get(frameId) ?? []) source.close();
  realtimeStreams.delete(frameId);
}

function subscribeRealtime(frameId, { channelName, onEvent, isGlobal }) {
  if (typeof onEvent !== 'function')
    return Promise.reject(new BridgeError('realtime.subscribe needs a callback.'));
  return new Promise((resolve, reject) => {
    const scope = isGlobal ? '&global=1' : '';
    const query = `frame=${encodeURIComponent(frameId)}&channel=${encodeURIComponent(channelName)}${scope}`;
    const source = new EventSource(`/__host/realtime?${query}`);
    const streams = realtimeStreams.get(frameId) ?? new Set();
    realtimeStreams.set(frameId, streams);
    streams.add(source);
    const unsubscribe = () => {
      source.close();
      streams.delete(source);
    };
    let opened = false;
    source.addEventListener('open', () => {
      opened = true;
      resolve({ unsubscribe });
    });
    source.addEventListener('error', () => {
      if (opened) return; // EventSource reconnects on its own
      unsubscribe();
      reject(new BridgeError(`Unable to subscribe to the realtime channel "${channelName}".`));
    });
    source.addEventListener('message', (message) => {
      try {
        onEvent(JSON.parse(message.data).payload);
      } catch (error) {
        console.error('[forge host] realtime callback failed', error);
      }
    });
  });
}
