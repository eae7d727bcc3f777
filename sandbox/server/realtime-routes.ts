/**
 * Forge realtime's subscribe side: `GET /__host/realtime?frame=<id>&channel=<name>[&global=1]` is a server-sent-events
 * stream of what the app publishes on that channel (sandbox/realtime.ts): the installation's global channel of that
 * name, or the one of the frame's module. The host page opens one per `realtime.subscribe`/`subscribeGlobal` of a
 * frame (page/host/realtime.js) and hands each event to the frame's callback. Only a frame the host handed out may
 * listen, and only to its own installation's channels, as on Forge.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RealtimeHub } from '../realtime';
import { HttpError } from './http';
import type { HostState } from './state';

/** A comment line now and then keeps proxies and the browser from closing a quiet stream. */
const KEEP_ALIVE_MS = 15_000;
const CHANNEL_NAME = /^[A-Za-z0-9:_.-]{1,255}$/;

export function createRealtimeRoutes(options: {
  state: HostState;
  hub: RealtimeHub;
  installationId: string;
}) {
  const { state, hub, installationId } = options;

  return function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<false | void> {
    if (req.method !== 'GET' || url.pathname !== '/__host/realtime') return Promise.resolve(false);
    const frame = state.frame(url.searchParams.get('frame') ?? '');
    if (!frame) throw new HttpError(404, 'unknown frame: reload the page');
    const channel = url.searchParams.get('channel') ?? '';
    if (!CHANNEL_NAME.test(channel))
      throw new HttpError(400, 'a realtime channel name is 1 to 255 of A-Z a-z 0-9 : _ . -');
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    // The first line tells the page the subscription holds (EventSource's `open`).
    res.write(': subscribed\n\n');
    const context = url.searchParams.get('global') === '1' ? 'global' : { moduleKey: frame.moduleKey };
    const unsubscribe = hub.subscribe({ installationId, context }, channel, (event) => {
      res.write(`id: ${event.eventId}\ndata: ${JSON.stringify({ payload: event.payload })}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    keepAlive.unref();
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
    return Promise.resolve();
  };
}
