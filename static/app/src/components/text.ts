import { criteriaOf, type EvaluationModel, type LocalizedText } from '@domain/model';
import type { Locale } from '@shared/i18n';

/** The text in `locale`, falling back to English (a model is validated with both, but never render blank). */
export const localized = (text: LocalizedText, locale: Locale): string => text[locale] || text['en-US'];

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
