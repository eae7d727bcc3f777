import { startHost, type Host, type StartHostOptions } from '../../sandbox/server';

export type { Host };

/** Starts the local host in memory on a free port, seeded; stop it with `host.close()`. */
export function startTestHost(options: Partial<StartHostOptions> = {}): Promise<Host> {
  return startHost({ port: 0, dbFile: ':memory:', seed: true, eventsMsPerSecond: 0, ...options });
}

export interface HostCall {
  status: number;
  headers: Headers;
  body: unknown;
}

/** One HTTP call to the host, as the page makes it (the persona travels in the host's header, never the payload). */
export async function hostFetch(
  host: Host,
  path: string,
  init: { method?: string; body?: unknown; persona?: string; headers?: Record<string, string> } = {},
): Promise<HostCall> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.persona) headers['x-forge-host-persona'] = init.persona;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${host.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  let body: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('json')) body = text ? JSON.parse(text) : null;
  return { status: response.status, headers: response.headers, body };
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
