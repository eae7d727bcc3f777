/**
 * The breakdowns of a campaign's customer results: a row per group (departments, small groups, other), a row per
 * buyer portfolio and the sections × groups heatmap, each hidden under the rules of `confidentiality`, as a whole
 * and criterion by criterion. Pure data and functions: no I/O, no Forge import.
 */
import type { EvaluationModel, LocalizedText } from '../model';
import { aggregate, type Aggregate, type RatedAnswer } from './aggregate';
import { shownAggregate, type ShownAggregate } from './cells';
import {
  cellSuppressionOf,
  hide,
  type CellReason,
  type HiddenReason,
  type Visibility,
} from './confidentiality';
import type { GroupKind } from './groups';

/** One group of the partition, with its answers. `name` is null for the buckets: the UI words them by kind. */
export interface GroupAnswers {
  id: string;
  kind: GroupKind;
  name: LocalizedText | null;
  answers: readonly RatedAnswer[];
}

export type DepartmentRow = {
  id: string;
  kind: GroupKind;
  name: LocalizedText | null;
} & Visibility<ShownAggregate>;

export type PortfolioRow = {
  buyerAccountId: string;
  /** The campaign departments it counts, in the order the portfolio lists them. */
  departments: string[];
} & Visibility<ShownAggregate>;

/** Cells follow `Heatmap.sections` in order: hidden with its group, or with every criterion of its section. */
export type HeatmapCell =
  | { hidden: true; reason: HiddenReason | CellReason }
  | {
      hidden: false;
      index: number | null;
      n: number;
      counts: [number, number, number, number];
      na: number;
      /** Criteria of the section hidden in this group, left out of its figures. */
      omitted: number;
    };

export interface Heatmap {
  sections: { id: string; title: LocalizedText }[];
  rows: { id: string; kind: GroupKind; name: LocalizedText | null; cells: HeatmapCell[] }[];
}

/** Aggregates of the visible groups only: a hidden group's figures are never computed, so never leak. */
export function groupAggregates(
  model: EvaluationModel,
  groups: readonly GroupAnswers[],
  hidden: ReadonlyMap<string, HiddenReason>,
): Map<string, Aggregate> {
  return new Map(
    groups.filter((g) => !hidden.has(g.id)).map((g) => [g.id, aggregate(model, g.answers)] as const),
  );
}

/** Criterion id → why it is hidden, for each shown group. */
export type CellSuppression = ReadonlyMap<string, ReadonlyMap<string, CellReason>>;

/**
 * Criterion by criterion, the cells the shown groups (`figures`) must hide (`cellSuppressionOf`): what `overall`
 * counts beyond the shown groups is the groups hidden as a whole. Both aggregates come from the same model, so
 * their criteria line up.
 */
export function cellsOf(
  overall: Aggregate,
  figures: ReadonlyMap<string, Aggregate>,
  k: number,
): CellSuppression {
  const cells = new Map([...figures.keys()].map((id) => [id, new Map<string, CellReason>()]));
  overall.criteria.forEach((total, c) => {
    const ratings = new Map([...figures].map(([id, raw]) => [id, raw.criteria[c]?.n ?? 0]));
    let shown = 0;
    for (const n of ratings.values()) shown += n;
    for (const [id, reason] of cellSuppressionOf(ratings, total.n - shown, k))
      cells.get(id)!.set(total.criterionId, reason);
  });
  return cells;
}

export function departmentRows(
  model: EvaluationModel,
  groups: readonly GroupAnswers[],
  hidden: ReadonlyMap<string, HiddenReason>,
  figures: ReadonlyMap<string, Aggregate>,
  cells: CellSuppression,
): DepartmentRow[] {
  return groups.map(({ id, kind, name }) => {
    const reason = hidden.get(id);
    return reason
      ? { id, kind, name, ...hide(reason) }
      : {
          id,
          kind,
          name,
          hidden: false,
          ...shownAggregate(model, figures.get(id)!, cells.get(id) ?? new Map()),
        };
  });
}

/**
 * A portfolio counts its whole departments only. People a buyer serves individually are counted in their
 * department's row, not here: they are not a group of k, and adding them would make portfolio − its departments
 * a set of one or two people.
 *
 * Visible only when every department it counts is visible and it has at least k respondents, so that a visible
 * portfolio is a sum of visible rows and no difference of two filters (portfolio − portfolio, portfolio −
 * department, overall − portfolio) says more than the department rows already do. A department with no
 * respondent is hidden too, and hides its portfolios: "below threshold" must read the same whatever the count.
 * Listed ids that are not campaign departments count nothing (their answers, if any, are in the "other" group).
 */
export function portfolioRows(
  model: EvaluationModel,
  portfolios: readonly { buyerAccountId: string; departments: readonly string[] }[],
  groups: readonly GroupAnswers[],
  hidden: ReadonlyMap<string, HiddenReason>,
  cells: CellSuppression,
  k: number,
): PortfolioRow[] {
  const departments = new Map(groups.filter((g) => g.kind === 'department').map((g) => [g.id, g]));
  return portfolios.map(({ buyerAccountId, departments: listed }) => {
    const counted = [...new Set(listed)].filter((id) => departments.has(id));
    const answers = counted.flatMap((id) => departments.get(id)!.answers);
    const row = { buyerAccountId, departments: counted };
    if (answers.length < k) return { ...row, ...hide('below-threshold') };
    if (counted.some((id) => hidden.has(id))) return { ...row, ...hide('complementary') };
    const raw = aggregate(model, answers);
    return { ...row, hidden: false, ...shownAggregate(model, raw, portfolioCells(raw, counted, cells, k)) };
  });
}

/**
 * A portfolio's criterion is shown only when each of its departments shows it: then it is their sum, and
 * portfolio − departments gives away no hidden cell.
 */
function portfolioCells(
  raw: Aggregate,
  counted: readonly string[],
  cells: CellSuppression,
  k: number,
): Map<string, CellReason> {
  const hidden = new Map<string, CellReason>();
  for (const { criterionId, n } of raw.criteria) {
    if (n < k) hidden.set(criterionId, 'too-few-answers');
    else if (counted.some((id) => cells.get(id)?.has(criterionId))) hidden.set(criterionId, 'complementary');
  }
  return hidden;
}

export function heatmapOf(model: EvaluationModel, rows: readonly DepartmentRow[]): Heatmap {
  return {
    sections: model.sections.map((s) => ({ id: s.id, title: s.title })),
    rows: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      name: row.name,
      cells: row.hidden
        ? model.sections.map(() => hide(row.reason))
        : row.sections.map((section): HeatmapCell => {
            if (section.hidden) return { hidden: true, reason: section.reason };
            const { index, n, counts, na, sectionId } = section;
            return {
              hidden: false,
              index,
              n,
              counts: [counts[0], counts[1], counts[2], counts[3]],
              na,
              omitted: row.criteria.filter((c) => c.hidden && c.sectionId === sectionId).length,
            };
          }),
    })),
  };
}
