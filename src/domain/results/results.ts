/**
 * A campaign's survey results as they are shown: the customers' overall, the team's self-assessment and the gaps
 * between them, trends, and the breakdowns by department and portfolio with everything too small to show hidden.
 * Plain JSON (no Map, no Set): this is the wire view. Pure data and functions: no I/O, no Forge import.
 */
import type { EvaluationModel, LocalizedText } from '../model';
import { MIN_GROUP_SIZE, SMALL_GROUPS } from '../participation';
import { aggregate, type Aggregate, type RatedAnswer } from './aggregate';
import {
  cellsOf,
  departmentRows,
  groupAggregates,
  heatmapOf,
  portfolioRows,
  type DepartmentRow,
  type GroupAnswers,
  type Heatmap,
  type PortfolioRow,
} from './breakdowns';
import { shownAggregate, tooFewAnswers, type ShownAggregate } from './cells';
import {
  cellSuppressionOf,
  effectiveThreshold,
  hide,
  MIN_COMMENT_GROUP_SIZE,
  suppressionOf,
  type Visibility,
} from './confidentiality';
import { gapsOf, type CriterionGap } from './gaps';
import { kindOf, OTHER_GROUP, partition } from './groups';
import { trendsOf, type CriterionTrend, type HistoryEntry } from './trends';

export interface ResultsInput {
  /** This campaign: the last point of each trend series. No `closedAt` while it is open. */
  campaign: { id: string; period: string; closedAt?: number };
  model: EvaluationModel;
  /** The campaign's departments, in display order. */
  departments: readonly { id: string; name: LocalizedText }[];
  portfolios: readonly { buyerAccountId: string; departments: readonly string[] }[];
  /** Submitted customer answers; `departmentId` may be `SMALL_GROUPS`, a listed department, another id or none. */
  customers: readonly RatedAnswer[];
  /** Submitted self-assessments of the procurement team. */
  selves: readonly RatedAnswer[];
  k: number;
  kComments: number;
  history: readonly HistoryEntry[];
}

export interface Results {
  /** The thresholds applied, after `effectiveThreshold`. */
  thresholds: { k: number; kComments: number };
  /**
   * The customers' figures. Hidden (and then every breakdown with it) below k respondents; a criterion rated by
   * fewer than k is hidden in it, and left out of its sections and overall.
   */
  overall: Visibility<ShownAggregate>;
  /** The team's own view of itself: not a breakdown of the customers, so never hidden. */
  self: Aggregate;
  /** Follows `overall`, cell by cell: a gap beside a hidden figure would give its mean away. */
  gaps: Visibility<{ criteria: CriterionGap[] }>;
  /** Follows `overall`, cell by cell: a series ends with this campaign's means. */
  trends: Visibility<{ criteria: CriterionTrend[] }>;
  /**
   * The campaign's departments, then "small groups" and "other" when they have answers. In a shown row, each
   * criterion is hidden below k ratings, and then as needed so that overall − shown rows leaves 0 or at least k
   * ratings of it (complementary suppression per criterion).
   */
  departments: DepartmentRow[];
  /** A criterion of a shown portfolio is shown only where each of its departments shows it. */
  portfolios: PortfolioRow[];
  heatmap: Heatmap;
  /** Group ids (as in `departments`) whose comments may be shown grouped, at `thresholds.kComments`. */
  commentGroups: string[];
  /** Comments may be shown ungrouped, for the whole campaign. */
  overallComments: boolean;
}

/** The campaign's departments, always (a department nobody answered for shows "below threshold"), then buckets. */
function groupsOf(
  input: Pick<ResultsInput, 'departments' | 'customers'>,
  departmentIds: ReadonlySet<string>,
): GroupAnswers[] {
  const byGroup = partition(departmentIds, input.customers);
  const seen = new Set<string>();
  const groups: GroupAnswers[] = [];
  for (const { id, name } of input.departments) {
    if (seen.has(id)) continue;
    seen.add(id);
    groups.push({ id, kind: 'department', name, answers: byGroup.get(id) ?? [] });
  }
  for (const bucket of [SMALL_GROUPS, OTHER_GROUP]) {
    const answers = byGroup.get(bucket);
    if (answers && !seen.has(bucket))
      groups.push({ id: bucket, kind: kindOf(bucket, departmentIds), name: null, answers });
  }
  return groups;
}

const thresholdsOf = (input: Pick<ResultsInput, 'k' | 'kComments'>) => {
  const k = effectiveThreshold(input.k, MIN_GROUP_SIZE);
  // Comments tell more than counts: a setting below the score threshold would show comments of hidden groups.
  return { k, kComments: Math.max(k, effectiveThreshold(input.kComments, MIN_COMMENT_GROUP_SIZE)) };
};

/** Which comments may be shown: for the whole campaign, and grouped for which groups (the report's own rule). */
export function commentAccessOf(
  input: Pick<ResultsInput, 'departments' | 'customers' | 'k' | 'kComments'>,
): Pick<Results, 'commentGroups' | 'overallComments'> {
  const { k, kComments } = thresholdsOf(input);
  const groups = groupsOf(input, new Set(input.departments.map((d) => d.id)));
  const hidden = suppressionOf(
    groups.map((g) => ({ id: g.id, respondents: g.answers.length })),
    kComments,
  );
  return {
    commentGroups: groups.filter((g) => !hidden.has(g.id)).map((g) => g.id),
    overallComments: input.customers.length >= k,
  };
}

export function resultsOf(input: ResultsInput): Results {
  const { k, kComments } = thresholdsOf(input);
  const { model } = input;
  const departmentIds = new Set(input.departments.map((d) => d.id));
  const groups = groupsOf(input, departmentIds);
  const sizes = groups.map((g) => ({ id: g.id, respondents: g.answers.length }));

  // Below k in all, every group is below k too: the overall's rule and the groups' agree without a special case.
  const raw = input.customers.length >= k ? aggregate(model, input.customers) : null;
  const hidden = suppressionOf(sizes, k);
  const figures = groupAggregates(model, groups, hidden);
  const cells = raw ? cellsOf(raw, figures, k) : new Map();
  const departments = departmentRows(model, groups, hidden, figures, cells);

  const self = aggregate(model, input.selves);
  const customers = raw ? shownAggregate(model, raw, tooFewAnswers(raw, k)) : null;
  return {
    thresholds: { k, kComments },
    overall: customers ? { hidden: false, ...customers } : hide('below-threshold'),
    self,
    gaps: customers ? { hidden: false, criteria: gapsOf(self, customers) } : hide('below-threshold'),
    trends: customers
      ? { hidden: false, criteria: trendsOf(input.campaign, model, customers, input.history, k) }
      : hide('below-threshold'),
    departments,
    portfolios: portfolioRows(model, input.portfolios, groups, hidden, cells, k),
    heatmap: heatmapOf(model, departments),
    ...commentAccessOf(input),
  };
}

/** Ratings (not "not applicable", nor a damaged value) of each of `criterionIds` in `answers`. */
function ratingsOf(answers: readonly RatedAnswer[], criterionIds: readonly string[]): number[] {
  return criterionIds.map((id) => {
    let n = 0;
    for (const { ratings } of answers) {
      const value = Object.hasOwn(ratings, id) ? ratings[id] : undefined;
      if (value === 1 || value === 2 || value === 3 || value === 4) n++;
    }
    return n;
  });
}

/**
 * The criteria whose comments may be shown, for the whole campaign (`groupId` absent) or one group, under the rule
 * of the figures (issue 16, item 6): a comment says its rating, so the comments of a criterion rated by fewer than
 * k would tell what those few think. For the whole campaign, at least k ratings; in a group, the group must show
 * its comments (`commentAccessOf`) and its cell of the criterion pass `cellSuppressionOf` at the comments'
 * threshold, so that the campaign's comments minus the shown groups' come from 0 or at least that many ratings.
 */
export function commentCriteriaOf(
  input: Pick<ResultsInput, 'departments' | 'customers' | 'k' | 'kComments'> & {
    criterionIds: readonly string[];
  },
  groupId: string | undefined,
): Set<string> {
  const { k, kComments } = thresholdsOf(input);
  const ids = input.criterionIds;
  const total = ratingsOf(input.customers, ids);
  if (groupId === undefined) return new Set(ids.filter((_, c) => total[c]! >= k));
  const groups = groupsOf(input, new Set(input.departments.map((d) => d.id)));
  const hidden = suppressionOf(
    groups.map((g) => ({ id: g.id, respondents: g.answers.length })),
    kComments,
  );
  const shown = groups
    .filter((g) => !hidden.has(g.id))
    .map((g) => [g.id, ratingsOf(g.answers, ids)] as const);
  if (!shown.some(([id]) => id === groupId)) return new Set();
  return new Set(
    ids.filter((_, c) => {
      const ratings = new Map(shown.map(([id, counts]) => [id, counts[c]!]));
      let inShown = 0;
      for (const n of ratings.values()) inShown += n;
      return !cellSuppressionOf(ratings, total[c]! - inShown, kComments).has(groupId);
    }),
  );
}
