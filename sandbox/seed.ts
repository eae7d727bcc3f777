import { KvsCampaignStore } from '../src/adapters/campaign-store';
import { KvsModelStore } from '../src/adapters/model-store';
import { KvsRoleStore } from '../src/adapters/role-store';
import type { Department, RoleSettings } from '../src/domain/campaign';
import { criteriaOf, DEFAULT_MODEL } from '../src/domain/model';
import type { ModelHead } from '../src/domain/model-versions';
import type { StoredCampaign } from '../src/ports/storage';
import type { InvocationIdentity } from './platform';
import { ADMIN_PERSONA, PERSONAS, type Persona } from './personas';
import { DEMO_SITE } from './products/site';
import { DEMO_CAMPAIGN_ID, SURVEY_MACRO_LOCAL_ID } from './server/state';

type Invoke = <T>(identity: InvocationIdentity, fn: () => Promise<T>) => Promise<{ result: T }>;

const byRole = (role: Persona['role']) => PERSONAS.filter((p) => p.role === role).map((p) => p.accountId);
const [FIRST_BUYER, SECOND_BUYER] = byRole('buyer') as [string, string];

export const SEED_ROLES: RoleSettings = {
  admins: [ADMIN_PERSONA.accountId],
  team: [FIRST_BUYER, SECOND_BUYER],
  quality: byRole('quality-manager'),
  revision: 1,
};

const customers = PERSONAS.filter((p) => p.role === 'customer');
/** Left out of the departments but invited: they choose their department when answering. */
export const UNLISTED_CUSTOMER: Persona = customers[customers.length - 1]!;

/** The personas' departments (their English names) and what French readers see. */
const DEPARTMENT_NAMES: readonly [string, string][] = [
  ['Engineering', 'Ingénierie'],
  ['Production', 'Production'],
  ['Finance', 'Finance'],
  ['HR', 'RH'],
  ['Logistics', 'Logistique'],
];
export const SEED_DEPARTMENTS: Department[] = DEPARTMENT_NAMES.map(([en, fr]) => ({
  id: en.toLowerCase(),
  name: { 'en-US': en, 'fr-FR': fr },
  members: customers
    .filter((p) => p.department === en && p.accountId !== UNLISTED_CUSTOMER.accountId)
    .map((p) => p.accountId),
}));

const audience = { departments: SEED_DEPARTMENTS, people: [UNLISTED_CUSTOMER.accountId] };
const team = [
  {
    accountId: FIRST_BUYER,
    portfolio: {
      departments: ['engineering', 'production', 'finance'],
      people: [UNLISTED_CUSTOMER.accountId],
    },
  },
  { accountId: SECOND_BUYER, portfolio: { departments: ['hr', 'logistics'], people: [] } },
];

const common = {
  modelId: DEFAULT_MODEL.id,
  modelVersion: DEFAULT_MODEL.version,
  criterionIds: criteriaOf(DEFAULT_MODEL).map(({ criterion }) => criterion.id),
  audience,
  team,
  commentRequiredAtOrBelow: 2 as const,
  results: { roles: ['admin' as const, 'team' as const, 'quality' as const], customersAfterClose: true },
};

export const SEED_CAMPAIGNS: readonly StoredCampaign[] = [
  {
    ...common,
    id: 'campaign-2025',
    name: { 'en-US': 'Procurement satisfaction survey 2025', 'fr-FR': 'Enquête de satisfaction Achats 2025' },
    period: '2025',
    opensOn: '2025-01-13',
    closesOn: '2025-02-14',
    status: 'closed',
    anonymous: false,
    openedAt: Date.UTC(2025, 0, 13, 8),
    closedAt: Date.UTC(2025, 1, 15, 0, 5),
    createdAt: Date.UTC(2025, 0, 6, 9),
    revision: 3,
  },
  {
    ...common,
    id: DEMO_CAMPAIGN_ID,
    name: { 'en-US': 'Procurement satisfaction survey 2026', 'fr-FR': 'Enquête de satisfaction Achats 2026' },
    period: '2026',
    opensOn: '2026-01-12',
    closesOn: '2026-12-18',
    status: 'open',
    anonymous: false,
    binding: { contentId: DEMO_SITE.surveyPageId, localId: SURVEY_MACRO_LOCAL_ID },
    openedAt: Date.UTC(2026, 0, 12, 8),
    createdAt: Date.UTC(2026, 0, 5, 9),
    revision: 3,
  },
  {
    ...common,
    id: 'campaign-2027',
    name: {
      'en-US': 'Procurement satisfaction survey 2027 (anonymous)',
      'fr-FR': 'Enquête de satisfaction Achats 2027 (anonyme)',
    },
    period: '2027',
    opensOn: '2027-01-11',
    closesOn: '2027-02-12',
    status: 'draft',
    anonymous: true,
    createdAt: Date.UTC(2026, 10, 2, 9),
    revision: 1,
  },
];

const SEED_HEAD: ModelHead = {
  modelId: DEFAULT_MODEL.id,
  version: DEFAULT_MODEL.version,
  revision: 1,
  versions: [{ version: DEFAULT_MODEL.version, usedBy: ['campaign-2025', DEMO_CAMPAIGN_ID] }],
};

/**
 * Writes the demo data through the app's own storage adapters, as the admin would, so the records have exactly
 * the shape the app writes. Idempotent: every write is conditional and this year's campaign is written last (its
 * presence means "seeded"), so a demo that was used is kept and an interrupted seed completes on the next start.
 */
export async function seedDemoData(invoke: Invoke): Promise<{ seeded: boolean }> {
  const { result } = await invoke(
    { accountId: ADMIN_PERSONA.accountId, moduleKey: 'admin-page' },
    async () => {
      const campaigns = new KvsCampaignStore();
      if (await campaigns.read(DEMO_CAMPAIGN_ID)) return { seeded: false };
      await new KvsRoleStore().create(SEED_ROLES);
      await new KvsModelStore().save(DEFAULT_MODEL, SEED_HEAD, 0);
      const demoLast = [...SEED_CAMPAIGNS].sort(
        (a, b) => Number(a.id === DEMO_CAMPAIGN_ID) - Number(b.id === DEMO_CAMPAIGN_ID),
      );
      for (const campaign of demoLast) await campaigns.create(campaign);
      return { seeded: true };
    },
  );
  return result;
}
