/**
 * What the tests of the admin page's slices (roles, directory, model, campaigns, binding) start from, on the
 * backend harness (the Confluence sandbox, so Confluence calls are real HTTP-shaped requests, as the personas):
 * calls from the admin page, campaign inputs, and the steps most tests start with.
 */
import { DEFAULT_MODEL } from '../../../src/domain/model/model';
import type { CampaignInput } from '../../../src/shared/contract/campaigns';
import type { ResolverKey } from '../../../src/shared/contract';
import type { CallCounts } from '../../../sandbox/platform';
import { DEMO_SITE } from '../../../sandbox/products/site';
import { startBackend, type Backend } from '../../helpers/backend';
import { SURVEY_PAGE } from '../../helpers/builders';
import { PEOPLE } from '../../helpers/people';

/** The personas who are customers, in the demo site's order. */
export const CUSTOMERS = [PEOPLE.alice, PEOPLE.bruno, PEOPLE.chloe, PEOPLE.david, PEOPLE.emma, PEOPLE.farid];
export const RESTRICTED_PAGE = DEMO_SITE.pages.find((p) => p.viewers)!.id;
export const MACRO = 'b1a2c3d4-0000-4000-8000-00000000aaaa';

/* eslint-disable @typescript-eslint/no-explicit-any -- resolver answers are read loosely in tests */
export type Call = (
  accountId: string | undefined,
  functionKey: string,
  payload: unknown,
  context?: Record<string, unknown>,
) => Promise<{
  result: { ok: boolean; data?: any; error?: { code: string; message: string } };
  counts: CallCounts;
}>;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** An answer as the tables of these tests spell it: `OK`, or the error's code. */
export const code = (result: { ok: boolean; error?: { code: string } }) =>
  result.ok ? 'OK' : result.error!.code;

/** A resolver call with the admin page's context (`moduleKey`, `locale`) under whatever context the test gives. */
export function adminCaller(b: Backend): Call {
  return async (accountId, functionKey, payload, context = {}) => {
    const { result, counts } = await b.call(accountId, functionKey as ResolverKey, payload, {
      moduleKey: 'admin-page',
      locale: 'en-US',
      ...context,
    });
    return { result, counts };
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
    team: [{ accountId: PEOPLE.grace, portfolio: { departments: ['engineering', 'finance'], people: [] } }],
    commentRequiredAtOrBelow: 2,
    results: { roles: ['admin', 'team', 'quality'], customersAfterClose: false },
    ...overrides,
  };
}

/** A set-up installation: the admin persona bootstrapped, two buyers in the team, a quality manager. */
export async function setUpRoles(call: Call): Promise<void> {
  expect((await call(PEOPLE.jean, 'roles/bootstrap', {})).result.ok).toBe(true);
  const roles = await call(PEOPLE.jean, 'roles/set', {
    admins: [PEOPLE.jean],
    team: [PEOPLE.grace, PEOPLE.hugo],
    quality: [PEOPLE.ines],
  });
  expect(roles.result.ok).toBe(true);
}

/** Creates a campaign as the admin and returns its view. */
export async function createCampaign(call: Call, overrides: Partial<CampaignInput> = {}) {
  const saved = await call(PEOPLE.jean, 'campaigns/save', {
    campaign: campaignInput(overrides),
    baseRevision: 0,
  });
  expect(saved.result).toMatchObject({ ok: true });
  return saved.result.data as { id: string; revision: number; status: string; modelVersion: number };
}

export async function openCampaign(call: Call, id: string, revision: number) {
  const opened = await call(PEOPLE.jean, 'campaigns/open', { campaignId: id, baseRevision: revision });
  expect(opened.result).toMatchObject({ ok: true });
  return opened.result.data as { id: string; revision: number; status: string; modelVersion: number };
}

/** The model a campaign answers with: its frozen (or, while a draft, latest) version, as stored. */
export async function frozenModelOf(b: Backend, call: Call, campaignId: string) {
  const campaign = (await call(PEOPLE.jean, 'campaigns/get', { campaignId })).result.data;
  const { KEYS } = await import('../../../src/adapters/keys');
  const { kvs } = await import('@forge/kvs');
  const { result } = await b.invoke({}, () => kvs.get(KEYS.model(campaign.modelId, campaign.modelVersion)));
  return result as { version: number; sections: { title: Record<string, string> }[] };
}

/** In each of Grace's and Hugo's teams, a draft and an open campaign. */
export interface TeamCampaigns {
  own: { draft: string; open: string };
  foreign: { draft: string; open: string };
}

/** A fresh installation: roles, and in each of Grace's and Hugo's teams a draft and an open campaign. */
export async function teamCampaigns(b: Backend, call: Call): Promise<TeamCampaigns> {
  b.kvs.reset();
  await setUpRoles(call);
  const make = async (buyer: string) => {
    const team = [{ accountId: buyer, portfolio: { departments: ['engineering'], people: [] } }];
    const draft = await createCampaign(call, { team });
    const toOpen = await createCampaign(call, { team });
    await openCampaign(call, toOpen.id, toOpen.revision);
    return { draft: draft.id, open: toOpen.id };
  };
  return { own: await make(PEOPLE.grace), foreign: await make(PEOPLE.hugo) };
}

/**
 * The app's backend for a test file of the admin page: started once, closed at the end and, unless `reset` is
 * false, emptied before each test. `use` receives the backend and its caller once started.
 */
export function onAdminPage(
  use: (started: { b: Backend; call: Call }) => void,
  { reset = true }: { reset?: boolean } = {},
): void {
  let started: Backend | undefined;
  beforeAll(async () => {
    started = await startBackend();
    use({ b: started, call: adminCaller(started) });
  });
  afterAll(() => started?.close());
  if (reset) beforeEach(() => started?.kvs.reset());
}
