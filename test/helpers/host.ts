import { request as httpRequest } from 'node:http';
import { startHost, type Host, type StartHostOptions } from '../../sandbox/server';

export type { Host };

/**
 * Starts the local host in memory on a free port, seeded, as `npm start` runs it: the app's functions are those
 * manifest.yml names in src/index.ts (the composition root). For the host's own tests and the browser suite; tests
 * of the app's backend use test/helpers/backend.ts (its clock, its calls). Stop it with `host.close()`.
 */
export function startTestHost(options: Partial<StartHostOptions> = {}): Promise<Host> {
  return startHost({ port: 0, dbFile: ':memory:', seed: true, eventsMsPerSecond: 0, ...options });
}

export interface HostCall {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface HostFetchInit {
  method?: string;
  body?: unknown;
  persona?: string;
  headers?: Record<string, string>;
  /** The host's per-start token, sent with every state-changing request: `host.token` unless given; null sends none. */
  token?: string | null;
}

const isStateChanging = (method: string) => !['GET', 'HEAD'].includes(method.toUpperCase());

function bodyOf(text: string, contentType: string | null): unknown {
  if ((contentType ?? '').includes('json')) return text ? JSON.parse(text) : null;
  return text;
}

/**
 * One HTTP call to the host, as the page makes it: the persona travels in the host's header (never the payload),
 * and state-changing calls carry the host's token in `x-forge-host-token`, as the host page does.
 */
export async function hostFetch(host: Host, path: string, init: HostFetchInit = {}): Promise<HostCall> {
  const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = {};
  const token = init.token === undefined ? host.token : init.token;
  if (isStateChanging(method) && typeof token === 'string') headers['x-forge-host-token'] = token;
  if (init.persona) headers['x-forge-host-persona'] = init.persona;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  Object.assign(headers, init.headers);
  const response = await fetch(`${host.url}${path}`, {
    method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: bodyOf(text, response.headers.get('content-type')),
  };
}

/**
 * A request with exactly the given headers (fetch cannot set `Host`), as a foreign page or a rebound DNS name
 * would send it. No token unless the headers hold one.
 */
export function rawRequest(
  host: Host,
  init: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<HostCall> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        method: init.method ?? 'GET',
        path: init.path,
        headers: init.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
              headers.append(name, v);
          }
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers, body: bodyOf(text, headers.get('content-type')) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Invokes a resolver of a frame of the host page, as `@forge/bridge`'s `invoke` does through the host. */
export function invokeAs(
  host: Host,
  persona: string,
  functionKey: string,
  payload?: unknown,
  frame = 'macro-0d5a6c1e-4f7b-4e8a-9c3d-2b1f00002026',
) {
  return hostFetch(host, '/__host/invoke', { persona, body: { frame, functionKey, payload } });
}
