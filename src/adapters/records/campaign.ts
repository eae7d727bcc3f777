import { z } from 'zod';
import type { StoredCampaign } from '../../ports/campaigns';
import { addVersion, type RecordKind } from './record';

const localizedSchema = z.object({ 'en-US': z.string(), 'fr-FR': z.string() });

/**
 * The `campaign` entity: the campaign plus `scope` (a constant partition to list them all). Its name is stored as
 * `names` (both languages, an `any` attribute): the entity's `name` attribute is a string, which version-1 records
 * hold, and a deployed entity's attribute is not retyped.
 */
const campaignRecordSchema = z.object({
  schemaVersion: z.literal(2),
  scope: z.literal('app'),
  id: z.string(),
  names: localizedSchema,
  period: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: z.enum(['draft', 'scheduled', 'open', 'closed']),
  anonymous: z.boolean(),
  modelId: z.string(),
  modelVersion: z.number().int(),
  audience: z.object({
    departments: z.array(z.object({ id: z.string(), name: localizedSchema, members: z.array(z.string()) })),
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
    minGroupSize: z.number().int().optional(),
    minCommentGroupSize: z.number().int().optional(),
  }),
  binding: z.object({ contentId: z.string(), localId: z.string() }).optional(),
  criterionIds: z.array(z.string()).optional(),
  answered: z.boolean().optional(),
  reminders: z
    .object({
      afterOpening: z.array(z.number().int()),
      beforeClose: z.array(z.number().int()),
      cap: z.number().int(),
    })
    .optional(),
  // Optional: records written before the option existed have none (it is off), no migration needed.
  suppliers: z
    .object({
      enabled: z.boolean(),
      modelVersion: z.number().int().optional(),
      criterionIds: z.array(z.string()).optional(),
      commentRequiredAtOrBelow: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
    })
    .optional(),
  openedAt: z.number().optional(),
  closedAt: z.number().optional(),
  createdAt: z.number(),
  revision: z.number().int(),
});
export type CampaignRecord = z.infer<typeof campaignRecordSchema>;

export const CAMPAIGN_RECORD: RecordKind<CampaignRecord> = {
  name: 'campaign',
  version: 2,
  schema: campaignRecordSchema,
  migrations: { 0: addVersion, 1: bilingualNames },
};

/**
 * Version 1 → 2: campaign and department names carry both languages. A version-1 name was typed in one language
 * that nobody recorded, so both languages start from it; the admin translates it on the next edit.
 */
function bilingualNames({ name, ...record }: Record<string, unknown>): Record<string, unknown> {
  const both = (text: unknown) => (typeof text === 'string' ? { 'en-US': text, 'fr-FR': text } : text);
  const audience = record.audience as { departments?: unknown } | undefined;
  const departments = Array.isArray(audience?.departments)
    ? (audience.departments as unknown[]).map((d) =>
        d !== null && typeof d === 'object' ? { ...d, name: both((d as { name?: unknown }).name) } : d,
      )
    : audience?.departments;
  return {
    ...record,
    schemaVersion: 2,
    names: both(name),
    ...(audience && typeof audience === 'object' ? { audience: { ...audience, departments } } : {}),
  };
}

export const toCampaignRecord = ({ name, ...campaign }: StoredCampaign): CampaignRecord => ({
  schemaVersion: 2,
  scope: 'app',
  names: name,
  ...campaign,
});

export const fromCampaignRecord = ({
  schemaVersion: _version,
  scope: _scope,
  names,
  ...campaign
}: CampaignRecord): StoredCampaign => ({ ...campaign, name: names });
