/**
 * Shared set-up of the administration tests: the real `handler` of src/index.ts over the real SDKs, the local
 * host's KVS and its Confluence sandbox (so Confluence calls are real HTTP-shaped requests, as the personas).
 */
import { DEFAULT_MODEL } from '../../src/domain/model/model';
import type { CampaignInput } from '../../src/shared/contract/campaigns';
import { ADMIN_PERSONA, PERSONAS } from '../../sandbox/personas';
import { createConfluenceSandbox } from '../../sandbox/products/confluence';
import { createProductRouter } from '../../sandbox/products/router';
import { DEMO_SITE } from '../../sandbox/products/site';
import { startTestRuntime, type TestRuntime } from '../helpers/forge-runtime';
import type * as IndexModule from '../../src/index';

export const ADMIN = ADMIN_PERSONA.accountId;
export const [GRACE, HUGO] = PERSONAS.filter((p) => p.role === 'buyer').map((p) => p.accountId) as [
  string,
  string,
];
export const INES = PERSONAS.find((p) => p.role === 'quality-manager')!.accountId;
export const CUSTOMERS = PERSONAS.filter((p) => p.role === 'customer').map((p) => p.accountId);
export const ALICE = CUSTOMERS[0]!;
export const SURVEY_PAGE = DEMO_SITE.surveyPageId;
export const RESTRICTED_PAGE = DEMO_SITE.pages.find((p) => p.viewers)!.id;
export const MACRO = 'b1a2c3d4-0000-4000-8000-00000000aaaa';

export interface AdminTestEnv {
  rt: TestRuntime;
  index: typeof IndexModule;
}

/** Starts the runtime with the Confluence sandbox, then imports the app (the SDKs read the globals at load). */
export async function startAdminEnv(): Promise<AdminTestEnv> {
  const rt = startTestRuntime({
    products: createProductRouter({ confluence: createConfluenceSandbox(DEMO_SITE) }),
  });
  const index = await import('../../src/index');
  return { rt, index };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- resolver answers are read loosely in tests */
export type Call = (
  functionKey: string,
  payload: unknown,
  accountId: string | undefined,
  context?: Record<string, unknown>,
) => Promise<{ result: { ok: boolean; data?: any; error?: { code: string; message: string } }; counts: any }>;

/* eslint-enable @typescript-eslint/no-explicit-any */

export function caller(env: AdminTestEnv, moduleKey = 'admin-page'): Call {
  return async (functionKey, payload, accountId, context = {}) => {
    const { result, counts } = await env.rt.invoke({ accountId, moduleKey }, () =>
      env.index.handler(
        { call: { functionKey, payload }, context: { moduleKey, locale: 'en-US', ...context } },
        { principal: accountId ? { accountId } : undefined },
      ),
    );
    return { result: result as Awaited<ReturnType<Call>>['result'], counts };
  };
}

/** The macro's invocation context on a page, as Confluence gives it. */
export const macroContext = (contentId: string = SURVEY_PAGE, localId: string = MACRO) => ({
  moduleKey: 'survey-macro',
  localId,
  extension: { type: 'macro', content: { id: contentId, type: 'page' }, config: {} },
});

export function campaignInput(overrides: Partial<CampaignInput> = {}): CampaignInput {
  return {
    name: { 'en-US': 'Procurement satisfaction 2026', 'fr-FR': 'Enquête de satisfaction Achats 2026' },
    period: '2026',
    opensOn: '2026-01-12',
    closesOn: '2099-12-18',
    anonymous: false,
    modelId: DEFAULT_MODEL.id,
    audience: {
      departments: [
        {
          id: 'engineering',
          name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' },
          members: [CUSTOMERS[0]!, CUSTOMERS[5]!],
        },
        { id: 'finance', name: { 'en-US': 'Finance', 'fr-FR': 'Finance' }, members: [CUSTOMERS[2]!] },
      ],
      people: [CUSTOMERS[1]!],
    },
    team: [{ accountId: GRACE, portfolio: { departments: ['engineering', 'finance'], people: [] } }],
    commentRequiredAtOrBelow: 2,
    results: { roles: ['admin', 'team', 'quality'], customersAfterClose: false },
    ...overrides,
  };
}

/** A set-up installation: the admin persona bootstrapped, two buyers in the team, a quality manager. */
export async function setUpRoles(call: Call): Promise<void> {
  expect((await call('roles/bootstrap', {}, ADMIN)).result.ok).toBe(true);
  const roles = await call('roles/set', { admins: [ADMIN], team: [GRACE, HUGO], quality: [INES] }, ADMIN);
  expect(roles.result.ok).toBe(true);
}

/** Creates a campaign as the admin and returns its view. */
export async function createCampaign(call: Call, overrides: Partial<CampaignInput> = {}) {
  const saved = await call('campaigns/save', { campaign: campaignInput(overrides), baseRevision: 0 }, ADMIN);
  expect(saved.result).toMatchObject({ ok: true });
  return saved.result.data as { id: string; revision: number; status: string; modelVersion: number };
}

export async function openCampaign(call: Call, id: string, revision: number) {
  const opened = await call('campaigns/open', { campaignId: id, baseRevision: revision }, ADMIN);
  expect(opened.result).toMatchObject({ ok: true });
  return opened.result.data as { id: string; revision: number; status: string; modelVersion: number };
}

/** The model a campaign answers with: its frozen (or, while a draft, latest) version, as stored. */
export async function frozenModelOf(env: AdminTestEnv, call: Call, campaignId: string) {
  const campaign = (await call('campaigns/get', { campaignId }, ADMIN)).result.data;
  const { KEYS } = await import('../../src/adapters/keys');
  const { kvs } = await import('@forge/kvs');
  const { result } = await env.rt.invoke({}, () =>
    kvs.get(KEYS.model(campaign.modelId, campaign.modelVersion)),
  );
  return result as { version: number; sections: { title: Record<string, string> }[] };
}
