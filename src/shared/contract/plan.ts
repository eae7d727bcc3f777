/**
 * The improvement plan: candidate actions drafted from a closed campaign's results, selected, created as Jira
 * issues, and followed up from Jira's state.
 */
import { z } from 'zod';
import type { CampaignStatus } from '../../domain/campaigns';
import type { EvaluationModel, LocalizedText } from '../../domain/model';
import type {
  ActionText,
  Adjustment,
  ImportanceSource,
  JiraLink,
  JiraProblemKind,
  NoticeRecord,
} from '../../domain/plan';
import type { Observation, Sighting } from '../../domain/followup';
import { LIMITS } from '../limits';
import {
  accountIdSchema,
  actionIdSchema,
  byCampaignSchema,
  daySchema,
  idSchema,
  revisionSchema,
  textSchema,
  type UserRef,
} from './common';
import { endpoint } from './endpoint';
import type { WeighingSummary } from './weighing';

/**
 * An action's text (ActionText): English required as `limits` say, French optional under the same cleaning and
 * length. A French text that is blank once cleaned is no translation, so it is dropped rather than stored empty.
 */
export const actionTextSchema = (limits: { min?: number; max: number; line?: boolean }) =>
  z
    .object({ 'en-US': textSchema(limits), 'fr-FR': textSchema({ ...limits, min: 0 }).optional() })
    .strict()
    .transform(({ 'en-US': en, 'fr-FR': fr }): ActionText =>
      fr ? { 'en-US': en, 'fr-FR': fr } : { 'en-US': en },
    );

export const saveActionSchema = z
  .object({
    campaignId: idSchema,
    /** Absent: a new action. */
    actionId: actionIdSchema.optional(),
    /** 0 for a new action, else the revision it was read at. */
    revision: revisionSchema,
    title: actionTextSchema({ min: 1, max: LIMITS.actionTitle, line: true }),
    description: actionTextSchema({ max: LIMITS.actionDescription }),
    criterionIds: z.array(idSchema).max(LIMITS.criteriaPerAction),
    ownerAccountId: accountIdSchema.optional(),
    dueDate: daySchema.optional(),
  })
  .strict();

export const actionRefSchema = z
  .object({ campaignId: idSchema, actionId: actionIdSchema, revision: revisionSchema })
  .strict();

export const selectSchema = actionRefSchema.extend({ selected: z.boolean() }).strict();

export const adjustSchema = actionRefSchema
  .extend({ dueDate: daySchema, reason: textSchema({ min: 1, max: LIMITS.adjustmentReason }) })
  .strict();

/** Create the issues of every selected action still without one, or only of the actions named (a row's Retry). */
export const createIssuesSchema = z
  .object({ campaignId: idSchema, actionIds: z.array(actionIdSchema).min(1).max(LIMITS.actions).optional() })
  .strict();

/** A page of an action's adjustments: from number `from` (0: the first ever made). */
export const adjustmentsPageSchema = z
  .object({ campaignId: idSchema, actionId: actionIdSchema, from: z.number().int().min(0).max(99_999_999) })
  .strict();

export interface AdjustmentsPage {
  adjustments: Adjustment[];
  /** Where the next page starts; absent on the last page. */
  next?: number;
  total: number;
}

/** What Jira is to the plan right now, so the plan can say why it cannot create issues. */
export type JiraStatus =
  | { kind: 'ready'; projectKey: string; issueTypeId: string }
  | { kind: 'notConfigured' }
  /** The project or Jira itself cannot be reached as this user: not connected, not allowed, not found... */
  | { kind: 'unavailable'; problem: JiraProblemKind; projectKey?: string };

export interface ActionView {
  id: string;
  /** Both languages the team gave: the reader's is shown, else the other (marked with its language). */
  title: ActionText;
  description: ActionText;
  criterionIds: string[];
  owner?: UserRef;
  dueDate?: string;
  selected: boolean;
  jira: JiraLink;
  /** Jira's latest state, once the issue exists and was read. */
  current?: Observation;
  /** The status changes, oldest first. */
  history: Sighting[];
  overdue: boolean;
  /** The latest adjustments; `adjustmentCount` says how many there are in all (plan/adjustments pages them). */
  adjustments: Adjustment[];
  adjustmentCount: number;
  revision: number;
  /** The link to the issue, on the Jira site (when the site is known). */
  issueUrl?: string;
  /** The last due-date notice to the issue's assignee and watchers: when it went out, and what Jira said. */
  lastNotice?: NoticeRecord;
}

export interface PlanView {
  campaign: { id: string; name: LocalizedText; period: string; status: CampaignStatus };
  /** The campaign's frozen model (the criteria actions answer, with their texts); null if it is missing. */
  model: EvaluationModel | null;
  /** The customers' weighing of the candidates (values hidden below the minimum group size). */
  weighing: WeighingSummary;
  /** Where to act, from the results (and the weighing once values are shown). */
  suggestions: SuggestionView[];
  /** The campaign's results are still being prepared (minutes after the close): no suggestion can be made yet. */
  resultsPreparing: boolean;
  /**
   * The results are too small to show (fewer respondents than the minimum group size, or every criterion rated by
   * fewer): nothing can be suggested, which is not "nothing stands out".
   */
  resultsHidden: boolean;
  /**
   * Where the suggestions' importance comes from: the customers' weighing once its values are shown, else each
   * criterion's weight in the overall score (`derived`; nobody said it matters more).
   */
  importanceSource: ImportanceSource;
  /** May draft, select and create issues (the campaign's team, admins); quality managers read. */
  canEdit: boolean;
  jira: JiraStatus;
  actions: ActionView[];
  progress: { selected: number; created: number; done: number; overdue: number };
}

/** A criterion worth acting on, and why (lowest, falling, blind spot, important and below the median). */
export interface SuggestionView {
  criterionId: string;
  reasons: ('lowest' | 'falling' | 'blindSpot' | 'concentrate')[];
  mean: number;
  delta?: number;
  gap?: number;
  quadrant: 'concentrate' | 'keepUp' | 'lowPriority' | 'overkill';
  priority: number;
}

export interface CreationReport {
  created: number;
  failed: number;
  /** Still being settled with Jira (an answer was lost): a look-up will tell. */
  pending: number;
  plan: PlanView;
}

export const planContract = {
  'plan/get': endpoint(byCampaignSchema).returns<PlanView>(),
  'plan/saveAction': endpoint(saveActionSchema).returns<ActionView>(),
  'plan/deleteAction': endpoint(actionRefSchema).returns<{ deleted: true }>(),
  'plan/select': endpoint(selectSchema).returns<ActionView>(),
  'plan/adjust': endpoint(adjustSchema).returns<ActionView>(),
  'plan/createIssues': endpoint(createIssuesSchema).returns<CreationReport>(),
  'plan/refresh': endpoint(byCampaignSchema).returns<PlanView>(),
  'plan/adjustments': endpoint(adjustmentsPageSchema).returns<AdjustmentsPage>(),
} as const;
