import { IMPORT_MAX_ROWS, nameKeyOf, previewImport, type ImportContext } from '../../../src/domain/suppliers';
import { normalizeText, singleLine } from '../../../src/shared/text';

const context = (overrides: Partial<ImportContext> = {}): ImportContext => ({
  team: [
    { accountId: 'acc-grace', displayName: 'Grace Okafor' },
    { accountId: 'acc-hugo', displayName: 'Hugo Moreau' },
  ],
  registerNames: new Set([nameKeyOf('Existing Co')]),
  clean: (text) => singleLine(normalizeText(text)),
  ...overrides,
});

const errorsOf = (csv: string, overrides: Partial<ImportContext> = {}) =>
  previewImport(csv, context(overrides)).rows.map((r) => r.errors.map((e) => `${e.field} ${e.reason}`));

describe('supplier CSV import preview', () => {
  it('reads comma and semicolon files, quoted fields, a byte order mark and CRLF', () => {
    const comma = previewImport(
      '\uFEFFname,category,owner\r\n"Acme, Inc.",Steel,acc-grace\r\n"Say ""hi"" Ltd",Services,Hugo Moreau\r\n',
      context(),
    );
    expect(comma).toEqual({
      refused: 0,
      rows: [
        {
          line: 2,
          name: 'Acme, Inc.',
          category: 'Steel',
          owner: 'acc-grace',
          ownerAccountId: 'acc-grace',
          errors: [],
        },
        {
          line: 3,
          name: 'Say "hi" Ltd',
          category: 'Services',
          owner: 'Hugo Moreau',
          ownerAccountId: 'acc-hugo',
          errors: [],
        },
      ],
    });
    const semicolon = previewImport('Owner;Name;Category\ngrace okafor;Dupont, fils;Transport\n', context());
    expect(semicolon.rows[0]).toMatchObject({
      name: 'Dupont, fils',
      category: 'Transport',
      ownerAccountId: 'acc-grace',
    });
  });

  it('counts lines across quoted line breaks and skips blank lines', () => {
    const preview = previewImport(
      'name,category,owner\n"Two\nlines",Steel,acc-grace\n\nThird,Steel,acc-hugo\n',
      context(),
    );
    expect(preview.rows.map((r) => [r.line, r.name])).toEqual([
      [2, 'Two lines'],
      [5, 'Third'],
    ]);
  });

  it('names every problem of every row', () => {
    const csv = [
      'name,category,owner',
      ',Steel,acc-grace',
      `${'x'.repeat(121)},Steel,acc-grace`,
      '=cmd|calc,Steel,acc-grace',
      'Fine,@SUM(A1),acc-grace',
      'Tab,Steel,"\t+acc-grace"',
      '" -1",Steel,acc-grace',
      'Acme,Steel,acc-grace',
      'ACME ,Steel,acc-grace',
      'existing   co,Steel,acc-grace',
      'Nobody,Steel,Zoe',
      'Short,Steel',
      'Owned,Steel,',
      '"\tTabbed",Steel,acc-grace',
      '"\rReturned",Steel,acc-grace',
    ].join('\n');
    expect(errorsOf(csv)).toEqual([
      ['name import.empty'],
      ['name import.tooLong'],
      ['name import.formula'],
      ['category import.formula'],
      ['owner import.formula'],
      ['name import.formula'],
      [],
      ['name import.duplicateInFile'],
      ['name import.duplicateInRegister'],
      ['owner import.unknownOwner'],
      ['row import.columns', 'owner import.empty'],
      ['owner import.empty'],
      ['name import.formula'],
      ['name import.formula'],
    ]);
    const preview = previewImport(csv, context());
    expect(preview.refused).toBe(13);
    expect(preview.rows[7]!.errors[0]).toEqual({
      field: 'name',
      reason: 'import.duplicateInFile',
      params: { line: '8' },
    });
  });

  it('reads lookalike names as duplicates and a lone accent as empty', () => {
    const csv = [
      'name,category,owner',
      'Großhandel,C,acc-grace',
      'GROSSHANDEL,C,acc-grace',
      'Gro\u200Bßhandel,C,acc-grace',
      'Ｅxisting Co,C,acc-grace',
      '\u0301,C,acc-grace',
    ].join('\n');
    expect(errorsOf(csv)).toEqual([
      [],
      ['name import.duplicateInFile'],
      ['name import.duplicateInFile'],
      ['name import.duplicateInRegister'],
      ['name import.empty'],
    ]);
  });

  it('refuses an owner two buyers share the name of, and a buyer importing for someone else', () => {
    const twins = [
      { accountId: 'a', displayName: 'Sam Lee' },
      { accountId: 'b', displayName: 'sam  lee' },
    ];
    expect(errorsOf('name,category,owner\nX,Y,Sam Lee', { team: twins })).toEqual([
      ['owner import.ambiguousOwner'],
    ]);
    expect(errorsOf('name,category,owner\nX,Y,a', { team: twins })).toEqual([[]]);
    expect(
      errorsOf('name,category,owner\nX,Y,acc-hugo\nZ,Y,acc-grace', { ownerMustBe: 'acc-grace' }),
    ).toEqual([['owner import.notYourOwn'], []]);
  });

  it('never drops the rows after a run of blank lines: blank records do not count toward the cap', () => {
    const three = (from: number) => [0, 1, 2].map((i) => `S${from + i},C,acc-grace`);
    for (const blank of ['', ',,', ' , \u200B,']) {
      const csv = [
        'name,category,owner',
        ...three(1),
        ...Array.from({ length: IMPORT_MAX_ROWS }, () => blank),
        ...three(4),
      ].join('\n');
      const preview = previewImport(csv, context());
      expect(preview.fileError).toBeUndefined();
      expect(preview.rows.map((r) => r.name)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
    }
  });

  it('says "too many rows" rather than leave text unread', () => {
    const full = Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => `S${i},C,acc-grace`);
    const csv = ['name,category,owner', ...full, '', 'Late,C,acc-grace'].join('\n');
    expect(previewImport(csv, context()).fileError).toEqual({
      reason: 'import.tooManyRows',
      params: { max: String(IMPORT_MAX_ROWS) },
    });
  });

  it('refuses a file without its header, with a column twice, without rows, with an open quote or too many rows', () => {
    expect(previewImport('nom,catégorie\nX,Y', context()).fileError).toEqual({ reason: 'import.header' });
    for (const header of ['name,name,category,owner', 'Owner;name;category;OWNER']) {
      expect(previewImport(`${header}\nA,B,C,D`, context()).fileError).toEqual({
        reason: 'import.duplicateColumn',
        params: { column: header.startsWith('name') ? 'name' : 'owner' },
      });
    }
    expect(previewImport('', context()).fileError).toEqual({ reason: 'import.header' });
    expect(previewImport('name,category,owner\n\n', context()).fileError).toEqual({
      reason: 'import.noRows',
    });
    expect(previewImport('name,category,owner\n"X,Y,Z\n', context()).fileError).toEqual({
      reason: 'import.unclosedQuote',
    });
    const rows = (n: number) =>
      ['name,category,owner', ...Array.from({ length: n }, (_, i) => `S${i},C,acc-grace`)].join('\n');
    expect(previewImport(rows(IMPORT_MAX_ROWS), context()).rows).toHaveLength(IMPORT_MAX_ROWS);
    expect(previewImport(rows(IMPORT_MAX_ROWS + 1), context())).toEqual({
      rows: [],
      refused: 0,
      fileError: { reason: 'import.tooManyRows', params: { max: String(IMPORT_MAX_ROWS) } },
    });
  });
});
