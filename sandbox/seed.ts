import { KvsSurveyStore, type CampaignRecord } from '../src/adapters/kvs-store';
import { DEFAULT_MODEL } from '../src/domain/model';
import type { InvocationIdentity } from './platform';
import { ADMIN_PERSONA } from './personas';

type Invoke = <T>(identity: InvocationIdentity, fn: () => Promise<T>) => Promise<{ result: T }>;

/** `createdAt` in epoch seconds: a KVS entity `integer` is 32-bit, so epoch milliseconds would be refused. */
export const SEED_CAMPAIGNS: readonly CampaignRecord[] = [
  {
    id: 'campaign-2025',
    name: 'Procurement satisfaction survey 2025',
    period: '2025',
    status: 'closed',
    modelId: DEFAULT_MODEL.id,
    modelVersion: DEFAULT_MODEL.version,
    createdAt: Date.UTC(2025, 0, 13) / 1000,
  },
  {
    id: 'campaign-2026',
    name: 'Procurement satisfaction survey 2026',
    period: '2026',
    status: 'open',
    modelId: DEFAULT_MODEL.id,
    modelVersion: DEFAULT_MODEL.version,
    createdAt: Date.UTC(2026, 0, 12) / 1000,
  },
];

/**
 * Writes the demo data through the app's own storage adapter, as the admin would, so the records have exactly
 * the shape the app writes. Does nothing when a campaign is already current: a demo that was used is kept.
 */
export async function seedDemoData(invoke: Invoke): Promise<{ seeded: boolean }> {
  const { result } = await invoke(
    { accountId: ADMIN_PERSONA.accountId, moduleKey: 'admin-page' },
    async () => {
      const store = new KvsSurveyStore();
      if (await store.currentCampaign()) return { seeded: false };
      await store.saveModel(DEFAULT_MODEL);
      // The open campaign last, so that it is the current one.
      for (const campaign of SEED_CAMPAIGNS) await store.saveCurrentCampaign(campaign);
      return { seeded: true };
    },
  );
  return result;
}
