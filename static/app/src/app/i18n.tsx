/**
 * UI translations through the Forge bridge: `i18n.createTranslationFunction(locale)` reads the translation bundle
 * the host serves next to the resource (`./__LOCALES__/i18n-info.json`, `./__LOCALES__/<locale>.json`, built by
 * Forge from `locales/*.json`). UI strings live under `ui.*`.
 *
 * If that bundle cannot be fetched, the same JSON files are loaded from a lazily-imported chunk, so a misconfigured
 * host degrades to correct text rather than raw keys. The chunk is never fetched on the normal path.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { i18n } from '@forge/bridge';
import { DEFAULT_LOCALE, type Locale } from '@shared/i18n';

export type Vars = Record<string, string | number>;
export type Translate = (key: string, vars?: Vars) => string;

export interface I18n {
  t: Translate;
  locale: Locale;
}

type Lookup = (key: string) => string | undefined;

/** A value that starts with a vowel sound (or an h or a y) takes « d’ » / « qu’ » instead of « de » / « que ». */
const VOWEL_START = /^[aeiouyhàâäæéèêëîïôöœùûüÿ]/iu;
const ELIDABLE = /(^|[^\p{L}])(d|qu)e $/iu;

/** `before` (the text up to a value) with a final « de » / « que » elided when the value calls for it. */
const elide = (before: string, value: string): string =>
  VOWEL_START.test(value) ? before.replace(ELIDABLE, '$1$2’') : before;

function interpolate(text: string, vars: Vars | undefined, elision: boolean): string {
  if (!vars) return text;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    const known = name in vars;
    const value = known ? String(vars[name]) : match[0];
    const before = text.slice(last, match.index);
    out += (known && elision ? elide(before, value) : before) + value;
    last = match.index + match[0].length;
  }
  return out + text.slice(last);
}

/**
 * `t(key, vars)`: the text of `key` with its `{placeholders}` filled. When `vars.count` is a number and the key has
 * plural forms (`{ "one": …, "other": … }`), the form is chosen with Intl.PluralRules in the locale (French: 0 and
 * 1 take "one"). French texts elide « de » and « que » before a value starting with a vowel sound (« Membres
 * d’Engineering »).
 */
export function makeTranslate(lookup: Lookup, locale: Locale = DEFAULT_LOCALE): Translate {
  const rules = new Intl.PluralRules(locale);
  const elision = locale === 'fr-FR';
  return (key, vars) => {
    const count = vars?.count;
    const plural =
      typeof count === 'number'
        ? (lookup(`${key}.${rules.select(count)}`) ?? lookup(`${key}.other`))
        : undefined;
    return interpolate(plural ?? lookup(key) ?? key, vars, elision);
  };
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

/** Loads the translator for a shipped locale and sets `<html lang>`. */
export async function loadI18n(locale: Locale): Promise<I18n> {
  let lookup: Lookup;
  try {
    lookup = await bridgeLookup(locale);
  } catch {
    lookup = await bundledLookup(locale);
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  return { t: makeTranslate(lookup, locale), locale };
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
