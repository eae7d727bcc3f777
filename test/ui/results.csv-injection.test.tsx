/**
 * CSV exports opened by a spreadsheet that splits on another separator than the file's comma :
 * French Excel splits on `;`, a paste splits on tabs, and neither honours quotes in the middle of a cell. Whatever
 * such a reader takes for a cell must not start a formula (`=`, `+`, `-`, `@`, after spaces or quotes). The export's
 * own words follow the reader's language.
 */
import fc from 'fast-check';
import { DEFAULT_MODEL, criteriaOf } from '../../src/domain/model/model';
import { commentsCsv, csvCell, toCsv } from '../../static/app/src/features/results/csv';
import type * as I18n from '../../static/app/src/app/i18n';
import type { Locale } from '../../src/shared/i18n';
import { parseCsv } from '../helpers/csv';
import { installBridge } from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

let makeTranslate: typeof I18n.makeTranslate;
beforeAll(async () => {
  installBridge();
  ({ makeTranslate } = await import('../../static/app/src/app/i18n'));
});

type Tree = { [key: string]: Tree | string };
const translate = (locale: Locale) =>
  makeTranslate((key) => {
    let node: Tree | string | undefined = locale === 'fr-FR' ? fr : en;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  }, locale);

/** The separators a spreadsheet may split a line on: en-US Excel, fr-FR Excel, a tab (a paste, a .tsv reader). */
const SEPARATORS = [',', ';', '\t'] as const;

/**
 * Every cell a hostile reader could see: it splits on `separator` and on every line break, honouring no quote
 * (a quote only counts at the start of a cell, which the check below skips anyway). Excel trims what leads a cell
 * and unquotes it, so leading spaces and quotes are skipped before looking for a formula's first character.
 */
const cellsSeenWith = (text: string, separator: string): string[] =>
  text.split(/\r\n|\r|\n/).flatMap((line) => line.split(separator));
const startsFormula = (cell: string): boolean => /^[\s"]*[=+\-@]/.test(cell);

const formulas = (text: string, separator: string) => cellsSeenWith(text, separator).filter(startsFormula);

describe('CSV cells split on another separator', () => {
  it.each([
    ['ok;=HYPERLINK("http://x","y")', ';'],
    ['ok,=HYPERLINK("http://x")', ','],
    ['ok\t=1+1', '\t'],
    ['ok; =1+1', ';'],
    ['ok;"=1+1"', ';'],
    ['ok;+1', ';'],
    ['ok;-1+1', ';'],
    ['ok;@SUM(A1)', ';'],
    ['line\n=1+1', ','],
    ['  =1+1', ','],
    ['"=1+1"', ','],
  ])('%j opens as text, not a formula, when split on %j', (text, separator) => {
    const before = formulas(`${text}\r\n`, separator);
    expect(before.length).toBeGreaterThan(0); // the raw text would start a formula
    expect(formulas(toCsv([[text]]), separator)).toEqual([]);
  });

  it('no cell of any row starts a formula, for the comma, semicolon and tab readers (property)', () => {
    const alphabet = fc.constantFrom('a', ' ', '=', '+', '-', '@', ',', ';', '\t', '"', "'", '\n', '\r', 'é');
    const text = fc.array(alphabet, { maxLength: 12 }).map((chars) => chars.join(''));
    // Rows start with a text, as every export's do (a group, a criterion id).
    const row = fc
      .tuple(text, fc.array(fc.oneof(text, fc.double({ noNaN: true }), fc.constant(null)), { maxLength: 4 }))
      .map(([first, rest]) => [first, ...rest]);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), (rows) => {
        const file = toCsv(rows);
        for (const separator of SEPARATORS) {
          const cells = cellsSeenWith(file, separator).filter(startsFormula);
          // A number the file writes as a number (-0.25) is a number to every reader, not a formula.
          expect(cells.filter((cell) => !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(cell.trim()))).toEqual([]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a comma reader reads each text back, changed only by the apostrophes that disarm it', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 5 }), (cells) => {
        const [back] = parseCsv(toCsv([cells]).slice(1));
        expect(back).toHaveLength(cells.length);
        back!.forEach((read, i) => expect(read.replace(/'/g, '')).toBe(cells[i]!.replace(/'/g, '')));
      }),
    );
  });

  it('leaves text without a formula lead after a separator as it is', () => {
    expect(csvCell('Délais; qualité, coûts')).toBe('"Délais; qualité, coûts"');
    expect(csvCell('a - b')).toBe('a - b');
    expect(csvCell('ok;=x')).toBe(`"ok;'=x"`);
  });
});

describe('the comments export', () => {
  const criterionId = criteriaOf(DEFAULT_MODEL)[0]!.criterion.id;
  const comments = [{ criterionId, rating: 'na' as const, text: 'Not for us' }];

  it.each([
    ['en-US', en.ui.results.csv.na],
    ['fr-FR', fr.ui.results.csv.na],
  ] as const)('words "not applicable" in the reader’s language (%s)', async (locale, word) => {
    const t = await translate(locale);
    const [, row] = parseCsv(commentsCsv(DEFAULT_MODEL, comments, t, locale).slice(1));
    expect(row![2]).toBe(word);
  });
});
