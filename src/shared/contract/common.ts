/** Schemas and views that several contract slices share. */
import { z } from 'zod';
import { isCalendarDay } from '../../domain/common';
import { LIMITS } from '../limits';
import { hasLoneSurrogate, normalizeText, singleLine } from '../text';

/** Ids are short, url-safe tokens: they end up in storage keys, so nothing else is accepted. */
export const idSchema = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]*$/, 'must be letters, digits, dot, dash or underscore');

/** Atlassian account ids: `557058:…`, `712020:…` or 24 hex digits. */
export const accountIdSchema = z
  .string()
  .min(1)
  .max(LIMITS.accountId)
  .regex(/^[a-zA-Z0-9:_-]+$/, 'is not an Atlassian account id');

/** Action ids are the app's own: `act-` and 16 hex digits. */
export const actionIdSchema = z.string().regex(/^act-[a-f0-9]{16}$/, 'is not an action id');

export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD')
  .refine(isCalendarDay, { message: 'is not a real calendar day', params: { reason: 'field.day' } });
export const revisionSchema = z.number().int().min(0).max(LIMITS.revision);
export const emptySchema = z.object({}).strict();
export const byCampaignSchema = z.object({ campaignId: idSchema }).strict();

export interface UserRef {
  accountId: string;
  displayName: string;
}

/**
 * User text: lone surrogates refused, then normalised (see src/shared/text.ts) before the length limits apply,
 * so "required" means visible text. This is the one place text is cleaned: what is stored is what Jira, the CSV
 * exports and every screen receive. `line`: one line (titles, periods).
 */
export const textSchema = (limits: { min?: number; max: number; line?: boolean }) =>
  z
    .string()
    .max(limits.max * 2)
    .refine((text) => !hasLoneSurrogate(text), {
      message: 'is not valid text',
      params: { reason: 'field.text' },
    })
    .transform((text) => (limits.line ? singleLine(normalizeText(text)) : normalizeText(text)))
    .pipe(
      z
        .string()
        .min(limits.min ?? 0)
        .max(limits.max),
    );

/** Names and texts people read in either language: both are required, each within `max`. */
export const localizedTextSchema = (max: number) =>
  z.object({ 'en-US': textSchema({ min: 1, max }), 'fr-FR': textSchema({ min: 1, max }) }).strict();

/** The JSON size of a value, as storage will hold it. */
export const jsonSize = (value: unknown): number => JSON.stringify(value).length;
