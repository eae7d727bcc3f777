/** The locales the app ships; Forge's `context.locale` is mapped onto one of them. */
export const LOCALES = ['en-US', 'fr-FR'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en-US';

/** Forge sends `en-US`, `fr-FR`, but also `fr_FR` or `fr`: pick the closest shipped locale. */
export function toLocale(raw: string | undefined | null): Locale {
  const lang = (raw ?? '').replace('_', '-').toLowerCase();
  return lang.startsWith('fr') ? 'fr-FR' : DEFAULT_LOCALE;
}
