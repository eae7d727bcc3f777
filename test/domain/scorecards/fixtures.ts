/** A small supplier model and ratings for the scorecard tests. */
import type { SupplierAnswer, SupplierModel, SupplierRating } from '../../../src/domain/supplier-model';

export const MODEL: SupplierModel = {
  id: 'sm',
  version: 1,
  name: { 'en-US': 'Suppliers', 'fr-FR': 'Fournisseurs' },
  commentRequiredAtOrBelow: 2,
  criteria: [
    { id: 'quality', weight: 50, text: { 'en-US': 'Quality', 'fr-FR': 'Qualité' } },
    { id: 'delivery', weight: 30, text: { 'en-US': 'Delivery', 'fr-FR': 'Livraison' } },
    { id: 'value', weight: 20, text: { 'en-US': 'Value', 'fr-FR': 'Valeur' } },
  ],
};

let next = 0;

/** A rating of `supplierId`: answers in the model's order (undefined: not answered), optional comments. */
export function rating(
  supplierId: string,
  answers: (SupplierAnswer | undefined)[],
  comments: Record<string, string> = {},
  raterKey = `rater-${++next}`,
): SupplierRating {
  const ids = MODEL.criteria.map((c) => c.id);
  return {
    supplierId,
    raterKey,
    departmentId: null,
    answers: Object.fromEntries(
      answers.flatMap((a, i) => (a === undefined ? [] : [[ids[i]!, a] as [string, SupplierAnswer]])),
    ),
    comments,
  };
}

/** A rating of `supplierId` by criterion id, for models other than MODEL. */
export const ratingBy = (supplierId: string, answers: Record<string, SupplierAnswer>): SupplierRating => ({
  supplierId,
  raterKey: `rater-${++next}`,
  departmentId: null,
  answers,
  comments: {},
});

/** The index of a mean on the 4-level scale. */
export const indexOf = (mean: number): number => ((mean - 1) / 3) * 100;
