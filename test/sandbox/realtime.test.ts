/**
 * The host's Forge realtime: `@forge/realtime`'s publishGlobal, unmodified, from a function reaches the frames
 * subscribed to that global channel (the server-sent-events stream the host page opens for
 * `realtime.subscribeGlobal`), and nobody else: not another channel, not another installation. A default (module)
 * channel is the module's: a trigger's publish reaches no frame. Its faults answer as the platform's do.
 */
import { publish, publishGlobal } from '@forge/realtime';
import type { ChannelScope } from '../../sandbox/realtime';
import { SURVEY_MACRO_LOCAL_ID } from '../../sandbox/server/state';
import { hostFetch, startTestHost, type Host } from '../helpers/host';

const FRAME = `macro-${SURVEY_MACRO_LOCAL_ID}`;

let host: Host;
beforeAll(async () => {
  host = await startTestHost({ seed: false });
});
afterAll(() => host.close());
beforeEach(() => host.runtime.realtime.clear());

interface Stream {
  /** The `data` of each event received so far. */
  events: unknown[];
  /** Resolves when `n` events have come. */
  received(n: number): Promise<void>;
  close(): void;
}

/** What the host page does for a frame's `realtime.subscribe(channel, …)`: opens the stream and reads it. */
async function subscribe(channel: string, { global = true, frame = FRAME } = {}): Promise<Stream> {
  const controller = new AbortController();
  const query = `frame=${encodeURIComponent(frame)}&channel=${encodeURIComponent(channel)}`;
  const response = await fetch(`${host.url}/__host/realtime?${query}${global ? '&global=1' : ''}`, {
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const events: unknown[] = [];
  const waiters: (() => void)[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let subscribed: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (subscribed = resolve));
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.startsWith(': subscribed')) subscribed();
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (data) {
          events.push((JSON.parse(data.slice(6)) as { payload: string }).payload);
          waiters.splice(0).forEach((wake) => wake());
        }
      }
    }
  })();
  await ready;
  return {
    events,
    received: async (n) => {
      while (events.length < n) await new Promise<void>((wake) => waiters.push(wake));
    },
    close: () => controller.abort(),
  };
}

/** Publishes as a function of the app does (a trigger unless told): inside an invocation, through the real SDK. */
const publishFromFunction = (
  channel: string,
  payload: Record<string, unknown>,
  { global = true, moduleKey = 'plan-issue-updated' } = {},
) =>
  host.runtime
    .invoke({ moduleKey }, () => (global ? publishGlobal : publish)(channel, payload))
    .then(({ result, counts }) => ({ result, counts }));

const globalScope = (): ChannelScope => ({ installationId: host.runtime.installationId, context: 'global' });

it('a publish from a function reaches the frame subscribed to its channel, and no other channel', async () => {
  const mine = await subscribe('plan-changed:cmp-1');
  const other = await subscribe('plan-changed:cmp-2');
  const { result, counts } = await publishFromFunction('plan-changed:cmp-1', { campaignId: 'cmp-1', at: 1 });
  expect(result).toMatchObject({ eventId: expect.any(String), eventTimestamp: expect.any(String) });
  expect(counts.events).toBe(1);
  await mine.received(1);
  expect(mine.events).toEqual([JSON.stringify({ campaignId: 'cmp-1', at: 1 })]);
  expect(host.runtime.realtime.published()).toHaveLength(1);
  // Another installation's event on the same channel name reaches nobody here.
  host.runtime.realtime.publish(
    { installationId: 'another-installation', context: 'global' },
    'plan-changed:cmp-1',
    '{}',
  );
  await publishFromFunction('plan-changed:cmp-1', { campaignId: 'cmp-1', at: 2 });
  await mine.received(2);
  expect(mine.events[1]).toBe(JSON.stringify({ campaignId: 'cmp-1', at: 2 }));
  expect(other.events).toEqual([]);
  mine.close();
  other.close();
});

it('a closed stream is unsubscribed', async () => {
  const stream = await subscribe('plan-changed:cmp-3');
  const count = () => host.runtime.realtime.subscribers(globalScope(), 'plan-changed:cmp-3');
  expect(count()).toBe(1);
  stream.close();
  for (let i = 0; i < 50 && count() > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(count()).toBe(0);
});

it('a default channel is the module’s: a trigger’s publish reaches no frame, a resolver’s reaches its module', async () => {
  const moduleStream = await subscribe('c', { global: false });
  const globalStream = await subscribe('c');
  await publishFromFunction('c', { n: 1 }, { global: false, moduleKey: 'plan-issue-updated' });
  await publishFromFunction('c', { n: 2 }, { global: false, moduleKey: 'survey-macro' });
  await moduleStream.received(1);
  expect(moduleStream.events).toEqual([JSON.stringify({ n: 2 })]);
  await publishFromFunction('c', { n: 3 });
  await globalStream.received(1);
  expect(globalStream.events).toEqual([JSON.stringify({ n: 3 })]);
  expect(moduleStream.events).toHaveLength(1);
  moduleStream.close();
  globalStream.close();
});

it('only a frame the host handed out subscribes, to a channel name Forge accepts', async () => {
  expect((await hostFetch(host, '/__host/realtime?frame=nope&channel=a')).status).toBe(404);
  expect((await hostFetch(host, `/__host/realtime?frame=${FRAME}&channel=`)).status).toBe(400);
  expect((await hostFetch(host, `/__host/realtime?frame=${FRAME}&channel=a%20b`)).status).toBe(400);
});

it('a function publishes to its own installation only', async () => {
  const response = await host.runtime.invoke({}, () =>
    host.runtime.fetch({ type: 'realtime' }, '/', {
      method: 'POST',
      body: JSON.stringify({
        query: 'mutation publishRealtimeChannel { }',
        variables: { installationId: 'another-installation', name: 'x', payload: '{}' },
      }),
    }),
  );
  const body = (await response.result.json()) as { errors?: unknown[] };
  expect(body.errors).toHaveLength(1);
  expect(host.runtime.realtime.published()).toEqual([]);
});

it('faults answer as the platform: a rate limit and an error are reported, a proxy error throws', async () => {
  host.runtime.realtime.faults.next(429);
  host.runtime.realtime.faults.next(500);
  host.runtime.realtime.faults.next('proxy');
  const limited = await publishFromFunction('c', {});
  expect(limited.result.errors).toEqual([{ message: 'RATE_LIMIT_EXCEEDED', status: 429 }]);
  const failed = await publishFromFunction('c', {});
  expect(failed.result.errors).toEqual([{ message: 'Internal Server Error', status: 500 }]);
  await expect(publishFromFunction('c', {})).rejects.toThrow();
  expect(host.runtime.realtime.published()).toEqual([]);
  expect((await publishFromFunction('c', {})).result.eventId).toEqual(expect.any(String));
});
