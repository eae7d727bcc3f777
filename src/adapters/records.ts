/**
 * Stored records as the adapters write and read them. Stored data is foreign data too: every read is parsed,
 * and a record that does not parse is treated as missing rather than trusted.
 */
import { z } from 'zod';
import type { Campaign } from '../domain/campaign';

/** The `campaign` entity: the Campaign itself plus `scope` (a constant partition to list them all). */
export const campaignRecordSchema = z.object({
  scope: z.literal('app'),
  id: z.string(),
  name: z.string(),
  period: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: z.enum(['draft', 'open', 'closed']),
  anonymous: z.boolean(),
  modelId: z.string(),
  modelVersion: z.number().int(),
  audience: z.object({
    departments: z.array(z.object({ id: z.string(), name: z.string(), members: z.array(z.string()) })),
    people: z.array(z.string()),
  }),
  team: z.array(
    z.object({
      accountId: z.string(),
      portfolio: z.object({ departments: z.array(z.string()), people: z.array(z.string()) }),
    }),
  ),
  commentRequiredAtOrBelow: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  results: z.object({
    roles: z.array(z.enum(['admin', 'team', 'quality'])),
    customersAfterClose: z.boolean(),
  }),
  binding: z.object({ contentId: z.string(), localId: z.string() }).optional(),
  openedAt: z.number().optional(),
  closedAt: z.number().optional(),
  createdAt: z.number(),
  revision: z.number().int(),
});
export type CampaignRecord = z.infer<typeof campaignRecordSchema>;

export const toCampaign = ({ scope: _scope, createdAt: _createdAt, ...campaign }: CampaignRecord): Campaign =>
  campaign;

export function parseOrUndefined<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
