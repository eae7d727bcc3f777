/** The KVS on the wire: its error and fault answers, and the WHATWG Response the SDK gets for an answer. */
import { randomUUID } from 'node:crypto';
import { errors, type KvsHttpError } from './errors';
import type { FaultRule } from './faults';

/** What `handle` answers: an HTTP status and a JSON body (undefined for 204). */
export interface KvsResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  400: 'Bad Request',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const defaultFaultBody = (status: number): { code: string; message: string } => {
  if (status === 429) return errors.rateLimited().toBody();
  if (status === 503)
    return { code: 'SERVICE_UNAVAILABLE', message: 'The service is temporarily unavailable' };
  if (status === 502 || status === 504) return { code: 'BAD_GATEWAY', message: 'Bad gateway' };
  return errors.internal().toBody();
};

export const errorAnswer = (e: KvsHttpError): KvsResponse => ({
  status: e.status,
  body: e.toBody(),
  headers: e.headers,
});

export const faultAnswer = (rule: FaultRule): KvsResponse => ({
  status: rule.status,
  body: rule.body ?? defaultFaultBody(rule.status),
  headers: rule.status === 429 ? { 'retry-after': '1' } : {},
});

/** The answer as `fetch` gives it: what `__forge_fetch__` returns to the SDK for `target.type === 'kvs'`. */
export function toResponse(answer: KvsResponse): Response {
  const headers = { 'x-trace-id': randomUUID().replace(/-/g, ''), ...answer.headers };
  const statusText = STATUS_TEXT[answer.status] ?? '';
  if (answer.body === undefined) return new Response(null, { status: answer.status, statusText, headers });
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    statusText,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
