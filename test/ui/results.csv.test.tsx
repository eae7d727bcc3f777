/** CSV cells a spreadsheet would run as formulas are neutralised; the rest is quoted only where needed. */
import { csvCell, toCsv } from '../../static/app/src/features/results/csv';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('quotes commas, quotes and line breaks, leaves plain text and numbers as they are', () => {
    expect(csvCell('Délais, qualité')).toBe('"Délais, qualité"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('Ingénierie')).toBe('Ingénierie');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(2 / 3)).toBe('0.6667');
    expect(csvCell(null)).toBe('');
  });

  it('is UTF-8 with a byte-order mark and CRLF line ends', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', 2],
      ]),
    ).toBe('\uFEFFa,1\r\nb,2\r\n');
  });
});
