/**
 * What the first screen of a report points at, as a reader of Culture Amp or Qualtrics expects: the criteria that
 * fell most since the last comparable campaign, the lowest ones, the blind spots (the team rates itself a point or
 * more above its customers) and how many groups are hidden to protect small ones. Pure functions of the view: a
 * criterion hidden for too few answers is in none of them (its figures are not in the view).
 */
import type { ResultsView } from '@shared/contract/results';

export interface Highlights {
  falling: { criterionId: string; delta: number }[];
  lowest: { criterionId: string; mean: number }[];
  blindSpots: { criterionId: string; gap: number }[];
  hiddenGroups: number;
}

/** A fall of a fifth of a point or more is worth pointing at; smaller moves are noise at these sizes. */
const FALL = -0.2;

export function highlightsOf(view: ResultsView): Highlights {
  const { results } = view;
  const falling = results.trends.hidden
    ? []
    : results.trends.criteria
        .flatMap((c) =>
          'delta' in c.trend && c.trend.delta <= FALL
            ? [{ criterionId: c.criterionId, delta: c.trend.delta }]
            : [],
        )
        .sort((a, b) => a.delta - b.delta)
        .slice(0, 3);
  const lowest = results.overall.hidden
    ? []
    : results.overall.criteria
        .flatMap((c) => (c.hidden || c.mean === null ? [] : [{ criterionId: c.criterionId, mean: c.mean }]))
        .sort((a, b) => a.mean - b.mean)
        .slice(0, 3);
  const blindSpots =
    view.scope === 'full' && !view.results.gaps.hidden
      ? view.results.gaps.criteria
          .flatMap((g) =>
            g.flag === 'blind-spot' && g.gap !== null ? [{ criterionId: g.criterionId, gap: g.gap }] : [],
          )
          .sort((a, b) => b.gap - a.gap)
      : [];
  return { falling, lowest, blindSpots, hiddenGroups: results.departments.filter((d) => d.hidden).length };
}
