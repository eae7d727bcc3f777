import type { LocalizedText } from '@domain/model';
import type { Locale } from '@shared/i18n';

/** The text in `locale`, falling back to English (a model is validated with both, but never render blank). */
export const localized = (text: LocalizedText, locale: Locale): string => text[locale] || text['en-US'];

/** A name being typed, in `locale` or else in English: '' while both are blank. */
export const nameIn = (text: LocalizedText, locale: Locale): string =>
  text[locale].trim() || text['en-US'].trim();
