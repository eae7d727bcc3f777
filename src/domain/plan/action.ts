/**
 * An improvement action of a campaign's plan (DOMAIN.md "Actions, Jira and follow-up"): drafted by the team from
 * the results, weighed by the customers, selected, then carried by one Jira issue whose state drives the
 * follow-up. Pure data and rules; storage and Jira are ports.
 */
import { criteriaOf, type EvaluationModel, type LocalizedText } from '../model';
import type { FollowUp } from '../followup';

/**
 * Where the action stands with Jira. `pending` is the intent recorded before the create request leaves: from
 * then on the action may have an issue we have not heard of, so it is never sent again before a look-up by its
 * action id (see creation.ts). `failed` is shown with a retry.
 */
export type JiraLink =
  | { state: 'none' }
  | {
      state: 'pending';
      attempt: number;
      since: number;
      by: string;
      /** The page the remote link is to point to, for whoever settles the intent. */
      linkTo?: { url: string; title: string };
    }
  | {
      state: 'created';
      id: string;
      key: string;
      createdAt: number;
      /** The remote link back to Confluence is in place (or there is no page to link to). */
      linked: boolean;
      url?: string;
      /** The page the remote link points to, kept so that the link can be made again later. */
      linkTo?: { url: string; title: string };
    }
  | { state: 'failed'; problem: JiraProblemKind; messages: string[]; at: number; attempt: number };

/** Why Jira did not take an action, as the plan tells it (the UI words each kind). */
export type JiraProblemKind =
  | 'notConnected'
  | 'forbidden'
  | 'notFound'
  | 'rateLimited'
  | 'unavailable'
  | 'timeout'
  | 'rejected'
  | 'shape';

/**
 * The last notice of an action, as recorded. `claimed`: the slot was taken and Jira was (about to be) asked, and no
 * outcome was recorded since (a crash, a lost write): it may have gone out, so it counts as sent. `deferred`: Jira
 * said to wait (429) before doing anything, so nothing went out and the slot is free again.
 */
export type NoticeOutcome = 'claimed' | 'sent' | 'refused' | 'unknown' | 'deferred';

export interface NoticeRecord {
  at: number;
  outcome: NoticeOutcome;
  problem?: JiraProblemKind;
}

/** A change of the due date, with its reason: the follow-up's record of how the plan was adjusted. */
export interface Adjustment {
  at: number;
  by: string;
  previousDueDate: string | null;
  dueDate: string;
  reason: string;
}

/**
 * A text of the team's, in English (the app's default language: always given, what the Jira issue says and what
 * a reader falls back to) and, when the team translates it, in French. Unlike the model's texts (both languages
 * required), a plan is drafted by buyers who may not write both; a reader sees their language, else the other.
 */
export type ActionText = Pick<LocalizedText, 'en-US'> & Partial<Pick<LocalizedText, 'fr-FR'>>;

export interface Action {
  id: string;
  campaignId: string;
  title: ActionText;
  description: ActionText;
  /** The criteria (of the campaign's frozen model) the action answers. */
  criterionIds: string[];
  ownerAccountId?: string;
  /** YYYY-MM-DD. */
  dueDate?: string;
  /** Chosen for the plan: only selected actions get a Jira issue. */
  selected: boolean;
  jira: JiraLink;
  followUp?: FollowUp;
  /** The last due-date notice sent (or claimed) for the action's issue (notices.ts). */
  notice?: NoticeRecord;
  /** The latest adjustments (at most ADJUSTMENTS_INLINE); every one is kept in the adjustment log. */
  adjustments: Adjustment[];
  /** How many adjustments the log holds (the next one's number). */
  adjustmentCount: number;
  createdBy: string;
  createdAt: number;
  revision: number;
}

/** How many of an action's latest adjustments travel with it; the others are read page by page. */
export const ADJUSTMENTS_INLINE = 20;

/** The action with one more adjustment: the log gets it as number `adjustmentCount`, the record keeps the latest. */
export function withAdjustment(action: Action, adjustment: Adjustment): Action {
  return {
    ...action,
    dueDate: adjustment.dueDate,
    adjustments: [...action.adjustments, adjustment].slice(-ADJUSTMENTS_INLINE),
    adjustmentCount: action.adjustmentCount + 1,
  };
}

/** The part of an action the team edits. */
export type ActionDraft = Pick<Action, 'title' | 'description' | 'criterionIds'> &
  Partial<Pick<Action, 'ownerAccountId' | 'dueDate'>>;

/** Text and criteria can change until the issue exists; after that Jira holds the truth, the plan adjusts dates. */
export const isEditable = (action: Action): boolean =>
  action.jira.state === 'none' || action.jira.state === 'failed';

/** May be (re)sent to Jira: selected, and no issue known or possibly under way. */
export const awaitsCreation = (action: Action): boolean =>
  action.selected && (action.jira.state === 'none' || action.jira.state === 'failed');

/** The criteria an action answers, with their texts, as the campaign's frozen model words them (unknown ids left out). */
export function criteriaOfAction(
  action: Pick<Action, 'criterionIds'>,
  model: EvaluationModel | undefined,
): { id: string; text: LocalizedText }[] {
  const texts = new Map(
    model ? criteriaOf(model).map(({ criterion }) => [criterion.id, criterion.text]) : [],
  );
  return action.criterionIds.flatMap((id) => {
    const text = texts.get(id);
    return text ? [{ id, text }] : [];
  });
}
