import type { LocalizedText } from '@domain/model';
import type { Locale } from '@shared/i18n';

/** The text in `locale`, falling back to English (a model is validated with both, but never render blank). */
export const localized = (text: LocalizedText, locale: Locale): string => text[locale] || text['en-US'];
