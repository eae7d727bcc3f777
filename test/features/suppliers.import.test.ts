/**
 * Importing suppliers from CSV through the real routing: the preview writes nothing, a commit writes every row or
 * none (a refused row, a formula, a file error), the checks are the server's own on commit, owners resolve by
 * account id or display name among the buyers, and a buyer imports only suppliers they own.
 */
import type { Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { code, onAdminPage, type Call } from './support/admin-page';
import { aSupplier, callerOf, seedRegister } from './support/suppliers';

let b: Backend;
let call: Call;
onAdminPage((started) => {
  b = started.b;
  call = callerOf(started.b);
});
beforeEach(() => seedRegister(b, [aSupplier(1, { name: 'Existing Co' })]));

const importCsv = (who: string, csv: string, commit: boolean) =>
  call(who, 'suppliers/import', { csv, commit });
const supplierCount = () =>
  b.dump().entities.filter((e: { entityName?: string }) => e.entityName === 'supplier').length;

const GOOD = `\uFEFFname;category;owner\r\n"Dupont; fils";Transport;Hugo Moreau\r\nAcme;Steel;${PEOPLE.grace}\r\n`;

describe('supplier CSV import', () => {
  it('previews each row with its owner and writes nothing', async () => {
    const before = b.snapshot();
    const { result } = await importCsv(PEOPLE.jean, GOOD, false);
    expect(b.snapshot()).toBe(before);
    expect(result).toEqual({
      ok: true,
      data: {
        refused: 0,
        written: 0,
        rows: [
          expect.objectContaining({
            line: 2,
            name: 'Dupont; fils',
            ownerAccountId: PEOPLE.hugo,
            ownerName: 'Hugo Moreau',
            errors: [],
          }),
          expect.objectContaining({
            line: 3,
            name: 'Acme',
            ownerAccountId: PEOPLE.grace,
            ownerName: 'Grace Okafor',
            errors: [],
          }),
        ],
      },
    });
  });

  it('writes every row of a clean file, active and evaluated a year later', async () => {
    b.clock.set(Date.UTC(2026, 11, 8, 9));
    const { result } = await importCsv(PEOPLE.jean, GOOD, true);
    b.clock.reset();
    expect(result).toMatchObject({ ok: true, data: { written: 2, refused: 0 } });
    expect(supplierCount()).toBe(3);
    const listed = (await call(PEOPLE.jean, 'suppliers/list', { query: 'dup' })).result.data.items;
    expect(listed).toEqual([
      expect.objectContaining({
        name: 'Dupont; fils',
        category: 'Transport',
        status: 'active',
        ownerAccountId: PEOPLE.hugo,
        nextEvaluationOn: '2027-12-08',
        revision: 1,
      }),
    ]);
    // The same file again: every row is now a name of the register.
    const again = await importCsv(PEOPLE.jean, GOOD, false);
    expect(
      again.result.data.rows.map((r: { errors: { reason: string }[] }) => r.errors.map((e) => e.reason)),
    ).toEqual([['import.duplicateInRegister'], ['import.duplicateInRegister']]);
  });

  it.each([
    [
      'a formula',
      `name,category,owner\nFine,Steel,${PEOPLE.grace}\n=cmd|' /C calc'!A0,Steel,${PEOPLE.grace}\n`,
    ],
    [
      'a tab before a formula',
      `name,category,owner\nFine,Steel,${PEOPLE.grace}\n"\t@SUM(A1)",Steel,${PEOPLE.grace}\n`,
    ],
    [
      'a name of the register',
      `name,category,owner\nFine,Steel,${PEOPLE.grace}\nEXISTING  co,Steel,${PEOPLE.grace}\n`,
    ],
    [
      'a name twice in the file',
      `name,category,owner\nFine,Steel,${PEOPLE.grace}\nfine,Steel,${PEOPLE.hugo}\n`,
    ],
    [
      'an owner who is not a buyer',
      `name,category,owner\nFine,Steel,${PEOPLE.grace}\nOther,Steel,Alice Martin\n`,
    ],
    ['an empty name', `name,category,owner\nFine,Steel,${PEOPLE.grace}\n,Steel,${PEOPLE.grace}\n`],
  ])('writes nothing when one row has %s', async (_, csv) => {
    const before = b.snapshot();
    const { result } = await importCsv(PEOPLE.jean, csv, true);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', reason: 'import.refused', params: { count: 1 } },
    });
    expect(b.snapshot()).toBe(before);
  });

  it('writes nothing for a file it cannot read', async () => {
    const before = b.snapshot();
    for (const [csv, reason] of [
      ['nom,catégorie,responsable\nX,Y,Z', 'import.header'],
      ['name,category,owner\n', 'import.noRows'],
      ['name,category,owner\n"Open,Steel,x\n', 'import.unclosedQuote'],
    ]) {
      const { result } = await importCsv(PEOPLE.jean, csv!, true);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', reason } });
    }
    const rows = [
      'name,category,owner',
      ...Array.from({ length: 5001 }, (_, i) => `S${i},C,${PEOPLE.grace}`),
    ];
    const tooMany = await importCsv(PEOPLE.jean, rows.join('\n'), true);
    expect(tooMany.result).toMatchObject({
      ok: false,
      error: { reason: 'import.tooManyRows', params: { max: '5000' } },
    });
    expect(b.snapshot()).toBe(before);
  });

  it('lets a buyer import their own suppliers only, and refuses quality managers and customers', async () => {
    const mixed = `name,category,owner\nMine,Steel,${PEOPLE.hugo}\nTheirs,Steel,Grace Okafor\n`;
    const preview = await importCsv(PEOPLE.hugo, mixed, false);
    expect(
      preview.result.data.rows.map((r: { errors: { reason: string }[] }) => r.errors.map((e) => e.reason)),
    ).toEqual([[], ['import.notYourOwn']]);
    const before = b.snapshot();
    expect(code((await importCsv(PEOPLE.hugo, mixed, true)).result)).toBe('INVALID_PAYLOAD');
    for (const who of [PEOPLE.ines, PEOPLE.alice]) {
      const { result } = await importCsv(who, `name,category,owner\nX,Y,${PEOPLE.grace}\n`, true);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'forbidden.editSuppliers' },
      });
    }
    expect(b.snapshot()).toBe(before);
    const own = await importCsv(PEOPLE.hugo, `name,category,owner\nMine,Steel,${PEOPLE.hugo}\n`, true);
    expect(own.result).toMatchObject({ ok: true, data: { written: 1 } });
  });

  it('takes a 5,000-row file of accented names, and refuses one over the invocation limit by its size', async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `Société d’Équipement ${i},Métallurgie,${PEOPLE.grace}`,
    );
    const csv = ['name,category,owner', ...rows].join('\n');
    const { result } = await importCsv(PEOPLE.jean, csv, false);
    expect(result).toMatchObject({ ok: true, data: { refused: 0 } });
    expect(result.data.rows).toHaveLength(5000);
    // Few characters, many bytes: 1.4 million characters of 3 UTF-8 bytes each.
    const wide = 'name,category,owner\n' + '€'.repeat(1_400_000);
    expect(await importCsv(PEOPLE.jean, wide, false)).toMatchObject({
      result: { ok: false, error: { code: 'INVALID_PAYLOAD', reason: 'import.tooLarge' } },
    });
  });

  it('writes a large import 12 suppliers (and their names’ claims) a round trip, after reading the register 100 names a round trip', async () => {
    const rows = [
      'name,category,owner',
      ...Array.from({ length: 300 }, (_, i) => `New ${i},Steel,${PEOPLE.grace}`),
    ];
    const { result, counts } = await importCsv(PEOPLE.jean, rows.join('\n'), true);
    expect(result).toMatchObject({ ok: true, data: { written: 300 } });
    // The roles, the register's names (1 supplier: one page), 25 transactions of 12 suppliers and their claims.
    expect(counts.storage).toBe(1 + 1 + 25);
    expect(supplierCount()).toBe(301);
  });
});
