/** The plan's storage: actions (one record each), the plan record, ballots, reviews, and where Jira issues go. */
import type { Action, Adjustment } from '../domain/plan';
import type { PlanRecord, Ballot } from '../domain/weighing';
import type { WriteOutcome } from './storage';

export interface ActionChange {
  action: Action;
  /** The revision it was read at (0: a new action). */
  expectedRevision: number;
  /** Adjustments to add to the action's log, each as its number `seq`, in the same write. */
  logged?: readonly { seq: number; adjustment: Adjustment }[];
}

export interface ActionStore {
  read(actionId: string): Promise<Action | undefined>;
  /** A campaign's actions, oldest first: one round trip per 100. */
  list(campaignId: string): Promise<Action[]>;
  /** The action whose Jira issue has this id (what a Jira event names). */
  byIssueId(issueId: string): Promise<Action | undefined>;
  /** Writes each action still at its expected revision; a write that lost a race answers 'conflict'. */
  write(changes: readonly ActionChange[]): Promise<WriteOutcome[]>;
  remove(actionId: string, expectedRevision: number): Promise<WriteOutcome>;
  /** Adjustments number `from` to `from + count - 1` (count ≤ 25) of an action's log, in order: one round trip. */
  adjustments(actionId: string, from: number, count: number): Promise<Adjustment[]>;
}

/** A ballot as stored: under a pseudonymous voter key only (see features/plan/weighing.ts). */
export interface StoredBallot {
  campaignId: string;
  voterKey: string;
  points: Record<string, number>;
  revision: number;
}

export interface PlanStore {
  /** The plan record; a campaign without one has not opened a weighing. */
  read(campaignId: string): Promise<PlanRecord | undefined>;
  write(plan: PlanRecord, expectedRevision: number): Promise<WriteOutcome>;
  ballot(campaignId: string, voterKey: string): Promise<StoredBallot | undefined>;
  /** Writes the ballot if it is still at its revision and the plan is still open at its revision. */
  castBallot(ballot: StoredBallot, plan: PlanRecord): Promise<WriteOutcome>;
  /** Every ballot of the round (paged, ≤100 a round trip). */
  ballots(campaignId: string): Promise<Ballot[]>;
}
