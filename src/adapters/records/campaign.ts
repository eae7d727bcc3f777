import { z } from 'zod';
import type { StoredCampaign } from '../../ports/storage';
import { addVersion, type RecordKind } from './record';

/** The `campaign` entity: the campaign plus `scope` (a constant partition to list them all). */
const campaignRecordSchema = z.object({
  schemaVersion: z.literal(1),
  scope: z.literal('app'),
  id: z.string(),
  name: z.string(),
  period: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: z.enum(['draft', 'scheduled', 'open', 'closed']),
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
  criterionIds: z.array(z.string()).optional(),
  answered: z.boolean().optional(),
  openedAt: z.number().optional(),
  closedAt: z.number().optional(),
  createdAt: z.number(),
  revision: z.number().int(),
});
export type CampaignRecord = z.infer<typeof campaignRecordSchema>;

export const CAMPAIGN_RECORD: RecordKind<CampaignRecord> = {
  name: 'campaign',
  version: 1,
  schema: campaignRecordSchema,
  migrations: { 0: addVersion },
};

export const toCampaignRecord = (campaign: StoredCampaign): CampaignRecord => ({
  schemaVersion: 1,
  scope: 'app',
  ...campaign,
});

export const fromCampaignRecord = ({
  schemaVersion: _version,
  scope: _scope,
  ...campaign
}: CampaignRecord): StoredCampaign => campaign;
