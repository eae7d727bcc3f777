/**
 * The choices of the person at the browser: who they are (a persona), light or dark, English or French. The host
 * page keeps them in cookies; a request may also give them in its query or `x-forge-host-*` headers.
 */
import type { IncomingMessage } from 'node:http';
import { DEFAULT_PERSONA, personaById, type Persona } from '../personas';
import { clearCookie, HttpError, parseCookies } from './http';

export type ColorMode = 'light' | 'dark';
export type HostLocale = 'en-US' | 'fr-FR';
export const HOST_LOCALES: readonly HostLocale[] = ['en-US', 'fr-FR'];

/** What the person at the browser chose: who they are, and how the site looks to them. */
export interface Preferences {
  persona: Persona;
  colorMode: ColorMode;
  locale: HostLocale;
}

/** An account id that is none of the personas': an error, never a silent fallback to the default persona. */
export class UnknownPersonaError extends Error {
  constructor(readonly value: string) {
    super(`unknown persona "${value}"`);
  }
}

/** The default persona only when none is given; an unknown one throws UnknownPersonaError. */
export function preferencesFrom(values: { persona?: string; theme?: string; locale?: string }): Preferences {
  const persona = values.persona === undefined ? DEFAULT_PERSONA : personaById(values.persona);
  if (!persona) throw new UnknownPersonaError(values.persona!);
  return {
    persona,
    colorMode: values.theme === 'dark' ? 'dark' : 'light',
    locale: HOST_LOCALES.includes(values.locale as HostLocale) ? (values.locale as HostLocale) : 'en-US',
  };
}

/** The cookies the host page keeps the choices in. */
export const COOKIES = {
  persona: 'forge_host_persona',
  theme: 'forge_host_theme',
  locale: 'forge_host_locale',
} as const;

export type PreferenceName = keyof typeof COOKIES;

/**
 * The choices of the person at the browser: query string first (page loads), then headers, then cookies. The query
 * is ignored when `useQuery` is false (a link followed from another site). An unknown persona is a 400, wherever
 * it comes from: never a silent fallback to the default persona.
 */
export function preferencesOf(req: IncomingMessage, url: URL, useQuery = true): Preferences {
  const cookies = parseCookies(req);
  const sourceOf = (name: PreferenceName): { value?: string; from: string } => {
    const query = useQuery ? url.searchParams.get(name) : null;
    if (query !== null) return { value: query, from: `the query (?${name}=)` };
    const header = req.headers[`x-forge-host-${name}`];
    if (typeof header === 'string') return { value: header, from: `the x-forge-host-${name} header` };
    const cookieValue = cookies[COOKIES[name]];
    if (cookieValue !== undefined) return { value: cookieValue, from: `the ${COOKIES[name]} cookie` };
    return { from: 'default' };
  };
  const sources = {
    persona: sourceOf('persona'),
    theme: sourceOf('theme'),
    locale: sourceOf('locale'),
  };
  try {
    return preferencesFrom({
      persona: sources.persona.value,
      theme: sources.theme.value,
      locale: sources.locale.value,
    });
  } catch (error) {
    if (!(error instanceof UnknownPersonaError)) throw error;
    const fromCookie = sources.persona.from.endsWith('cookie');
    throw new HttpError(
      400,
      `${error.message} (from ${sources.persona.from}): choose one of the personas of the host page's "Viewing as"` +
        (fromCookie ? '; the cookie is cleared, reload the page' : ''),
      fromCookie ? { 'set-cookie': clearCookie(COOKIES.persona) } : {},
    );
  }
}
