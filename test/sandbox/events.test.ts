/**
 * Async events and product events on the local host, with a fixture app (test/fixtures/events-app): the real
 * @forge/events Queue pushes through the runtime, and the host delivers to the manifest's consumers and triggers.
 */
import { join } from 'node:path';
import { PERSONAS } from '../../sandbox/personas';
import { hostFetch, startTestHost, type Host } from '../helpers/host';
import type { LogEntry } from '../fixtures/events-app/src/index';

const FIXTURE_MANIFEST = join(__dirname, '..', 'fixtures', 'events-app', 'manifest.yml');
const CUSTOMER = PERSONAS[0]!;
const logOf = () => ((globalThis as { __eventsAppLog?: LogEntry[] }).__eventsAppLog ??= []);

const issueEvent = (key: string, status: string) => ({
  issue: { id: key.replace(/\D/g, ''), key, fields: { status: { name: status } } },
  atlassianId: CUSTOMER.accountId,
});

describe('async events (Queue → consumer)', () => {
  let host: Host;
  beforeAll(async () => {
    host = await startTestHost({ manifestPath: FIXTURE_MANIFEST, seed: false, eventsMsPerSecond: 0 });
  });
  afterAll(() => host.close());
  beforeEach(() => logOf().splice(0));

  const push = (payload: Record<string, unknown>) =>
    hostFetch(host, '/__host/invoke', {
      persona: CUSTOMER.accountId,
      body: { frame: `macro-${[...host.state.macros.keys()][0]}`, functionKey: 'push', payload },
    });

  it('accepts a push at once and delivers each event later to the consumer of its queue', async () => {
    const pushed = await push({ events: [{ n: 1 }, { n: 2 }] });
    expect(pushed.status).toBe(200);
    expect(pushed.body).toEqual({ jobId: expect.any(String) });
    expect(JSON.parse(pushed.headers.get('x-forge-call-counts') ?? '{}')).toMatchObject({ events: 1 });
    await host.queue.idle();
    expect(logOf().map((e) => e.body)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(logOf()[0]?.jobId).toBe((pushed.body as { jobId: string }).jobId);
    // The consumer ran inside an invocation: its storage writes went to the host's KVS.
    const keys = host.kvs.dump().kvs?.map((item: { key: string }) => item.key) ?? [];
    expect(keys).toEqual(expect.arrayContaining(['consumed-1', 'consumed-2']));
  });

  it('answers the push before any delivery starts', async () => {
    // Checked on the queue itself: over HTTP, delivery may legitimately start before the pusher reads its answer.
    const answer = host.queue.handle('/webhook/queue/publish/work-queue', {
      queueName: 'work-queue',
      jobId: 'ack-first',
      payload: [{ body: { n: 9 } }],
    });
    expect(answer.status).toBe(201);
    expect(logOf()).toEqual([]);
    await host.queue.idle();
    expect(logOf().map((e) => e.body)).toEqual([{ n: 9 }]);
  });

  it('retries an event whose consumer asks for it, with a retry context', async () => {
    await push({ events: [{ n: 3, failTimes: 2 }] });
    await host.queue.idle();
    expect(logOf().map((e) => e.retryCount)).toEqual([0, 1, 2]);
  });

  it('delivers to @forge/events 1.x style resolver consumers too', async () => {
    await push({ queue: 'legacy-queue', events: [{ n: 4 }] });
    await host.queue.idle();
    expect(logOf()).toEqual([{ kind: 'legacy', body: { n: 4 } }]);
  });

  it('refuses more than 50 events per push, as Forge does', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await push({ events: Array.from({ length: 51 }, (_, n) => ({ n })) });
    spy.mockRestore();
    // @forge/events checks before sending; the resolver's error surfaces as a failed invocation.
    expect(answer.status).toBe(500);
  });
});

describe('product events (trigger)', () => {
  let host: Host;
  beforeAll(async () => {
    host = await startTestHost({ manifestPath: FIXTURE_MANIFEST, seed: false });
  });
  afterAll(() => host.close());
  beforeEach(() => logOf().splice(0));

  it('delivers an event to the triggers listening to its type', async () => {
    const deliveries = await host.triggers.deliverProductEvent(
      'avi:jira:updated:issue',
      issueEvent('PROC-1', 'In Progress'),
    );
    expect(deliveries).toEqual([
      { moduleKey: 'issue-updated', eventType: 'avi:jira:updated:issue', ok: true },
    ]);
    expect(logOf()).toEqual([
      { kind: 'trigger', eventType: 'avi:jira:updated:issue', issueKey: 'PROC-1', status: 'In Progress' },
    ]);
    expect(
      await host.triggers.deliverProductEvent('avi:jira:created:issue', issueEvent('PROC-1', 'To Do')),
    ).toEqual([]);
  });

  it('duplicates and reorders when asked: at least once, unordered', async () => {
    await host.triggers.deliverProductEvents(
      [
        { eventType: 'avi:jira:updated:issue', payload: issueEvent('PROC-2', 'In Progress') },
        { eventType: 'avi:jira:updated:issue', payload: issueEvent('PROC-2', 'Done') },
      ],
      { copies: 2, order: 'reverse' },
    );
    expect(logOf().map((e) => e.status)).toEqual(['Done', 'Done', 'In Progress', 'In Progress']);
  });

  it('shuffles reproducibly with a seed', async () => {
    const events = ['A', 'B', 'C', 'D', 'E'].map((s) => ({
      eventType: 'avi:jira:updated:issue',
      payload: issueEvent('PROC-3', s),
    }));
    await host.triggers.deliverProductEvents(events, { order: 'shuffle', seed: 7 });
    const first = logOf()
      .splice(0)
      .map((e) => e.status);
    await host.triggers.deliverProductEvents(events, { order: 'shuffle', seed: 7 });
    expect(logOf().map((e) => e.status)).toEqual(first);
    expect([...first].sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('can be driven over HTTP (for the Jira sandbox view)', async () => {
    const answer = await hostFetch(host, '/__host/product-events', {
      body: { eventType: 'avi:jira:updated:issue', payload: issueEvent('PROC-4', 'Done'), copies: 2 },
    });
    expect((answer.body as { deliveries: unknown[] }).deliveries).toHaveLength(2);
    expect(logOf().map((e) => e.issueKey)).toEqual(['PROC-4', 'PROC-4']);
  });
});
