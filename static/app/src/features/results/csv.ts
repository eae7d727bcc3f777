/**
 * CSV exports of results: UTF-8 with a byte-order mark and CRLF line ends, so Excel opens French text cleanly;
 * numbers written with a dot, unrounded beyond 4 decimals, so the file parses back to the figures shown. Every
 * word in the file is in the reader's language.
 *
 * A text cell is written so that no spreadsheet runs any part of it as a formula, whatever separator it splits
 * lines on: the file's comma, the `;` of French Excel, a tab (a paste), or a line break. Such a reader honours no
 * quote in the middle of our cell (a quote only counts at the start of its own cell), so quoting cannot keep
 * `ok;=HYPERLINK(…)` whole in French Excel: an apostrophe goes before every place a cell could start (the start of
 * the text, and after each of those separators) when what follows it, past spaces and quotes, starts a formula
 * (`=`, `+`, `-`, `@`). A text starting with a tab or a carriage return is prefixed too. Then the cell is quoted
 * when it holds a quote, a line break or either list separator.
 */
import { criteriaOf, type EvaluationModel } from '@domain/model';
import type { CriterionCell, Score, ShownAggregate } from '@domain/results';
import type { Locale } from '@shared/i18n';
import type { ResultsView } from '@shared/contract/results';
import type { Translate } from '../../app/i18n';
import { criterionTexts, localized } from '../../components/text';
import { HIDDEN_LABEL } from './hidden-labels';

export type Cell = string | number | null;

/** Past spaces and quotes, the first character of a formula. */
const STARTS_FORMULA = /^[\s"]*[=+\-@]|^[\t\r]/;
/** A separator some spreadsheet splits on, followed (past spaces and quotes) by the first character of a formula. */
const SPLITS_INTO_FORMULA = /([,;\t\r\n])(?=[\s"]*[=+\-@])/g;
const NEEDS_QUOTES = /[",;\r\n]/;

/** `text` with an apostrophe wherever a spreadsheet could start a cell that runs as a formula. */
export function neutralised(text: string): string {
  const inner = text.replace(SPLITS_INTO_FORMULA, "$1'");
  return STARTS_FORMULA.test(text) ? `'${inner}` : inner;
}

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const rounded = Math.round(value * 10_000) / 10_000;
    // Past ±1.8e304 the scaling overflows: such a number has no decimals to round.
    return String(Number.isFinite(rounded) ? rounded : value);
  }
  const text = neutralised(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const toCsv = (rows: readonly (readonly Cell[])[]): string =>
  `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** A shown cell's figures; a hidden one's are empty, and the last column says why (the report's words). */
const scoreCells = (cell: CriterionCell, t: Translate): Cell[] => {
  if (cell.hidden) return [...Array<Cell>(13).fill(null), t(HIDDEN_LABEL[cell.reason])];
  const score: Score = cell;
  return [
    score.n,
    ...score.counts,
    score.na,
    score.mean,
    score.index,
    score.satisfaction,
    score.satisfactionInterval?.[0] ?? null,
    score.satisfactionInterval?.[1] ?? null,
    score.topBox,
    score.net,
    null,
  ];
};

/**
 * One row per criterion (overall), then one per visible department × criterion: what the report shows, a hidden
 * criterion with its reason and no figure.
 */
export function scoresCsv(view: ResultsView, t: Translate, locale: Locale): string {
  const head: Cell[] = [
    t('ui.results.csv.group'),
    t('ui.results.csv.section'),
    t('ui.results.csv.criterionId'),
    t('ui.results.csv.criterion'),
    'N',
    'n1',
    'n2',
    'n3',
    'n4',
    t('ui.results.csv.na'),
    t('ui.results.csv.mean'),
    t('ui.results.csv.index'),
    t('ui.results.csv.satisfaction'),
    t('ui.results.csv.marginLow'),
    t('ui.results.csv.marginHigh'),
    t('ui.results.csv.topBox'),
    t('ui.results.csv.net'),
    t('ui.results.csv.note'),
  ];
  const rows: Cell[][] = [head];
  const lines = criteriaOf(view.model);
  const add = (group: string, aggregate: ShownAggregate) =>
    aggregate.criteria.forEach((cell, i) => {
      const line = lines[i];
      rows.push([
        group,
        line ? localized(line.section.title, locale) : cell.sectionId,
        cell.criterionId,
        line ? localized(line.criterion.text, locale) : cell.criterionId,
        ...scoreCells(cell, t),
      ]);
    });
  const { overall, departments } = view.results;
  if (!overall.hidden) add(t('ui.results.overall'), overall);
  for (const row of departments) if (!row.hidden) add(groupName(row, t, locale), row);
  return toCsv(rows);
}

export function groupName(
  row: { kind: 'department' | 'small-groups' | 'other'; name: { 'en-US': string; 'fr-FR': string } | null },
  t: Translate,
  locale: Locale,
): string {
  if (row.kind === 'small-groups') return t('ui.results.smallGroups');
  if (row.kind === 'other') return t('ui.results.otherGroup');
  return row.name ? localized(row.name, locale) : '';
}

/** Starts a download of `text` as `filename` (a Blob URL: no inline script, allowed by Forge's CSP). */
export function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Every comment shown for the whole campaign: criterion, rating, text (never who, nor which group). */
export function commentsCsv(
  model: EvaluationModel,
  comments: readonly { criterionId: string; rating: number | 'na'; text: string }[],
  t: Translate,
  locale: Locale,
): string {
  const textOf = criterionTexts(model, locale);
  return toCsv([
    [
      t('ui.results.csv.criterionId'),
      t('ui.results.csv.criterion'),
      t('ui.results.rating'),
      t('ui.results.csv.comment'),
    ],
    ...comments.map((c) => [
      c.criterionId,
      textOf.get(c.criterionId) ?? c.criterionId,
      c.rating === 'na' ? t('ui.results.csv.na') : c.rating,
      c.text,
    ]),
  ]);
}
