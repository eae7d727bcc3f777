/**
 * UI translations through the Forge bridge: `i18n.createTranslationFunction(locale)` reads the translation bundle
 * the host serves next to the resource (`./__LOCALES__/i18n-info.json`, `./__LOCALES__/<locale>.json`, built by
 * Forge from `locales/*.json`). UI strings live under `ui.*`, written in ICU MessageFormat: plural and select
 * rules are in the messages themselves (`{count, plural, one {…} other {…}}`), and a French sentence is worded to
 * read correctly whatever the name put in it, so no code edits a translation.
 *
 * If that bundle cannot be fetched, the same JSON files are loaded from a lazily-imported chunk, so a misconfigured
 * host degrades to correct text rather than raw keys. The chunk is never fetched on the normal path.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { i18n } from '@forge/bridge';
import type { IntlMessageFormat } from 'intl-messageformat';
import { DEFAULT_LOCALE, type Locale } from '@shared/i18n';
import type en from '../../../../locales/en-US.json';

/** The dotted paths to the strings of a JSON tree, each prefixed with `P`. */
type Paths<T, P extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every UI message, as written in en-US (test/ui/i18n.test.tsx keeps fr-FR to the same keys). */
export type MessageKey = Paths<(typeof en)['ui'], 'ui.'>;

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export interface I18n {
  t: Translate;
  locale: Locale;
}

/** The raw message of a key, or undefined when no locale has it. */
type Lookup = (key: string) => string | undefined;

type MessageFormat = typeof IntlMessageFormat;

/**
 * The formatter library is imported lazily, in its own chunk, so it does not weigh on any module's initial
 * JavaScript; `loadI18n` fetches it alongside the translation bundle.
 */
const loadMessageFormat = (): Promise<MessageFormat> =>
  import('intl-messageformat').then((m) => m.IntlMessageFormat);

function translator<K extends string>(
  lookup: Lookup,
  locale: Locale,
  Format: MessageFormat,
): (key: K, vars?: Vars) => string {
  // Each key is looked up and parsed once, on first use. `text` alone: the key is missing (the key is shown) or its
  // message is not valid ICU (shown as written).
  const compiled = new Map<string, { text: string; format?: IntlMessageFormat }>();
  const compile = (key: string) => {
    const text = lookup(key);
    if (text === undefined) return { text: key };
    try {
      // No rich-text tags: a `<` is plain text.
      return { text, format: new Format(text, locale, undefined, { ignoreTag: true }) };
    } catch {
      return { text };
    }
  };
  return (key, vars) => {
    let entry = compiled.get(key);
    if (!entry) {
      entry = compile(key);
      compiled.set(key, entry);
    }
    if (!entry.format) return entry.text;
    try {
      return String(entry.format.format(vars));
    } catch {
      // A value the message needs was not given: the message as written says more than nothing.
      return entry.text;
    }
  };
}

/**
 * `t(key, vars)`: the message of `key` formatted with `vars` in `locale` (a missing key shows the key). `K` is
 * left open for tests that translate a table of their own.
 */
export async function makeTranslate<K extends string = MessageKey>(
  lookup: Lookup,
  locale: Locale = DEFAULT_LOCALE,
): Promise<(key: K, vars?: Vars) => string> {
  return translator<K>(lookup, locale, await loadMessageFormat());
}

async function bridgeLookup(locale: Locale): Promise<Lookup> {
  const forgeT = await i18n.createTranslationFunction(locale);
  const MISSING = '\u0000';
  return (key) => {
    const value = forgeT(key, MISSING);
    return value === MISSING ? undefined : value;
  };
}

type Json = { [k: string]: Json } | string | number | boolean | null | Json[];

const bundled: Record<Locale, () => Promise<{ default: unknown }>> = {
  'en-US': () => import('../../../../locales/en-US.json'),
  'fr-FR': () => import('../../../../locales/fr-FR.json'),
};

function dig(tree: unknown, key: string): string | undefined {
  let node = tree as Json | undefined;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

async function bundledLookup(locale: Locale): Promise<Lookup> {
  const [own, fallback] = await Promise.all([bundled[locale](), bundled[DEFAULT_LOCALE]()]);
  return (key) => dig(own.default, key) ?? dig(fallback.default, key);
}

async function lookupFor(locale: Locale): Promise<Lookup> {
  try {
    return await bridgeLookup(locale);
  } catch {
    return await bundledLookup(locale);
  }
}

/** Loads the translator for a shipped locale and sets `<html lang>`. */
export async function loadI18n(locale: Locale): Promise<I18n> {
  const [lookup, Format] = await Promise.all([lookupFor(locale), loadMessageFormat()]);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  return { t: translator<MessageKey>(lookup, locale, Format), locale };
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ value, children }: { value: I18n; children: ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() outside <I18nProvider>');
  return value;
}
