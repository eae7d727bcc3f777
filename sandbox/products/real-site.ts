/** A real Atlassian site, reached over HTTPS with an API token (basic auth). */
export interface RealSite {
  url: string;
  email: string;
  apiToken: string;
}

/** Reads ATLASSIAN_SITE_URL, ATLASSIAN_EMAIL and ATLASSIAN_API_TOKEN; all three or nothing. */
export function realSiteFromEnv(env: NodeJS.ProcessEnv = process.env): RealSite | undefined {
  const url = env.ATLASSIAN_SITE_URL?.trim();
  const email = env.ATLASSIAN_EMAIL?.trim();
  const apiToken = env.ATLASSIAN_API_TOKEN?.trim();
  if (!url || !email || !apiToken) return undefined;
  return { url: url.replace(/\/+$/, ''), email, apiToken };
}

/**
 * Forwards a product request to the real site. An API token acts as its owner: every call runs as that user,
 * whatever `asUser`/`asApp` the app chose, which is the one honest difference from Forge's own proxy.
 */
export async function forwardToSite(
  site: RealSite,
  path: string,
  init: RequestInit | undefined,
): Promise<Response> {
  const headers = new Headers(init?.headers);
  headers.set('Authorization', `Basic ${Buffer.from(`${site.email}:${site.apiToken}`).toString('base64')}`);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const target = new URL(path, `${site.url}/`);
  if (target.origin !== new URL(site.url).origin) {
    return new Response(JSON.stringify({ message: 'product paths must stay on the configured site' }), {
      status: 400,
    });
  }
  const response = await fetch(target, {
    method: init?.method ?? 'GET',
    headers,
    body: init?.body ?? undefined,
  });
  // Re-wrap: the body is read by the app, the rest of undici's response does not cross the bridge.
  return new Response(await response.arrayBuffer(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
