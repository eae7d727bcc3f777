import { KvsCampaignStore } from '../src/adapters/campaigns-store';
import { KvsModelStore } from '../src/adapters/model-store';
import { KvsResponseStore } from '../src/adapters/survey-store';
import { KvsResultsStore } from '../src/adapters/results-store';
import { KvsReminderStore } from '../src/adapters/reminders-store';
import { KvsRoleStore } from '../src/adapters/roles-store';
import { KvsSupplierStore } from '../src/adapters/suppliers-store';
import type { Department, TeamMember } from '../src/domain/campaigns';
import { addDays, dayOf } from '../src/domain/common';
import type { RoleSettings } from '../src/domain/roles';
import { criteriaOf, type EvaluationModel } from '../src/domain/model';
import type { ModelHead } from '../src/domain/model';
import { buildResults } from '../src/features/results';
import type { StoredCampaign } from '../src/ports/campaigns';
import type { StoredResponse } from '../src/ports/survey';
import { demoResponses, type DemoBuyer, type DemoRespondent, type DemoYear } from './demo/answers';
import { DEMO_MODEL_V1, DEMO_MODEL_V2 } from './demo/model';
import { demoSuppliers } from './demo/suppliers';
import type { InvocationIdentity } from './platform';
import { ADMIN_PERSONA, DIRECTORY, PERSONAS, type Persona } from './personas';
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

/** Every internal customer of the demo site: the personas first, then the others (sandbox/demo/people.ts). */
const customers = DIRECTORY.filter((p) => p.role === 'customer');
/** Left out of the departments but invited: they choose their department when answering. */
export const UNLISTED_CUSTOMER: Persona = PERSONAS.filter((p) => p.role === 'customer').at(-1)!;

/** The customers' departments (their English names) and what French readers see. Legal is below the threshold. */
const DEPARTMENT_NAMES: readonly [string, string][] = [
  ['Engineering', 'Ingénierie'],
  ['Production', 'Production'],
  ['Finance', 'Finance'],
  ['HR', 'RH'],
  ['Logistics', 'Logistique'],
  ['Legal', 'Juridique'],
];
const departmentIdOf = (englishName: string) => englishName.toLowerCase();

export const SEED_DEPARTMENTS: Department[] = DEPARTMENT_NAMES.map(([en, fr]) => ({
  id: departmentIdOf(en),
  name: { 'en-US': en, 'fr-FR': fr },
  members: customers
    .filter((p) => p.department === en && p.accountId !== UNLISTED_CUSTOMER.accountId)
    .map((p) => p.accountId),
}));

const audience = { departments: SEED_DEPARTMENTS, people: [UNLISTED_CUSTOMER.accountId] };
/** Grace serves the technical and finance departments (and the unlisted customer), Hugo the support functions. */
const team: TeamMember[] = [
  {
    accountId: FIRST_BUYER,
    portfolio: {
      departments: ['engineering', 'production', 'finance'],
      people: [UNLISTED_CUSTOMER.accountId],
    },
  },
  { accountId: SECOND_BUYER, portfolio: { departments: ['hr', 'logistics', 'legal'], people: [] } },
];

const criterionIdsOf = (model: EvaluationModel) => criteriaOf(model).map(({ criterion }) => criterion.id);

const common = {
  modelId: DEMO_MODEL_V2.id,
  audience,
  team,
  commentRequiredAtOrBelow: 2 as const,
  results: { roles: ['admin' as const, 'team' as const, 'quality' as const], customersAfterClose: true },
};
const onModel = (model: EvaluationModel) => ({
  modelVersion: model.version,
  criterionIds: criterionIdsOf(model),
});

/** The closed campaigns with answers, oldest first: 2024 asked model version 1, 2025 version 2. */
const CLOSED: readonly { campaign: StoredCampaign; model: EvaluationModel; year: DemoYear }[] = [
  {
    year: 2024,
    model: DEMO_MODEL_V1,
    campaign: {
      ...common,
      ...onModel(DEMO_MODEL_V1),
      id: 'campaign-2024',
      name: {
        'en-US': 'Procurement satisfaction survey 2024',
        'fr-FR': 'Enquête de satisfaction Achats 2024',
      },
      period: '2024',
      opensOn: '2024-01-15',
      closesOn: '2024-02-16',
      status: 'closed',
      anonymous: false,
      answered: true,
      openedAt: Date.UTC(2024, 0, 15, 8),
      closedAt: Date.UTC(2024, 1, 17, 0, 5),
      createdAt: Date.UTC(2024, 0, 8, 9),
      revision: 4,
    },
  },
  {
    year: 2025,
    model: DEMO_MODEL_V2,
    campaign: {
      ...common,
      ...onModel(DEMO_MODEL_V2),
      id: 'campaign-2025',
      name: {
        'en-US': 'Procurement satisfaction survey 2025',
        'fr-FR': 'Enquête de satisfaction Achats 2025',
      },
      period: '2025',
      opensOn: '2025-01-13',
      closesOn: '2025-02-14',
      status: 'closed',
      anonymous: false,
      answered: true,
      openedAt: Date.UTC(2025, 0, 13, 8),
      closedAt: Date.UTC(2025, 1, 15, 0, 5),
      createdAt: Date.UTC(2025, 0, 6, 9),
      revision: 4,
    },
  },
];

/**
 * This year's campaign closes three weeks after the day the demo is started, so a demo started on any day has an
 * open survey (the hourly job would otherwise close it, and the survey, banner and weighing stories with it); next
 * year's draft opens after it, never in the past.
 */
const SEED_DAY = dayOf(Date.now());
const OPEN_CLOSES_ON = addDays(SEED_DAY, 21);
const laterOf = (a: string, b: string) => (a > b ? a : b);
const DRAFT_OPENS_ON = laterOf('2027-01-11', addDays(OPEN_CLOSES_ON, 24));

export const SEED_CAMPAIGNS: readonly StoredCampaign[] = [
  ...CLOSED.map(({ campaign }) => campaign),
  {
    ...common,
    ...onModel(DEMO_MODEL_V2),
    id: DEMO_CAMPAIGN_ID,
    name: { 'en-US': 'Procurement satisfaction survey 2026', 'fr-FR': 'Enquête de satisfaction Achats 2026' },
    period: '2026',
    opensOn: '2026-01-12',
    closesOn: OPEN_CLOSES_ON,
    status: 'open',
    anonymous: false,
    binding: { contentId: DEMO_SITE.surveyPageId, localId: SURVEY_MACRO_LOCAL_ID },
    openedAt: Date.UTC(2026, 0, 12, 8),
    createdAt: Date.UTC(2026, 0, 5, 9),
    revision: 3,
  },
  {
    ...common,
    ...onModel(DEMO_MODEL_V2),
    id: 'campaign-2027',
    name: {
      'en-US': 'Procurement satisfaction survey 2027 (anonymous)',
      'fr-FR': 'Enquête de satisfaction Achats 2027 (anonyme)',
    },
    period: '2027',
    opensOn: DRAFT_OPENS_ON,
    closesOn: addDays(DRAFT_OPENS_ON, 32),
    status: 'draft',
    anonymous: true,
    createdAt: Date.UTC(2026, 10, 2, 9),
    revision: 1,
  },
];

/** Version 1 was frozen by 2024; the criterion about the ordering tools was reworded before 2025 (version 2). */
const HEAD_V1: ModelHead = {
  modelId: DEMO_MODEL_V1.id,
  version: DEMO_MODEL_V1.version,
  revision: 1,
  versions: [{ version: DEMO_MODEL_V1.version, usedBy: ['campaign-2024'] }],
};
export const SEED_HEAD: ModelHead = {
  modelId: DEMO_MODEL_V2.id,
  version: DEMO_MODEL_V2.version,
  revision: 2,
  versions: [
    { version: DEMO_MODEL_V1.version, usedBy: ['campaign-2024'] },
    { version: DEMO_MODEL_V2.version, usedBy: ['campaign-2025', DEMO_CAMPAIGN_ID] },
  ],
};

/** Who is invited, with the department they answer for (the unlisted customer picks their own). */
const INVITED: readonly DemoRespondent[] = customers
  .map((p) => ({
    accountId: p.accountId,
    displayName: p.displayName,
    departmentId: departmentIdOf(p.department),
  }))
  .filter(
    (p) =>
      p.accountId === UNLISTED_CUSTOMER.accountId ||
      SEED_DEPARTMENTS.some((d) => d.members.includes(p.accountId)),
  );

const BUYERS: readonly DemoBuyer[] = team.map((member) => ({
  accountId: member.accountId,
  displayName: PERSONAS.find((p) => p.accountId === member.accountId)!.displayName,
  departments: member.portfolio.departments,
}));

/** The people a demo campaign invited (the voters of its plan's weighing). */
export const invitedOf = (campaignId: string): string[] =>
  SEED_CAMPAIGNS.some((c) => c.id === campaignId) ? INVITED.map((p) => p.accountId) : [];

/** The stored responses of a closed demo campaign (deterministic: the same on every start). */
export function seedResponses(campaignId: string): StoredResponse[] {
  const closed = CLOSED.find((c) => c.campaign.id === campaignId);
  if (!closed) return [];
  return demoResponses(closed.campaign, closed.model, closed.year, INVITED, BUYERS);
}

/** Several writes at a time: storage latency (FORGE_LOCAL_KVS_LATENCY_MS) then costs a few round trips, not 60. */
async function inBatches<T>(items: readonly T[], size: number, write: (item: T) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(write));
}

/**
 * A closed campaign is written as the app lived it: open (already answered), its answers through the response
 * store (conditioned on the campaign being open at that revision, as every answer is), then closed. An interrupted
 * seed resumes: answers already stored are left as they are.
 */
async function seedClosedCampaign(closed: (typeof CLOSED)[number]): Promise<void> {
  const campaigns = new KvsCampaignStore();
  const responses = new KvsResponseStore();
  const { closedAt: _closedAt, ...final } = closed.campaign;
  const asOpen: StoredCampaign = { ...final, status: 'open', revision: final.revision - 1 };
  let stored = await campaigns.read(final.id);
  if (!stored) {
    await campaigns.create(asOpen);
    stored = await campaigns.read(final.id);
  }
  if (!stored || stored.status !== 'open') return;
  const open = stored;
  const fresh = { revision: 0, notSubmitted: false, proxyOnly: false };
  await inBatches(seedResponses(final.id), 10, (response) => responses.write(response, fresh, open));
  await campaigns.update({ ...closed.campaign, revision: open.revision + 1 }, open.revision);
}

/**
 * Writes the demo data through the app's own storage adapters, as the admin and the customers would, so the
 * records have exactly the shape the app writes: roles, both model versions, the closed 2024 and 2025 campaigns
 * with their answers and results snapshots (oldest first: 2025's trends compare with 2024), the 2027 draft, and
 * this year's open campaign. Idempotent: every write is conditional and this year's campaign is written last (its
 * presence means "seeded"), so a demo that was used is kept and an interrupted seed completes on the next start.
 */
export async function seedDemoData(invoke: Invoke): Promise<{ seeded: boolean }> {
  const admin = { accountId: ADMIN_PERSONA.accountId, moduleKey: 'admin-page' };
  const { result: seeded } = await invoke(admin, async () =>
    Boolean(await new KvsCampaignStore().read(DEMO_CAMPAIGN_ID)),
  );
  if (seeded) return { seeded: false };

  await invoke(admin, async () => {
    await new KvsRoleStore().create(SEED_ROLES);
    const models = new KvsModelStore();
    await models.save(DEMO_MODEL_V1, HEAD_V1, 0);
    await models.save(DEMO_MODEL_V2, SEED_HEAD, HEAD_V1.revision);
    await new KvsSupplierStore().createAll(demoSuppliers({ grace: FIRST_BUYER, hugo: SECOND_BUYER }));
  });
  for (const closed of CLOSED) await invoke(admin, () => seedClosedCampaign(closed));

  const { result } = await invoke(admin, async () => {
    const campaigns = new KvsCampaignStore();
    for (const { campaign } of CLOSED) {
      const stored = await campaigns.read(campaign.id);
      if (stored?.status !== 'closed') continue;
      // Built as the hourly job rebuilds it once storage reads have settled after the close.
      const builtAt = (stored.closedAt ?? 0) + 60 * 60 * 1000;
      await buildResults(
        {
          campaigns,
          models: new KvsModelStore(),
          responses: new KvsResponseStore(),
          results: new KvsResultsStore(),
          clock: { now: () => builtAt, sleep: () => Promise.resolve() },
        },
        stored,
      );
    }
    const demoLast = SEED_CAMPAIGNS.filter((c) => !CLOSED.some((closed) => closed.campaign.id === c.id)).sort(
      (a, b) => Number(a.id === DEMO_CAMPAIGN_ID) - Number(b.id === DEMO_CAMPAIGN_ID),
    );
    // This year's invitations, as opening the campaign wrote them (nobody has answered yet): the page banner's.
    await new KvsReminderStore().invite(
      DEMO_CAMPAIGN_ID,
      INVITED.map((p) => p.accountId),
    );
    for (const campaign of demoLast) await campaigns.create(campaign);
    return { seeded: true };
  });
  return result;
}
