/** Schemas and views that several contract slices share. */
import { z } from 'zod';
import { LIMITS } from '../limits';

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

export const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD');
export const revisionSchema = z.number().int().min(0).max(LIMITS.revision);
export const emptySchema = z.object({}).strict();
export const byCampaignSchema = z.object({ campaignId: idSchema }).strict();

export interface UserRef {
  accountId: string;
  displayName: string;
}
