/**
 * The weighing round of a plan: the team puts the candidate actions to the customers until a closing day, then
 * the values are read. The candidates are frozen when the round opens, so every ballot weighs the same list.
 */
export type WeighingRound =
  | { status: 'notOpen' }
  | { status: 'open'; closesOn: string; candidateIds: string[]; openedAt: number; openedBy: string }
  | {
      status: 'closed';
      closesOn: string;
      candidateIds: string[];
      openedAt: number;
      openedBy: string;
      closedAt: number;
    };

/** The round of a plan that never opened one (or of no plan record yet). */
export const NOT_OPEN: WeighingRound = { status: 'notOpen' };

/** A campaign's plan record: its weighing round. (The actions are records of their own.) */
export interface PlanRecord {
  campaignId: string;
  weighing: WeighingRound;
  revision: number;
}

/** The end of a day (UTC), in epoch ms: a round closing on day D takes ballots until D ends. */
const endOf = (day: string): number => Date.parse(`${day}T00:00:00.000Z`) + 24 * 60 * 60 * 1000;

/** Open until the team closes it or its closing day ends, whichever first. */
export function roundStatus(round: WeighingRound, now: number): WeighingRound['status'] {
  if (round.status === 'open' && now >= endOf(round.closesOn)) return 'closed';
  return round.status;
}

/** When ballots stopped being taken: the explicit close, or the end of the closing day. */
export function roundClosedAt(round: WeighingRound): number | undefined {
  if (round.status === 'notOpen') return undefined;
  const dayEnd = endOf(round.closesOn);
  return round.status === 'closed' ? Math.min(round.closedAt, dayEnd) : dayEnd;
}

/** A ballot of this round may be cast or changed now. */
export const takesBallots = (round: WeighingRound, now: number): boolean =>
  roundStatus(round, now) === 'open';

/** The action is one of the round's candidates while the round is open: its text is what customers weigh. */
export const isUnderWeighing = (round: WeighingRound, actionId: string, now: number): boolean =>
  takesBallots(round, now) && round.status === 'open' && round.candidateIds.includes(actionId);
