/** Campaign administration: list, edit, open, close. */
import { z } from 'zod';
import type { Campaign, CampaignStatus } from '../../domain/campaigns';
import type { LocalizedText } from '../../domain/model';
import { LIMITS, RECORD_LIMITS } from '../limits';
import {
  accountIdSchema,
  byCampaignSchema,
  daySchema,
  emptySchema,
  idSchema,
  jsonSize,
  localizedTextSchema,
  revisionSchema,
  textSchema,
} from './common';
import { endpoint } from './endpoint';
import { roleSchema } from './roles';

export const campaignInputSchema = z
  .object({
    id: idSchema.optional(),
    name: localizedTextSchema(LIMITS.campaignName),
    period: textSchema({ min: 1, max: LIMITS.period, line: true }),
    opensOn: daySchema,
    closesOn: daySchema,
    anonymous: z.boolean(),
    modelId: idSchema,
    audience: z
      .object({
        departments: z
          .array(
            z
              .object({
                id: idSchema,
                name: localizedTextSchema(LIMITS.departmentName),
                members: z.array(accountIdSchema).max(LIMITS.people),
              })
              .strict(),
          )
          .max(LIMITS.departments),
        people: z.array(accountIdSchema).max(LIMITS.people),
      })
      .strict(),
    team: z
      .array(
        z
          .object({
            accountId: accountIdSchema,
            portfolio: z
              .object({
                departments: z.array(idSchema).max(LIMITS.departments),
                people: z.array(accountIdSchema).max(LIMITS.people),
              })
              .strict(),
          })
          .strict(),
      )
      .max(LIMITS.team),
    commentRequiredAtOrBelow: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    /** When the page banner reminds the audience; absent: the default (opening day, a week later, 2 days before). */
    reminders: z
      .object({
        afterOpening: z.array(z.number().int().min(0).max(LIMITS.reminderDay)).max(LIMITS.reminderDays),
        beforeClose: z.array(z.number().int().min(0).max(LIMITS.reminderDay)).max(LIMITS.reminderDays),
        cap: z.number().int().min(0).max(LIMITS.reminderCap),
      })
      .strict()
      .optional(),
    /** The survey's "Suppliers you use" step (absent: off). Its model version is the server's to freeze. */
    suppliers: z.object({ enabled: z.boolean() }).strict().optional(),
    results: z
      .object({
        roles: z.array(roleSchema).max(3),
        customersAfterClose: z.boolean(),
        minGroupSize: z.number().int().min(3).max(LIMITS.groupSize).optional(),
        minCommentGroupSize: z.number().int().min(3).max(LIMITS.groupSize).optional(),
      })
      .strict(),
  })
  .strict()
  .refine((c) => c.opensOn <= c.closesOn, {
    message: 'closes before it opens',
    path: ['closesOn'],
    params: { reason: 'field.closesBeforeOpens' },
  })
  .refine(
    (c) =>
      c.audience.departments.reduce((n, d) => n + d.members.length, 0) + c.audience.people.length <=
      RECORD_LIMITS.audiencePeople,
    { message: 'has too many people', path: ['audience'], params: { reason: 'field.tooManyPeople' } },
  )
  .refine((c) => jsonSize(c) <= RECORD_LIMITS.campaignJson, {
    message: 'is too large to store',
    params: { reason: 'field.recordTooLarge' },
  });
export type CampaignInput = z.infer<typeof campaignInputSchema>;

export interface CampaignSummaryView {
  id: string;
  name: LocalizedText;
  period: string;
  status: CampaignStatus;
  opensOn: string;
  closesOn: string;
  anonymous: boolean;
  bound: boolean;
  /** The day (UTC) it was really closed: closed campaigns only. */
  closedOn?: string;
}

export interface CampaignView extends Omit<Campaign, 'binding'> {
  bound: boolean;
  /** Answers exist: anonymity can no longer change. */
  hasAnswers: boolean;
}

const lifecycleSchema = z.object({ campaignId: idSchema, baseRevision: revisionSchema }).strict();

export const campaignsContract = {
  'campaigns/list': endpoint(emptySchema).returns<CampaignSummaryView[]>(),
  'campaigns/get': endpoint(byCampaignSchema).returns<CampaignView>(),
  'campaigns/save': endpoint(
    z.object({ campaign: campaignInputSchema, baseRevision: revisionSchema }).strict(),
  ).returns<CampaignView>(),
  'campaigns/open': endpoint(lifecycleSchema).returns<CampaignView>(),
  'campaigns/close': endpoint(lifecycleSchema).returns<CampaignView>(),
} as const;
