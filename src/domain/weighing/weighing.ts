/**
 * The customers' weighing of candidate improvement actions (DOMAIN "Scores", "Actions"): each customer splits 100
 * points over the candidates; an action's value is the mean points per voter, shown with the number of voters.
 * Pure data and functions: no I/O, no Forge import.
 */
import { MIN_GROUP_SIZE } from '../participation';
import { effectiveThreshold } from '../results';

/** What every ballot adds up to. */
export const BALLOT_POINTS = 100;

/**
 * Keys of src/shared/reasons.ts, which words them (the domain never words anything for users). Spelled here as
 * literals because a folder of the domain may not import src/shared.
 */
export type WeighingReason =
  'weighing.empty' | 'weighing.unknownAction' | 'weighing.points' | 'weighing.total';

/** A problem of a ballot, at a field path (the contract's INVALID_PAYLOAD issues). */
export interface BallotProblem {
  path: string;
  reason: WeighingReason;
  params?: Record<string, string | number>;
}

export interface Allocation {
  actionId: string;
  /** A positive whole number: the ballot keeps no zero. */
  points: number;
}

/** One customer's 100 points, in the order of the candidates the ballot was checked against. */
export interface Ballot {
  allocations: Allocation[];
}

export type BallotParse = { ok: true; ballot: Ballot } | { ok: false; problems: BallotProblem[] };

/** Number.isInteger is false for anything but a number, so a string or null from a damaged payload fails too. */
const isPoints = (value: number): boolean => Number.isInteger(value) && value >= 0;

/**
 * A zero is dropped before anything else, even for an id that is no longer a candidate: it says nothing, and a
 * form still showing a just-withdrawn action at 0 should not be refused. Every entry is checked; the total only
 * when all entries are valid, since the sum of a ballot with a negative or unknown entry is no figure to quote.
 */
export function parseBallot(points: Record<string, number>, candidateIds: readonly string[]): BallotParse {
  const candidates = new Set(candidateIds);
  const given = new Map<string, number>();
  const problems: BallotProblem[] = [];
  // Object.entries reads own properties only: an id `constructor` is a key like any other.
  for (const [actionId, value] of Object.entries(points)) {
    const path = `points.${actionId}`;
    if (value === 0) continue;
    if (!candidates.has(actionId)) problems.push({ path, reason: 'weighing.unknownAction' });
    else if (!isPoints(value)) problems.push({ path, reason: 'weighing.points' });
    else given.set(actionId, value);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (given.size === 0) return { ok: false, problems: [{ path: 'points', reason: 'weighing.empty' }] };
  let total = 0;
  for (const value of given.values()) total += value;
  if (total !== BALLOT_POINTS)
    return { ok: false, problems: [{ path: 'points', reason: 'weighing.total', params: { total } }] };
  // Candidate order, not the payload's key order: two ballots with the same points are the same ballot.
  const allocations = [...candidates]
    .filter((id) => given.has(id))
    .map((actionId) => ({ actionId, points: given.get(actionId)! }));
  return { ok: true, ballot: { allocations } };
}

export interface ActionWeight {
  actionId: string;
  /** Every ballot cast, whatever it gave this action: the mean is over all of them. */
  voters: number;
  /** Ballots giving this action at least one point. */
  supporters: number;
  /** Total points. */
  points: number;
  /** points / voters, in [0, 100], unrounded: rounding is for display only. */
  value: number;
  /** 1 for the most points; equal points share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
}

/**
 * Below the threshold only the number of ballots is shown: with one ballot the weighing is one person's choice,
 * with two each voter can subtract their own.
 */
export type Weighing =
  { suppressed: true; voters: number } | { suppressed: false; voters: number; actions: ActionWeight[] };

/**
 * The weighing over the current candidates, sorted by rank (ties in candidate order). `k` is the campaign's
 * minimum group size, in named campaigns as in anonymous ones: a ballot is named to the app, not to its readers.
 *
 * Points given to an action withdrawn since are dropped, and never rescaled over the remaining candidates: a
 * voter who gave 60 points to the withdrawn action and 40 to another did not say the other is worth 100, and
 * rescaling would let the team's withdrawal change the value of actions the customers weighed. The ballot still
 * counts as a voter, since it also says what the remaining actions were worth to that voter; so after a
 * withdrawal the values add up to less than 100.
 *
 * This is one settled figure: showing it again after one more ballot would give that ballot away (the difference
 * of the two), so the caller shows it once the weighing is closed, as results are.
 */
export function weighingOf(ballots: readonly Ballot[], candidateIds: readonly string[], k: number): Weighing {
  const voters = ballots.length;
  if (voters < effectiveThreshold(k, MIN_GROUP_SIZE)) return { suppressed: true, voters };
  const candidates = [...new Set(candidateIds)];
  const totals = new Map(candidates.map((id) => [id, { points: 0, supporters: 0 }]));
  for (const ballot of ballots) {
    for (const { actionId, points } of ballot.allocations) {
      const total = totals.get(actionId);
      // A stored ballot damaged into a negative or fractional share counts nowhere rather than skewing a mean.
      if (!total || !Number.isInteger(points) || points <= 0) continue;
      total.points += points;
      total.supporters += 1;
    }
  }
  // Ranked on the integer totals, which compare exactly (the values share one denominator).
  const ranked = candidates.map((actionId) => ({ actionId, ...totals.get(actionId)! }));
  const actions = ranked
    .map(({ actionId, points, supporters }) => ({
      actionId,
      voters,
      supporters,
      points,
      value: points / voters,
      rank: 1 + ranked.filter((other) => other.points > points).length,
    }))
    .sort((a, b) => a.rank - b.rank);
  return { suppressed: false, voters, actions };
}

/**
 * Pᵢ = Îᵢ × (4 − Mᵢ) / 3 (DOMAIN "Scores"): importance in [0, 1] times the room left above the mean on the
 * 4-level scale, so in [0, 1]. Out-of-range inputs are not clamped: they are a caller's bug, better seen than hidden.
 */
export const priorityIndex = (importance: number, mean: number): number => (importance * (4 - mean)) / 3;
