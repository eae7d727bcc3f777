/**
 * The breakdowns of a campaign's customer results: a row per group (departments, small groups, other), a row per
 * buyer portfolio and the sections × groups heatmap, each hidden under the rules of `confidentiality`. Pure data
 * and functions: no I/O, no Forge import.
 */
import type { EvaluationModel, LocalizedText } from '../model';
import { aggregate, type Aggregate, type RatedAnswer } from './aggregate';
import { hide, type HiddenReason, type Visibility } from './confidentiality';
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
} & Visibility<Aggregate>;

export type PortfolioRow = {
  buyerAccountId: string;
  /** The campaign departments it counts, in the order the portfolio lists them. */
  departments: string[];
} & Visibility<Aggregate>;

/** Cells follow `Heatmap.sections` in order. */
export type HeatmapCell = Visibility<{
  index: number | null;
  n: number;
  counts: [number, number, number, number];
  na: number;
}>;

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

export function departmentRows(
  groups: readonly GroupAnswers[],
  hidden: ReadonlyMap<string, HiddenReason>,
  figures: ReadonlyMap<string, Aggregate>,
): DepartmentRow[] {
  return groups.map(({ id, kind, name }) => {
    const reason = hidden.get(id);
    return reason
      ? { id, kind, name, ...hide(reason) }
      : { id, kind, name, hidden: false, ...figures.get(id)! };
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
  k: number,
): PortfolioRow[] {
  const departments = new Map(groups.filter((g) => g.kind === 'department').map((g) => [g.id, g]));
  return portfolios.map(({ buyerAccountId, departments: listed }) => {
    const counted = [...new Set(listed)].filter((id) => departments.has(id));
    const answers = counted.flatMap((id) => departments.get(id)!.answers);
    const row = { buyerAccountId, departments: counted };
    if (answers.length < k) return { ...row, ...hide('below-threshold') };
    if (counted.some((id) => hidden.has(id))) return { ...row, ...hide('complementary') };
    return { ...row, hidden: false, ...aggregate(model, answers) };
  });
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
        : row.sections.map(({ index, n, counts, na }) => ({
            hidden: false,
            index,
            n,
            counts: [counts[0], counts[1], counts[2], counts[3]],
            na,
          })),
    })),
  };
}
