import {
  looksLikeFormula,
  nameKeyOf,
  oneYearAfter,
  planEditedSupplier,
  planNewSupplier,
  supplierProblems,
  supplierWriteRefusal,
  SUPPLIER_LIMITS,
  type SupplierFields,
} from '../../../src/domain/suppliers';
import { LIMITS } from '../../../src/shared/limits';

const fields = (overrides: Partial<SupplierFields> = {}): SupplierFields => ({
  name: 'Acme Steel',
  category: 'Raw materials',
  ownerAccountId: 'buyer-1',
  status: 'active',
  nextEvaluationOn: null,
  departments: [],
  ...overrides,
});
const team = ['buyer-1', 'buyer-2'];

describe('supplier rules', () => {
  it('holds the same text limits as the contract and the page', () => {
    expect(SUPPLIER_LIMITS).toEqual({ name: LIMITS.supplierName, category: LIMITS.supplierCategory });
  });

  it('compares names without case, accents or repeated spaces', () => {
    expect(nameKeyOf('  Müller   GmbH ')).toBe('muller gmbh');
    expect(nameKeyOf('MULLER GMBH')).toBe(nameKeyOf('müller gmbh'));
    expect(nameKeyOf('Éclair\tSA')).toBe('eclair sa');
  });

  it.each([
    ['a zero-width space', 'Acme\u200BSteel', 'AcmeSteel'],
    ['a soft hyphen', 'Acme\u00ADSteel', 'AcmeSteel'],
    ['a word joiner', 'Acme\u2060Steel', 'AcmeSteel'],
    ['a byte order mark', 'Acme\uFEFF Steel', 'Acme Steel'],
    ['full-width letters', 'ＭÜＬＬＥＲ GmbH', 'Müller GmbH'],
    ['ß for ss', 'Großhandel', 'GROSSHANDEL'],
    ['a ligature', 'Eﬀect Ltd', 'Effect Ltd'],
    ['a decomposed accent', 'Mu\u0308ller', 'Müller'],
  ])('makes %s no other name than the plain one', (_, text, plain) => {
    expect(nameKeyOf(text)).toBe(nameKeyOf(plain));
  });

  it('keeps the marks of scripts where they make other letters, and drops a mark with no letter', () => {
    // Devanagari: कि (ki) and क (ka) are two syllables; Arabic: the harakat tell words apart.
    expect(nameKeyOf('\u0915\u093F')).not.toBe(nameKeyOf('\u0915'));
    expect(nameKeyOf('\u0643\u064E\u062A\u064E\u0628')).not.toBe(nameKeyOf('\u0643\u062A\u0628'));
    expect(nameKeyOf('\u0301')).toBe('');
    expect(nameKeyOf(' \u0301\u0301 ')).toBe('');
  });

  it('refuses a name or category that folds to nothing', () => {
    expect(supplierProblems(fields({ name: '\u0301', category: '\u0301\u0302' }), team)).toEqual([
      { path: 'name', reason: 'field.required' },
      { path: 'category', reason: 'field.required' },
    ]);
  });

  it.each(['=1+1', '+33', '-2', '@SUM(A1)', '\tx', '\rx'])('reads %j as a spreadsheet formula', (text) => {
    expect(looksLikeFormula(text)).toBe(true);
  });

  it('does not read ordinary names as formulas', () => {
    expect(looksLikeFormula('A=B Ltd')).toBe(false);
    expect(looksLikeFormula('3M')).toBe(false);
  });

  it('accepts a well-formed supplier and names each problem of a bad one', () => {
    expect(supplierProblems(fields(), team)).toEqual([]);
    expect(
      supplierProblems(
        fields({
          name: '',
          category: 'x'.repeat(61),
          ownerAccountId: 'stranger',
          nextEvaluationOn: '2026-02-30',
        }),
        team,
      ),
    ).toEqual([
      { path: 'name', reason: 'field.tooShort', params: { min: '1' } },
      { path: 'category', reason: 'field.tooLong', params: { max: '60' } },
      { path: 'ownerAccountId', reason: 'supplier.ownerNotBuyer' },
      { path: 'nextEvaluationOn', reason: 'field.day' },
    ]);
    expect(supplierProblems(fields({ name: 'x'.repeat(120) }), team)).toEqual([]);
    expect(supplierProblems(fields({ name: 'x'.repeat(121) }), team)).toEqual([
      { path: 'name', reason: 'field.tooLong', params: { max: '120' } },
    ]);
    expect(supplierProblems(fields({ name: '=HYPERLINK("x")' }), team)).toEqual([
      { path: 'name', reason: 'supplier.formula' },
    ]);
  });

  it('lets an admin write any supplier, a buyer only their own, and nobody else', () => {
    const mine = { ownerAccountId: 'buyer-1' };
    const theirs = { ownerAccountId: 'buyer-2' };
    expect(supplierWriteRefusal(['admin'], 'admin-1', theirs, mine)).toBeUndefined();
    expect(supplierWriteRefusal(['team'], 'buyer-1', undefined, mine)).toBeUndefined();
    expect(supplierWriteRefusal(['team'], 'buyer-1', mine, mine)).toBeUndefined();
    expect(supplierWriteRefusal(['team'], 'buyer-1', undefined, theirs)).toBe('owner-fixed');
    expect(supplierWriteRefusal(['team'], 'buyer-1', mine, theirs)).toBe('owner-fixed');
    expect(supplierWriteRefusal(['team'], 'buyer-1', theirs, mine)).toBe('not-owner');
    expect(supplierWriteRefusal(['quality'], 'q-1', undefined, mine)).toBe('not-keeper');
    expect(supplierWriteRefusal([], 'customer', undefined, mine)).toBe('not-keeper');
  });

  it('evaluates a new supplier again a year later, 29 February on 28 February', () => {
    expect(oneYearAfter('2026-12-08')).toBe('2027-12-08');
    expect(oneYearAfter('2028-02-29')).toBe('2029-02-28');
    expect(oneYearAfter('2027-02-28')).toBe('2028-02-28');
    expect(planNewSupplier('sup-1', fields(), '2026-12-08', 5).nextEvaluationOn).toBe('2027-12-08');
    expect(
      planNewSupplier('sup-1', fields({ nextEvaluationOn: '2026-12-31' }), '2026-12-08', 5).nextEvaluationOn,
    ).toBe('2026-12-31');
  });

  it('starts a supplier at revision 1 and moves the revision and time on each edit', () => {
    const created = planNewSupplier('sup-1', fields({ departments: ['a', 'a', 'b'] }), '2026-12-08', 5);
    expect(created).toMatchObject({
      id: 'sup-1',
      revision: 1,
      createdAt: 5,
      updatedAt: 5,
      departments: ['a', 'b'],
    });
    const edited = planEditedSupplier(created, fields({ status: 'archived' }), 9);
    expect(edited).toMatchObject({
      id: 'sup-1',
      revision: 2,
      createdAt: 5,
      updatedAt: 9,
      status: 'archived',
    });
  });
});
