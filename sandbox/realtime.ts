/**
 * Forge realtime, emulated: `@forge/realtime`'s `publish` and `publishGlobal` (unmodified) post their GraphQL
 * `publishRealtimeChannel` mutation through `__forge_fetch__({type: 'realtime'}, '/')`; the host answers it as the
 * platform does and hands the event to the frames subscribed to that channel (sandbox/server/realtime-routes.ts,
 * which `@forge/bridge`'s `realtime.subscribe`/`subscribeGlobal` reach through the host page). As on Forge a
 * channel is always one installation's; a global one is the whole installation's, any other is one module's (Forge
 * narrows it further to the module's content or issue; here the module key is the context). Tests read what was
 * published and can make the next publishes fail (`faults.next(429)`).
 */
import { randomUUID } from 'node:crypto';

/** Where a channel lives: an installation, and `global` or the module key of the context. */
export interface ChannelScope {
  installationId: string;
  context: 'global' | { moduleKey: string };
}

export interface RealtimeEvent extends ChannelScope {
  channel: string;
  /** As published: the JSON text of the event payload. */
  payload: string;
  eventId: string;
  eventTimestamp: string;
}

export type RealtimeFault = 429 | 500 | 'proxy';

export type RealtimeListener = (event: RealtimeEvent) => void;

export interface RealtimeHub {
  /** Every event published since start (or `clear()`), in order. */
  published(): RealtimeEvent[];
  clear(): void;
  publish(scope: ChannelScope, channel: string, payload: string): RealtimeEvent;
  /** Listens to one channel; answers the unsubscribe. */
  subscribe(scope: ChannelScope, channel: string, listener: RealtimeListener): () => void;
  /** How many listeners a channel has. */
  subscribers(scope: ChannelScope, channel: string): number;
  /**
   * The next `count` publishes fail and reach nobody: 429 (Too Many Requests) and 500 as answers, `proxy` as the
   * Forge proxy's error (the SDK throws).
   */
  faults: { next(fault: RealtimeFault, count?: number): void };
  /** `__forge_fetch__`'s answer to a `{type: 'realtime'}` request of an invocation of `moduleKey`. */
  handle(invocation: { installationId: string; moduleKey?: string }, init: RequestInit | undefined): Response;
}

const STATUS_TEXT: Record<number, string> = { 429: 'Too Many Requests', 500: 'Internal Server Error' };
const graphqlError = (message: string) =>
  new Response(JSON.stringify({ data: null, errors: [{ message }] }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });

export function createRealtimeHub(): RealtimeHub {
  const listeners = new Map<string, Set<RealtimeListener>>();
  let events: RealtimeEvent[] = [];
  const failures: RealtimeFault[] = [];
  const keyOf = ({ installationId, context }: ChannelScope, channel: string) =>
    JSON.stringify([
      installationId,
      context === 'global' ? 'global' : `module:${context.moduleKey}`,
      channel,
    ]);

  const hub: RealtimeHub = {
    published: () => [...events],
    clear: () => {
      events = [];
    },
    publish(scope, channel, payload) {
      const event = {
        installationId: scope.installationId,
        context: scope.context,
        channel,
        payload,
        eventId: randomUUID(),
        eventTimestamp: new Date().toISOString(),
      };
      events.push(event);
      for (const listener of [...(listeners.get(keyOf(scope, channel)) ?? [])]) {
        try {
          listener(event);
        } catch (error) {
          console.error('[forge host] realtime listener failed', error);
        }
      }
      return event;
    },
    subscribe(scope, channel, listener) {
      const key = keyOf(scope, channel);
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(key);
      };
    },
    subscribers: (scope, channel) => listeners.get(keyOf(scope, channel))?.size ?? 0,
    faults: {
      next(fault, count = 1) {
        for (let i = 0; i < count; i += 1) failures.push(fault);
      },
    },
    handle(invocation, init) {
      const fault = failures.shift();
      if (fault === 'proxy')
        return new Response('', { status: 504, headers: { 'forge-proxy-error': 'TIMEOUT' } });
      if (fault) return new Response('', { status: fault, statusText: STATUS_TEXT[fault] });
      return publishFromBody(hub, invocation, init);
    },
  };
  return hub;
}

/**
 * The GraphQL mutation's variables, checked as the platform would: the app publishes to its own installation, on a
 * global channel or on its invocation's module context (none for a trigger or a scheduled job: nobody hears it).
 */
function publishFromBody(
  hub: RealtimeHub,
  invocation: { installationId: string; moduleKey?: string },
  init: RequestInit | undefined,
): Response {
  const { installationId } = invocation;
  let variables: Record<string, unknown> | undefined;
  try {
    const body = JSON.parse(typeof init?.body === 'string' ? init.body : '') as {
      query?: unknown;
      variables?: Record<string, unknown>;
    };
    if (typeof body.query === 'string' && body.query.includes('publishRealtimeChannel'))
      variables = body.variables;
  } catch {
    variables = undefined;
  }
  if (!variables) return graphqlError('Only the publishRealtimeChannel mutation is emulated.');
  const { name, payload, isGlobal } = variables;
  if (variables.installationId !== installationId)
    return graphqlError('The app may only publish to its own installation.');
  if (typeof name !== 'string' || name.length === 0 || typeof payload !== 'string')
    return graphqlError('publishRealtimeChannel needs a channel name and a payload.');
  const context = isGlobal ? 'global' : { moduleKey: invocation.moduleKey ?? '' };
  const event = hub.publish({ installationId, context }, name, payload);
  return new Response(
    JSON.stringify({
      data: {
        ecosystem: {
          publishRealtimeChannel: { eventId: event.eventId, eventTimestamp: event.eventTimestamp },
        },
      },
    }),
    { status: 200, headers: { 'content-type': 'application/json' } },
  );
}
