import { criteriaOf, DEFAULT_MODEL } from '../../../src/domain/model/model';
import { evaluationModelSchema } from '../../../src/shared/contract/model';
import { LOCALES } from '../../../src/shared/i18n';

describe('the default evaluation model', () => {
  it('has the five procurement sections of the company model, in order', () => {
    expect(DEFAULT_MODEL.sections.map((section) => section.title['en-US'])).toEqual([
      'Health, safety and environment',
      'Communication, organization and interfaces',
      'Sourcing activities',
      'Transverse services',
      'Continuous improvement and innovation',
    ]);
  });

  it('conforms to the contract schema the resolvers and storage use', () => {
    expect(evaluationModelSchema.safeParse(DEFAULT_MODEL).success).toBe(true);
  });

  it('gives every criterion a unique id and a distinct text in every shipped locale', () => {
    const items = criteriaOf(DEFAULT_MODEL);
    expect(items.length).toBeGreaterThanOrEqual(15);
    expect(new Set(items.map(({ criterion }) => criterion.id)).size).toBe(items.length);
    for (const locale of LOCALES) {
      const texts = items.map(({ criterion }) => criterion.text[locale].trim());
      expect(texts.every((text) => text.length > 0)).toBe(true);
      expect(new Set(texts).size).toBe(texts.length);
    }
    // French is a translation, not a copy of the English text.
    expect(items.some(({ criterion }) => criterion.text['fr-FR'] === criterion.text['en-US'])).toBe(false);
  });
});
