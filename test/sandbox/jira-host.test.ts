/**
 * The Jira sandbox on the host page's side: the board's endpoints over HTTP (moves, delivery switches, faults,
 * connection, held events), the page that holds the panel, and the issues kept across restarts of `npm start`.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_PERSONA, PERSONAS } from '../../sandbox/personas';
import { createJiraSandbox } from '../../sandbox/products/jira';
import type { LogEntry } from '../fixtures/events-app/src/index';
import { hostFetch, startTestHost, type Host } from '../helpers/host';

const FIXTURE_MANIFEST = join(__dirname, '..', 'fixtures', 'events-app', 'manifest.yml');
const BUYER = PERSONAS.find((p) => p.role === 'buyer')!;
const CUSTOMER = PERSONAS.find((p) => p.role === 'customer')!;
const SCOPES = ['read:jira-work', 'write:jira-work', 'read:jira-user'];
const triggerLog = () => ((globalThis as { __eventsAppLog?: LogEntry[] }).__eventsAppLog ??= []);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers read loosely

describe('the Jira panel over HTTP', () => {
  let host: Host;
  beforeAll(async () => {
    host = await startTestHost({ manifestPath: FIXTURE_MANIFEST, seed: false, jira: { scopes: SCOPES } });
  });
  afterAll(() => host.close());
  beforeEach(() => {
    host.jira.reset();
    triggerLog().splice(0);
  });

  const post = (path: string, body: unknown = {}, persona?: string) =>
    hostFetch(host, path, { body, persona }).then((answer) => ({ ...answer, body: answer.body as Json }));

  it('lists the board: issues with key, summary, assignee and due date, in their statuses', async () => {
    host.jira.createIssue({
      summary: 'Shorter lead times',
      assigneeAccountId: BUYER.accountId,
      duedate: '2026-06-30',
    });
    host.jira.createIssue({ summary: 'Kept informed', status: 'Done' });
    const state = (await hostFetch(host, '/__host/jira')).body as Json;
    expect(state).toMatchObject({
      connected: true,
      notifications: [],
      project: { key: 'PROC', name: 'Procurement improvement' },
      statuses: [
        { name: 'To Do', category: 'new' },
        { name: 'In Progress', category: 'indeterminate' },
        { name: 'Done', category: 'done' },
      ],
      holdingEvents: false,
      heldEvents: 0,
      faults: [],
    });
    expect(
      state.issues.map((i: Json) => [i.key, i.summary, i.status, i.assigneeName, i.duedate] as unknown[]),
    ).toEqual([
      ['PROC-1', 'Shorter lead times', 'To Do', BUYER.displayName, '2026-06-30'],
      ['PROC-2', 'Kept informed', 'Done', null, null],
    ]);
  });

  it('moves a card as the persona when Jira lets them, else as the project lead, and delivers the event', async () => {
    host.jira.createIssue({ summary: 'Move me' });
    const moved = await post(
      '/__host/jira/transition',
      { key: 'PROC-1', status: 'In Progress' },
      BUYER.accountId,
    );
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ by: BUYER.displayName, issue: { status: 'In Progress' } });
    expect(moved.body.deliveries).toEqual([
      { moduleKey: 'issue-updated', eventType: 'avi:jira:updated:issue', ok: true },
    ]);
    expect(triggerLog()).toEqual([
      { kind: 'trigger', eventType: 'avi:jira:updated:issue', issueKey: 'PROC-1', status: 'In Progress' },
    ]);
    const byLead = await post(
      '/__host/jira/transition',
      { key: 'PROC-1', status: 'Done' },
      CUSTOMER.accountId,
    );
    expect(byLead.body.by).toBe(ADMIN_PERSONA.displayName);
    expect(host.jira.events()[1]!.payload.atlassianId).toBe(ADMIN_PERSONA.accountId);

    expect((await post('/__host/jira/transition', { key: 'PROC-9', status: 'Done' })).status).toBe(404);
    expect((await post('/__host/jira/transition', { key: 'PROC-1', status: 'Closed' })).status).toBe(400);
  });

  it('switches delivery to twice and reversed, holds and releases events', async () => {
    host.jira.createIssue({ summary: 'A' });
    const switched = await post('/__host/jira/delivery', { copies: 2, order: 'reverse' });
    expect(switched.body.delivery).toEqual({ copies: 2, order: 'reverse' });
    await post('/__host/jira/events/hold');
    await post('/__host/jira/transition', { key: 'PROC-1', status: 'In Progress' });
    await post('/__host/jira/transition', { key: 'PROC-1', status: 'Done' });
    expect(((await hostFetch(host, '/__host/jira')).body as Json).heldEvents).toBe(2);
    expect(triggerLog()).toEqual([]);
    const released = await post('/__host/jira/events/release');
    expect(released.body.deliveries).toHaveLength(4);
    expect(triggerLog().map((e) => e.status)).toEqual(['Done', 'Done', 'In Progress', 'In Progress']);
    expect(released.body).toMatchObject({ holdingEvents: false, heldEvents: 0 });
    expect((await post('/__host/jira/delivery', { copies: 0 })).status).toBe(400);
    expect((await post('/__host/jira/delivery', { order: 'sideways' })).status).toBe(400);
  });

  it('schedules the faults of the page and the connection switch, which the app’s calls then meet', async () => {
    const scheduled = await post('/__host/jira/faults', { kind: 'rate-limit', retryAfterSeconds: 2 });
    expect(scheduled.body.faults).toEqual([
      expect.objectContaining({ kind: 'rate-limit', remaining: 1, retryAfterSeconds: 2 }),
    ]);
    await post('/__host/jira/faults', { kind: 'unavailable' });
    await post('/__host/jira/faults', { kind: 'timeout-after-effect', target: 'create' });
    const bridge = (restPath: string, method = 'GET', body?: unknown) =>
      hostFetch(host, '/__host/product', {
        persona: BUYER.accountId,
        body: {
          frame: `macro-${[...host.state.macros.keys()][0]}`,
          product: 'jira',
          restPath,
          fetchRequestInit: { method, body: body === undefined ? undefined : JSON.stringify(body) },
        },
      }).then((answer) => answer.body as Json);
    const first = await bridge('/rest/api/3/myself');
    expect(first).toMatchObject({ status: 429, headers: expect.objectContaining({ 'retry-after': '2' }) });
    expect(await bridge('/rest/api/3/myself')).toMatchObject({ status: 503 });
    expect(await bridge('/rest/api/3/myself')).toMatchObject({ status: 200 });
    const create = await bridge('/rest/api/3/issue', 'POST', {
      fields: { project: { key: 'PROC' }, issuetype: { id: '10002' }, summary: 'Slow' },
    });
    expect(create).toMatchObject({
      status: 504,
      headers: expect.objectContaining({ 'forge-proxy-error': 'TIMEOUT' }),
    });
    expect(host.jira.issues()).toHaveLength(1);

    await post('/__host/jira/faults', { kind: 'server-error', times: 3 });
    expect((await post('/__host/jira/faults/clear')).body.faults).toEqual([]);
    expect((await post('/__host/jira/faults', { kind: 'meteor' })).status).toBe(400);

    expect((await post('/__host/jira/connection', { connected: false })).body.connected).toBe(false);
    expect(await bridge('/rest/api/3/myself')).toMatchObject({ status: 404 });
    await post('/__host/jira/connection', { connected: true });
    expect((await post('/__host/jira/connection', { connected: 'yes' })).status).toBe(400);

    const log = (await hostFetch(host, '/__host/jira/requests')).body as Json;
    expect(log.requests.map((r: Json) => (r.fault ?? r.status) as unknown)).toEqual([
      'rate-limit',
      'unavailable',
      200,
      'timeout-after-effect',
      'not-connected',
    ]);
    await post('/__host/jira/requests/reset');
    expect(host.jira.requests()).toEqual([]);
  });

  it('serves the board page: its switches labelled, a link to it in the top navigation', async () => {
    const page = await hostFetch(host, '/?view=jira');
    const html = String(page.body);
    expect(page.status).toBe(200);
    expect(html).toContain('<h1 class="page-title">PROC board</h1>');
    expect(html).toMatch(
      /<label class="check"><input type="checkbox" id="jira-connected" checked> Jira connected<\/label>/,
    );
    expect(html).toMatch(
      /<label class="check"><input type="checkbox" id="jira-twice"> Deliver each event twice<\/label>/,
    );
    expect(html).toMatch(/<label>Order of a batch <select id="jira-order">/);
    for (const label of [
      'Next Jira call answers 429 (Retry-After 2 s)',
      'Next Jira call answers 503',
      'Next create times out after effect',
      'Hold events',
    ])
      expect(html).toMatch(
        new RegExp(`<button type="button"[^>]*>${label.replace(/[()]/g, '\\$&')}</button>`),
      );
    expect(html).toContain('data-jira-board');
    expect(html).toMatch(/<a href="[^"]*view=jira[^"]*" aria-current="page">Jira · PROC board<\/a>/);
    expect(String((await hostFetch(host, '/')).body)).toMatch(
      /<a href="[^"]*view=jira[^"]*">Jira · PROC board<\/a>/,
    );
  });
});

describe('Jira issues across restarts', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jira-sandbox-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps issues, properties, statuses and numbering in the file beside the host’s database', async () => {
    const dbFile = join(dir, 'app.sqlite');
    const first = await startTestHost({ manifestPath: FIXTURE_MANIFEST, seed: false, dbFile });
    first.jira.createIssue({ summary: 'Kept', properties: { 'procurement-crm-action': { actionId: 'a' } } });
    await first.jira.transition('PROC-1', 'Done');
    await first.close();
    expect(existsSync(`${dbFile}.jira.json`)).toBe(true);

    const second = await startTestHost({ manifestPath: FIXTURE_MANIFEST, seed: false, dbFile });
    try {
      expect(second.jira.issue('PROC-1')).toMatchObject({
        summary: 'Kept',
        status: 'Done',
        properties: { 'procurement-crm-action': { actionId: 'a' } },
      });
      const before = second.jira.issue('PROC-1')!.updated;
      expect(second.jira.createIssue({ summary: 'Next' }).key).toBe('PROC-2');
      await second.jira.transition('PROC-1', 'To Do');
      expect(second.jira.issue('PROC-1')!.updated > before).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('starts empty, with a warning, from a file it cannot read', () => {
    const file = join(dir, 'broken.jira.json');
    writeFileSync(file, '{not json');
    const warnings: string[] = [];
    const jira = createJiraSandbox({
      file,
      logger: { warn: (m) => warnings.push(m), error: () => undefined },
    });
    expect(jira.issues()).toEqual([]);
    expect(warnings[0]).toMatch(/could not read/);
  });
});
