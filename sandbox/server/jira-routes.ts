/**
 * The host page's Jira panel talks to these endpoints (the board, event delivery switches, faults, connection).
 * Every POST goes through the server's guard like the others: own Origin and the per-start token.
 *
 *   GET  /__host/jira                  board state: issues, connection, delivery, held events, scheduled faults
 *   POST /__host/jira/transition       {key, status}: moves an issue as the viewing persona (or the project lead)
 *   POST /__host/jira/faults           {kind, times?, retryAfterSeconds?, method?, path?, target?: 'create'}
 *   POST /__host/jira/faults/clear
 *   POST /__host/jira/connection       {connected}
 *   POST /__host/jira/delivery         {copies?, order?}
 *   POST /__host/jira/events/hold
 *   POST /__host/jira/events/release   {copies?, order?, seed?}
 *   GET  /__host/jira/requests         the request log;   POST /__host/jira/requests/reset
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Persona } from '../personas';
import {
  CREATE_PATHS,
  PROJECT,
  STATUSES,
  type JiraEventDelivery,
  type JiraFaultKind,
  type JiraSandbox,
} from '../products/jira';
import { mayBrowse, PROJECT_LEAD } from '../products/jira/model';
import { HttpError, readJson, sendJson } from './http';

const FAULT_KINDS: readonly JiraFaultKind[] = [
  'rate-limit',
  'unavailable',
  'server-error',
  'timeout-after-effect',
];
const ORDERS = ['as-given', 'reverse', 'shuffle'] as const;

type JsonObject = Record<string, unknown>;
const objectOf = (body: unknown): JsonObject =>
  typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as JsonObject) : {};

function deliveryOf(body: JsonObject): JiraEventDelivery {
  const delivery: JiraEventDelivery = {};
  if (body.copies !== undefined) {
    const copies = Number(body.copies);
    if (!Number.isInteger(copies) || copies < 1 || copies > 10)
      throw new HttpError(400, '"copies" is a whole number from 1 to 10');
    delivery.copies = copies;
  }
  if (body.order !== undefined) {
    if (!ORDERS.includes(body.order as (typeof ORDERS)[number]))
      throw new HttpError(400, `"order" is one of ${ORDERS.join(', ')}`);
    delivery.order = body.order as JiraEventDelivery['order'];
  }
  if (body.seed !== undefined) {
    if (!Number.isInteger(body.seed)) throw new HttpError(400, '"seed" is an integer');
    delivery.seed = body.seed as number;
  }
  return delivery;
}

export function createJiraRoutes(jira: JiraSandbox, personaOf: (req: IncomingMessage, url: URL) => Persona) {
  const state = () => ({
    connected: jira.connected,
    project: { key: PROJECT.key, name: PROJECT.name },
    statuses: STATUSES.map((status) => ({ name: status.name, category: status.category.key })),
    issues: jira.issues(),
    delivery: jira.eventDelivery(),
    holdingEvents: jira.holdingEvents,
    heldEvents: jira.heldEvents().length,
    faults: jira.faults.pending().map((fault) => ({ ...fault, path: fault.path?.toString() })),
    // The e-mails Jira would have sent (`POST .../notify`): the app's due-date notices.
    notifications: jira.notifications(),
  });

  /** Answers the request when it is one of the Jira panel's; false when it is not. */
  return async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const method = req.method ?? 'GET';
    const path = url.pathname;
    if (path !== '/__host/jira' && !path.startsWith('/__host/jira/')) return false;

    if (method === 'GET' && path === '/__host/jira') {
      sendJson(res, 200, state());
      return true;
    }
    if (method === 'GET' && path === '/__host/jira/requests') {
      sendJson(res, 200, { requests: jira.requests() });
      return true;
    }
    if (method !== 'POST') throw new HttpError(404, 'not found');
    const body = objectOf(await readJson(req));

    switch (path) {
      case '/__host/jira/transition': {
        const key = typeof body.key === 'string' ? body.key : '';
        const status = STATUSES.find((s) => s.name === body.status);
        if (!jira.issue(key)) throw new HttpError(404, `no issue "${key}" in ${PROJECT.key}`);
        if (!status) throw new HttpError(400, `"status" is one of ${STATUSES.map((s) => s.name).join(', ')}`);
        // A person moving a card on the board: the persona viewing the host when Jira lets them, else the lead.
        const persona = personaOf(req, url);
        const by = mayBrowse(persona.accountId) ? persona : PROJECT_LEAD;
        const deliveries = await jira.transition(key, status.name, { by: by.accountId });
        sendJson(res, 200, { issue: jira.issue(key), by: by.displayName, deliveries, ...state() });
        return true;
      }
      case '/__host/jira/faults': {
        const kind = body.kind as JiraFaultKind;
        if (!FAULT_KINDS.includes(kind))
          throw new HttpError(400, `"kind" is one of ${FAULT_KINDS.join(', ')}`);
        const times = body.times === undefined ? 1 : Number(body.times);
        if (!Number.isInteger(times) || times < 1 || times > 100)
          throw new HttpError(400, '"times" is a whole number from 1 to 100');
        const retryAfterSeconds =
          body.retryAfterSeconds === undefined ? undefined : Number(body.retryAfterSeconds);
        if (
          retryAfterSeconds !== undefined &&
          !(Number.isInteger(retryAfterSeconds) && retryAfterSeconds >= 0)
        )
          throw new HttpError(400, '"retryAfterSeconds" is a whole number of seconds');
        const path =
          body.target === 'create' ? CREATE_PATHS : typeof body.path === 'string' ? body.path : undefined;
        jira.faults.add({
          kind,
          times,
          retryAfterSeconds,
          method:
            body.target === 'create' ? 'POST' : typeof body.method === 'string' ? body.method : undefined,
          path,
        });
        sendJson(res, 200, state());
        return true;
      }
      case '/__host/jira/faults/clear':
        jira.faults.clear();
        sendJson(res, 200, state());
        return true;
      case '/__host/jira/connection':
        if (typeof body.connected !== 'boolean') throw new HttpError(400, '"connected" is true or false');
        jira.setConnected(body.connected);
        sendJson(res, 200, state());
        return true;
      case '/__host/jira/delivery':
        jira.setEventDelivery(deliveryOf(body));
        sendJson(res, 200, state());
        return true;
      case '/__host/jira/events/hold':
        jira.holdEvents();
        sendJson(res, 200, state());
        return true;
      case '/__host/jira/events/release': {
        const deliveries = await jira.releaseEvents(deliveryOf(body));
        sendJson(res, 200, { deliveries, ...state() });
        return true;
      }
      case '/__host/jira/requests/reset':
        jira.resetRequests();
        sendJson(res, 200, { requests: [] });
        return true;
      default:
        throw new HttpError(404, 'not found');
    }
  };
}
