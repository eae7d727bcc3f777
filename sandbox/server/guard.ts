/**
 * Who may drive the local host. It has no users, only the developer at their browser, so it trusts requests that
 * only the host page (or the developer's own terminal) can make:
 * - `Host` must name the host itself (localhost, 127.0.0.1 or [::1] with its port): a DNS name rebound to 127.0.0.1
 *   by some web page is refused, so no other site can read the host's answers (the token on the page included);
 * - a state-changing request (any method but GET/HEAD) with an `Origin` header must come from the host's origin:
 *   browsers send `Origin` on every cross-origin POST, so a foreign page's form or `fetch` is refused;
 * - a state-changing request must carry the per-start token in `x-forge-host-token`. The server renders it into the
 *   host page (a meta tag) and `npm start` prints it on the console, for curl; nothing else answers it.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http';

export const TOKEN_HEADER = 'x-forge-host-token';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]', '']);

export const isStateChanging = (method: string): boolean => !['GET', 'HEAD'].includes(method.toUpperCase());

export interface HostGuard {
  readonly token: string;
  /** `Host` values accepted, e.g. `localhost:4310`. */
  readonly hosts: ReadonlySet<string>;
  /** `Origin` values accepted on state-changing requests, e.g. `http://localhost:4310`. */
  readonly origins: ReadonlySet<string>;
  /** Throws a 403 HttpError when the request's `Host` is not the host's own. */
  checkHost(req: IncomingMessage): void;
  /** Throws a 403 HttpError when a foreign `Origin` is present (a browser request from another site). */
  checkOrigin(req: IncomingMessage): void;
  /** Throws a 403 HttpError unless the request carries the token. */
  checkToken(req: IncomingMessage): void;
  /** Is the request a navigation or call from the host's own pages (or typed by the developer)? */
  fromOwnPages(req: IncomingMessage): boolean;
}

const single = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;

/** `bindHostname`: the address the server listens on; a specific non-loopback address is accepted too. */
export function createHostGuard(port: number, bindHostname: string): HostGuard {
  const token = randomBytes(32).toString('base64url');
  const names = new Set(LOOPBACK_NAMES);
  const bound =
    bindHostname.includes(':') && !bindHostname.startsWith('[') ? `[${bindHostname}]` : bindHostname;
  if (!WILDCARDS.has(bound)) names.add(bound.toLowerCase());
  const hosts = new Set<string>();
  for (const name of names) {
    hosts.add(`${name}:${port}`);
    if (port === 80) hosts.add(name);
  }
  const origins = new Set([...hosts].map((host) => `http://${host}`));
  const expected = Buffer.from(token, 'utf8');

  return {
    token,
    hosts,
    origins,
    checkHost(req) {
      const host = single(req.headers.host)?.toLowerCase();
      if (!host || !hosts.has(host))
        throw new HttpError(
          403,
          `Host "${host ?? ''}" is not this local host: open it as http://localhost:${port} (or 127.0.0.1, [::1])`,
        );
    },
    checkOrigin(req) {
      const origin = single(req.headers.origin);
      if (req.headers.origin !== undefined && (origin === undefined || !origins.has(origin.toLowerCase())))
        throw new HttpError(
          403,
          `Origin "${String(req.headers.origin)}" may not change the local host: only its own page (http://localhost:${port}) may`,
        );
    },
    checkToken(req) {
      const given = Buffer.from(single(req.headers[TOKEN_HEADER]) ?? '', 'utf8');
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new HttpError(
          403,
          `Missing or wrong ${TOKEN_HEADER}: the host page sends it; for curl, use the token npm start printed`,
        );
    },
    fromOwnPages(req) {
      const site = single(req.headers['sec-fetch-site']);
      return site === undefined || site === 'same-origin' || site === 'none';
    },
  };
}
