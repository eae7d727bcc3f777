/**
 * The host's HTTP front: one server, every request through the guard first (guard.ts: who may drive the host),
 * then the route groups in turn until one answers. A failure is answered `{error: {message}}` with its status; an
 * unexpected one is a 500, logged.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHostGuard, isStateChanging, type HostGuard } from './guard';
import { HttpError, sendJson } from './http';

/** A group of routes: it answers the request, or returns false when the request is none of its own. */
export type HostRoutes = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  guard: HostGuard,
) => Promise<boolean | void>;

export interface HostFront {
  server: Server;
  port: number;
  /** Who may drive the host: made once the port is known, before any request is served. */
  guard: HostGuard;
}

/** Listens on `hostname` (`port` 0 picks a free one); a request no group answers is a 404. */
export async function listenHost(
  port: number,
  hostname: string,
  groups: readonly HostRoutes[],
): Promise<HostFront> {
  let guard: HostGuard;

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    for (const routes of groups) if ((await routes(req, res, url, guard)) !== false) return;
    throw new HttpError(404, 'not found');
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    Promise.resolve()
      .then(() => {
        guard.checkHost(req);
        if (isStateChanging(method)) {
          guard.checkOrigin(req);
          guard.checkToken(req);
        }
        return route(req, res, url);
      })
      .catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        if (status === 500) console.error('[forge host]', error);
        if (res.headersSent) return res.end();
        sendJson(
          res,
          status,
          { error: { message: error instanceof Error ? error.message : String(error) } },
          error instanceof HttpError ? error.headers : {},
        );
      });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      guard = createHostGuard((server.address() as AddressInfo).port, hostname);
      resolveListen();
    });
  });
  return { server, port: (server.address() as AddressInfo).port, guard: guard! };
}
