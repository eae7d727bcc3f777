/** Answering the survey: a customer's answer or a team member's self-assessment, drafts and submit. */
import { z } from 'zod';
import type { Campaign } from '../../domain/campaigns';
import type { EvaluationModel, LocalizedText } from '../../domain/model';
import type { Answers, ResponseKind, ResponseStatus } from '../../domain/survey';
import type { Locale } from '../i18n';
import { LIMITS } from '../limits';
import { byCampaignSchema, idSchema, revisionSchema, textSchema } from './common';
import { endpoint } from './endpoint';

export const answersSchema = z
  .record(
    idSchema,
    z
      .object({
        value: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('na')]),
        comment: textSchema({ max: LIMITS.comment }).optional(),
      })
      .strict(),
  )
  .refine(
    (answers) => Object.keys(answers).length <= LIMITS.answers,
    'too many answers',
  ) satisfies z.ZodType<Answers>;

export const kindSchema = z.enum(['customer', 'self']) satisfies z.ZodType<ResponseKind>;

/** What every answer write carries (the survey's own and proxy entry). */
export const answerPayload = {
  campaignId: idSchema,
  answers: answersSchema,
  /** Only for people of the audience who are not listed in a department: one of the campaign's departments. */
  departmentId: idSchema.optional(),
  /** The revision the browser last saw (0 for a first save): a stale write gets CONFLICT, a replay is a no-op. */
  baseRevision: revisionSchema,
};

export interface ResponseView {
  kind: ResponseKind;
  status: ResponseStatus;
  answers: Answers;
  departmentId?: string;
  revision: number;
  /** The day of the last change (anonymous answers keep nothing finer). */
  updatedDay: string;
  enteredByProxy: boolean;
}

export interface SurveyStateView {
  campaign: Pick<
    Campaign,
    'id' | 'name' | 'period' | 'status' | 'opensOn' | 'closesOn' | 'anonymous' | 'commentRequiredAtOrBelow'
  > & {
    /** The day (UTC) it was really closed, by an admin or the scheduled job: closed campaigns only. */
    closedOn?: string;
    /** The survey has a "Suppliers you use" step (supplier-ratings/*): absent when it has not. */
    suppliers?: true;
  };
  model: EvaluationModel;
  locale: Locale;
  me: {
    eligibility: 'member' | 'choose-department' | 'not-in-audience';
    departmentId?: string;
    isTeam: boolean;
    /** A buyer in a named campaign may enter answers for the customers of their portfolio. */
    canProxy: boolean;
    canSeeParticipation: boolean;
  };
  departments: { id: string; name: LocalizedText }[];
  response: ResponseView | null;
  selfAssessment: ResponseView | null;
}

export interface SaveResultView {
  revision: number;
  status: ResponseStatus;
  updatedDay: string;
}

const answerSchema = z.object({ ...answerPayload, kind: kindSchema }).strict();

export const surveyContract = {
  'survey/getState': endpoint(byCampaignSchema).returns<SurveyStateView>(),
  'survey/saveDraft': endpoint(answerSchema).returns<SaveResultView>(),
  'survey/submit': endpoint(answerSchema).returns<SaveResultView>(),
} as const;
