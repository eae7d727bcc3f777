import { criteriaOf, type EvaluationModel, type LocalizedText } from '@domain/model';
import type { ActionText } from '@domain/plan';
import { LOCALES, type Locale } from '@shared/i18n';

/** The text in `locale`, falling back to English (a model is validated with both, but never render blank). */
export const localized = (text: LocalizedText, locale: Locale): string => text[locale] || text['en-US'];

/**
 * A text the team may have written in one language only (an action's): the reader's language when given, else
 * the other one, with the language it is in, so that a screen can mark a fallback for screen readers.
 */
export function inReaderLanguage(text: ActionText, locale: Locale): { text: string; lang: Locale } {
  const given = [locale, ...LOCALES.filter((l) => l !== locale)].find((l) => (text[l] ?? '') !== '');
  return given ? { text: text[given] ?? '', lang: given } : { text: '', lang: locale };
}

/** The text of `inReaderLanguage`, where only a plain string fits (an accessible name, a message's variable). */
export const textIn = (text: ActionText, locale: Locale): string => inReaderLanguage(text, locale).text;

/** A name being typed, in `locale` or else in English: '' while both are blank. */
export const nameIn = (text: LocalizedText, locale: Locale): string =>
  text[locale].trim() || text['en-US'].trim();

/** Each criterion's text in `locale`, by id. */
export const criterionTexts = (model: EvaluationModel, locale: Locale): Map<string, string> =>
  new Map(criteriaOf(model).map(({ criterion }) => [criterion.id, localized(criterion.text, locale)]));

/** People in alphabetical order as the reader's language sorts names (accents and case included). */
export const sortedByName = <T extends { displayName: string }>(
  people: readonly T[],
  locale: Locale,
): T[] => {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...people].sort((a, b) => collator.compare(a.displayName, b.displayName));
};
