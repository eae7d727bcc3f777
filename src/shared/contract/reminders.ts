/** Reminders: the page banner of what waits for the viewer, and the buyers' reminders to their customers. */
import { z } from 'zod';
import type { LocalizedText } from '../../domain/model';
import { MAX_REMINDED } from '../../domain/reminders';
import { accountIdSchema, emptySchema, idSchema, type UserRef } from './common';
import { endpoint } from './endpoint';

/**
 * One thing waiting for the viewer: an open survey they were invited to and have not submitted, or the candidate
 * actions of a closed campaign's plan they have not weighed (the survey's page holds the weighing).
 */
export interface BannerItemView {
  kind: 'survey' | 'weighing';
  campaignId: string;
  campaignName: LocalizedText;
  /** The survey's, or the weighing round's, closing day. */
  closesOn: string;
  /** Days until the closing day, 0 on the day itself. */
  daysLeft: number;
  /** The survey's page, when the campaign is bound to one. */
  contentId: string | null;
  /** The buyer who last asked the viewer to answer, when one did since the banner was last dismissed. */
  remindedBy: UserRef | null;
}

/** Only ever the caller's own items: the payload names nobody. */
export interface BannerView {
  items: BannerItemView[];
}

export interface RemindResultView {
  /** How many people the reminder was recorded for (everyone named: it never tells who has answered). */
  reminded: number;
}

export const remindersContract = {
  'reminders/banner': endpoint(emptySchema).returns<BannerView>(),
  /** Hides the banner for the rest of the day, and until the next reminder day or buyer's reminder. */
  'reminders/dismiss': endpoint(emptySchema).returns<{ dismissed: true }>(),
  'reminders/remind': endpoint(
    z
      .object({
        campaignId: idSchema,
        accountIds: z
          .array(accountIdSchema)
          .min(1)
          .max(MAX_REMINDED)
          .refine((ids) => new Set(ids).size === ids.length, {
            message: 'names a person twice',
            params: { reason: 'field.invalid' },
          }),
      })
      .strict(),
  ).returns<RemindResultView>(),
} as const;
