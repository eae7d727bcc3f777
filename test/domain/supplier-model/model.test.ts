/** The supplier model: the default, the comment rule, and every validation problem at its path. */
import {
  DEFAULT_SUPPLIER_MODEL,
  isCommentRequired,
  supplierModelProblems,
  type SupplierCriterion,
  type SupplierModel,
} from '../../../src/domain/supplier-model';

const criterion = (id: string, weight: number): SupplierCriterion => ({
  id,
  weight,
  text: { 'en-US': `Criterion ${id}`, 'fr-FR': `Critère ${id}` },
});

const modelOf = (criteria: SupplierCriterion[], rest: Partial<SupplierModel> = {}): SupplierModel => ({
  ...DEFAULT_SUPPLIER_MODEL,
  criteria,
  ...rest,
});

const reasons = (model: SupplierModel) => supplierModelProblems(model).map((p) => `${p.path} ${p.reason}`);

describe('the default supplier model', () => {
  it('is valid: the five criteria of the issue, weights summing to 100, a comment required at 1 and 2', () => {
    expect(supplierModelProblems(DEFAULT_SUPPLIER_MODEL)).toEqual([]);
    expect(DEFAULT_SUPPLIER_MODEL.criteria.map((c) => c.id)).toEqual([
      'supplier-quality',
      'supplier-delivery',
      'supplier-responsiveness',
      'supplier-compliance',
      'supplier-value',
    ]);
    expect(DEFAULT_SUPPLIER_MODEL.criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    expect(DEFAULT_SUPPLIER_MODEL.commentRequiredAtOrBelow).toBe(2);
    expect(DEFAULT_SUPPLIER_MODEL.version).toBe(1);
  });
});

describe('isCommentRequired', () => {
  it('requires a comment at or below the rule, never for "not applicable", never with rule 0', () => {
    const at = (rule: 0 | 1 | 2) =>
      ([1, 2, 3, 4, 'na'] as const).map((a) => isCommentRequired({ commentRequiredAtOrBelow: rule }, a));
    expect(at(0)).toEqual([false, false, false, false, false]);
    expect(at(1)).toEqual([true, false, false, false, false]);
    expect(at(2)).toEqual([true, true, false, false, false]);
  });
});

describe('supplierModelProblems', () => {
  it('accepts 3 and 8 criteria, refuses 2 and 9 with the count', () => {
    expect(reasons(modelOf([criterion('a', 34), criterion('b', 33), criterion('c', 33)]))).toEqual([]);
    const eight = Array.from({ length: 8 }, (_, i) => criterion(`c${i}`, i < 4 ? 13 : 12));
    expect(reasons(modelOf(eight))).toEqual([]);
    expect(supplierModelProblems(modelOf([criterion('a', 50), criterion('b', 50)]))).toEqual([
      { path: 'criteria', reason: 'supplierModel.criteriaCount', params: { min: '3', max: '8', count: '2' } },
    ]);
    const nine = Array.from({ length: 9 }, (_, i) => criterion(`c${i}`, i === 0 ? 12 : 11));
    expect(reasons(modelOf(nine))).toEqual(['criteria supplierModel.criteriaCount']);
  });

  it('refuses a second criterion with a taken id', () => {
    expect(reasons(modelOf([criterion('a', 34), criterion('b', 33), criterion('a', 33)]))).toEqual([
      'criteria.2.id supplierModel.criterionIdTaken',
    ]);
  });

  it('refuses weights that are not whole numbers of at least 1, and a total other than exactly 100', () => {
    expect(reasons(modelOf([criterion('a', 50.5), criterion('b', 49.5), criterion('c', 0)]))).toEqual([
      'criteria.0.weight supplierModel.weightNotWhole',
      'criteria.1.weight supplierModel.weightNotWhole',
      'criteria.2.weight supplierModel.weightNotWhole',
    ]);
    expect(reasons(modelOf([criterion('a', 101), criterion('b', 1), criterion('c', -2)]))).toEqual([
      'criteria.2.weight supplierModel.weightNotWhole',
    ]);
    expect(
      supplierModelProblems(modelOf([criterion('a', 40), criterion('b', 40), criterion('c', 19)])),
    ).toEqual([{ path: 'criteria', reason: 'supplierModel.weightsNot100', params: { total: '99' } }]);
    expect(reasons(modelOf([criterion('a', 40), criterion('b', 40), criterion('c', 21)]))).toEqual([
      'criteria supplierModel.weightsNot100',
    ]);
  });

  it('requires both languages, not blank, for the name and every criterion', () => {
    const blank = { ...criterion('b', 33), text: { 'en-US': '  ', 'fr-FR': 'Critère' } };
    const noFrench = { ...criterion('c', 33), text: { 'en-US': 'Criterion' } as SupplierCriterion['text'] };
    expect(
      reasons(
        modelOf([criterion('a', 34), blank, noFrench], { name: { 'en-US': 'Suppliers', 'fr-FR': '' } }),
      ),
    ).toEqual([
      'name.fr-FR supplierModel.textMissing',
      'criteria.1.text.en-US supplierModel.textMissing',
      'criteria.2.text.fr-FR supplierModel.textMissing',
    ]);
  });

  it('refuses a comment rule other than 0, 1 or 2', () => {
    for (const rule of [0, 1, 2] as const)
      expect(reasons({ ...DEFAULT_SUPPLIER_MODEL, commentRequiredAtOrBelow: rule })).toEqual([]);
    expect(reasons({ ...DEFAULT_SUPPLIER_MODEL, commentRequiredAtOrBelow: 3 as 2 })).toEqual([
      'commentRequiredAtOrBelow supplierModel.commentRule',
    ]);
  });
});
