/**
 * The access matrix's set-up: the personas, the campaign in each state, and for every resolver key a valid payload
 * and the context its module sends. What each cell must answer is in access.matrix.test.ts.
 */
import { DEFAULT_BANDS, DEFAULT_SUPPLIER_MODEL } from '../../../src/domain/supplier-model';
import type { CampaignRecord } from '../../../src/adapters/records/campaign';
import { KvsSupplierStore } from '../../../src/adapters/suppliers-store';
import type { Supplier } from '../../../src/domain/suppliers';
import type { ResolverKey } from '../../../src/shared/contract';
import type { HostBackend } from '../../helpers/backend';
import { ADMIN_PAGE, aCampaign, aModel, answersFor, JIRA_TARGET, macroContext } from '../../helpers/builders';
import { PEOPLE } from '../../helpers/people';

export const PERSONAS = {
  admin: PEOPLE.jean,
  listedBuyer: PEOPLE.grace,
  unlistedBuyer: PEOPLE.hugo,
  quality: PEOPLE.ines,
  invitedCustomer: PEOPLE.alice,
  uninvited: PEOPLE.emma,
} as const;
export type Persona = keyof typeof PERSONAS;

export const STATES = ['draft', 'scheduled', 'open', 'closed', 'missing'] as const;
export type State = (typeof STATES)[number];

export const CAMPAIGN_ID = 'cmp-2026';
const MISSING_ID = 'cmp-missing';
const ACTION_ID = 'act-00000000000000a1';

/** A supplier of the register, owned by Grace (the listed buyer): Hugo holds the team role, not this supplier. */
export const SUPPLIER: Supplier = {
  id: 'sup-00000000000000a1',
  name: 'Acme Steel',
  category: 'Raw materials',
  ownerAccountId: PEOPLE.grace,
  status: 'active',
  nextEvaluationOn: '2027-12-08',
  departments: [],
  createdAt: Date.UTC(2026, 0, 5),
  updatedAt: Date.UTC(2026, 0, 5),
  revision: 1,
};

/** The campaign in each state; only Grace is listed in its team (Hugo holds the team role, not this campaign). */
export function campaignIn(state: Exclude<State, 'missing'>): CampaignRecord {
  const team = [
    { accountId: PEOPLE.grace, portfolio: { departments: ['engineering'], people: [PEOPLE.david] } },
  ];
  const base = aCampaign({
    team,
    results: { roles: ['admin', 'quality', 'team'], customersAfterClose: true },
    suppliers: {
      enabled: true,
      modelVersion: 1,
      criterionIds: DEFAULT_SUPPLIER_MODEL.criteria.map((c) => c.id),
      commentRequiredAtOrBelow: 2,
    },
  });
  if (state === 'draft') {
    const { openedAt: _opened, criterionIds: _frozen, ...draft } = base;
    const suppliers = { enabled: true };
    return { ...draft, suppliers, status: 'draft', opensOn: '2099-01-10', closesOn: '2099-02-28' };
  }
  if (state === 'scheduled')
    return { ...base, status: 'scheduled', opensOn: '2099-01-10', closesOn: '2099-02-28' };
  if (state === 'closed') return { ...base, status: 'closed', closedAt: Date.UTC(2026, 2, 1) };
  return { ...base, closesOn: '2099-02-28' };
}

const model = aModel();
const campaignInput = (id: string) => {
  const c = campaignIn('open');
  return {
    id,
    name: c.names,
    period: c.period,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    anonymous: c.anonymous,
    modelId: c.modelId,
    audience: c.audience,
    team: c.team,
    commentRequiredAtOrBelow: c.commentRequiredAtOrBelow,
    suppliers: { enabled: true },
    results: c.results,
  };
};

type Context = 'admin' | 'macro' | 'panel';
export interface KeyCase {
  /** Run against the campaign in every state (and a missing one), or once: the key is not about one campaign. */
  campaign: boolean;
  payload: (campaignId: string) => unknown;
  context?: Context;
}

const byCampaign = (campaignId: string) => ({ campaignId });
const action = (campaignId: string) => ({ campaignId, actionId: ACTION_ID, revision: 1 });

export const KEY_CASES: Record<ResolverKey, KeyCase> = {
  'roles/getAccess': { campaign: false, payload: () => ({}) },
  'roles/bootstrap': { campaign: false, payload: () => ({}) },
  'roles/get': { campaign: false, payload: () => ({}) },
  'roles/set': {
    campaign: false,
    payload: () => ({ admins: [PEOPLE.jean], team: [PEOPLE.grace, PEOPLE.hugo], quality: [PEOPLE.ines] }),
  },
  'directory/search': { campaign: false, payload: () => ({ query: 'Ali' }) },
  'directory/users': { campaign: false, payload: () => ({ accountIds: [PEOPLE.alice] }) },
  'model/get': { campaign: false, payload: () => ({}) },
  'model/save': {
    campaign: false,
    payload: () => {
      const { version: _v, ...input } = model;
      return { model: input, baseVersion: 1 };
    },
  },
  'supplier-model/get': { campaign: false, payload: () => ({}) },
  'supplier-model/save': {
    campaign: false,
    // Base version 0 while the head is the built-in version 1: the admin's save is refused as stale, writing nothing.
    payload: () => {
      const { version: _v, id: _id, ...input } = DEFAULT_SUPPLIER_MODEL;
      return { model: input, bands: DEFAULT_BANDS, baseVersion: 0 };
    },
  },
  'campaigns/list': { campaign: false, payload: () => ({}) },
  'campaigns/get': { campaign: true, payload: byCampaign },
  'campaigns/save': {
    campaign: true,
    payload: (campaignId) => ({ campaign: campaignInput(campaignId), baseRevision: 3 }),
  },
  'campaigns/open': { campaign: true, payload: (campaignId) => ({ campaignId, baseRevision: 3 }) },
  'campaigns/close': { campaign: true, payload: (campaignId) => ({ campaignId, baseRevision: 3 }) },
  'binding/bind': { campaign: true, payload: byCampaign, context: 'macro' },
  'survey/getState': { campaign: true, payload: byCampaign, context: 'macro' },
  'survey/saveDraft': {
    campaign: true,
    payload: (campaignId) => ({ campaignId, kind: 'customer', answers: {}, baseRevision: 0 }),
    context: 'macro',
  },
  'survey/submit': {
    campaign: true,
    payload: (campaignId) => ({
      campaignId,
      kind: 'customer',
      answers: answersFor(model, 3),
      baseRevision: 0,
    }),
    context: 'macro',
  },
  'proxy/get': {
    campaign: true,
    payload: (campaignId) => ({ campaignId, customerAccountId: PEOPLE.farid }),
    context: 'macro',
  },
  'proxy/submit': {
    campaign: true,
    payload: (campaignId) => ({
      campaignId,
      customerAccountId: PEOPLE.farid,
      answers: answersFor(model, 3),
      baseRevision: 0,
    }),
    context: 'macro',
  },
  'participation/get': { campaign: true, payload: byCampaign },
  'results/get': { campaign: true, payload: byCampaign },
  'results/comments': { campaign: true, payload: byCampaign },
  'plan/get': { campaign: true, payload: byCampaign },
  'plan/saveAction': {
    campaign: true,
    payload: (campaignId) => ({
      campaignId,
      revision: 0,
      title: { 'en-US': 'Publish lead times' },
      description: { 'en-US': 'Each order shows its expected lead time.' },
      criterionIds: ['sourcing-lead'],
    }),
  },
  'plan/deleteAction': { campaign: true, payload: action },
  'plan/select': { campaign: true, payload: (campaignId) => ({ ...action(campaignId), selected: true }) },
  'plan/adjust': {
    campaign: true,
    payload: (campaignId) => ({
      ...action(campaignId),
      dueDate: '2026-10-01',
      reason: 'Supplier audit first',
    }),
  },
  'plan/adjustments': {
    campaign: true,
    payload: (campaignId) => ({ campaignId, actionId: ACTION_ID, from: 0 }),
  },
  'plan/createIssues': { campaign: true, payload: byCampaign },
  'plan/refresh': { campaign: true, payload: byCampaign },
  'weighing/get': { campaign: true, payload: byCampaign, context: 'macro' },
  'weighing/submit': {
    campaign: true,
    payload: (campaignId) => ({ campaignId, points: { [ACTION_ID]: 100 } }),
    context: 'macro',
  },
  'weighing/open': { campaign: true, payload: (campaignId) => ({ campaignId, closesOn: '2099-03-31' }) },
  'weighing/close': { campaign: true, payload: byCampaign },
  'followup/get': { campaign: true, payload: byCampaign },
  'followup/review': {
    campaign: true,
    payload: (campaignId) => ({ campaignId, comment: 'Quarterly review' }),
  },
  'commitments/get': { campaign: true, payload: byCampaign },
  'issue-panel/get': { campaign: false, payload: () => ({}), context: 'panel' },
  'jira-settings/get': { campaign: false, payload: () => ({}) },
  'jira-settings/save': { campaign: false, payload: () => ({ projectKey: 'PROC', issueTypeId: '10003' }) },
  'jira-settings/project': { campaign: false, payload: () => ({ projectKey: 'PROC' }) },
  'jira-settings/notices': { campaign: false, payload: () => ({ enabled: false, locale: 'fr-FR' }) },
  'reminders/banner': { campaign: false, payload: () => ({}) },
  'reminders/dismiss': { campaign: false, payload: () => ({}) },
  'home/feed': { campaign: false, payload: () => ({}) },
  'reminders/remind': {
    campaign: true,
    payload: (campaignId) => ({ campaignId, accountIds: [PEOPLE.david] }),
  },
  'supplier-ratings/mine': { campaign: true, payload: byCampaign, context: 'macro' },
  'supplier-ratings/pick': {
    campaign: true,
    payload: (campaignId) => ({ campaignId, query: 'ac' }),
    context: 'macro',
  },
  'supplier-ratings/save': {
    campaign: true,
    payload: (campaignId) => ({
      campaignId,
      ratings: [
        {
          supplierId: SUPPLIER.id,
          answers: Object.fromEntries(DEFAULT_SUPPLIER_MODEL.criteria.map((c) => [c.id, 3])),
          comments: {},
          revision: 0,
          submit: true,
        },
      ],
    }),
    context: 'macro',
  },
  'suppliers/list': { campaign: false, payload: () => ({ query: 'acme' }) },
  'suppliers/get': { campaign: false, payload: () => ({ supplierId: SUPPLIER.id }) },
  'suppliers/save': {
    campaign: false,
    payload: () => {
      const { createdAt: _c, updatedAt: _u, revision, ...supplier } = SUPPLIER;
      return { supplier: { ...supplier, status: 'watch' }, baseRevision: revision };
    },
  },
  'suppliers/import': {
    campaign: false,
    payload: () => ({ csv: `name,category,owner\nNew Co,Steel,${PEOPLE.grace}\n`, commit: false }),
  },
};

const contextOf = (kind: Context | undefined): Record<string, unknown> => {
  if (kind === 'macro') return macroContext();
  if (kind === 'panel') {
    return {
      moduleKey: 'action-issue-panel',
      extension: { type: 'jira:issuePanel', issue: { id: '10001' } },
    };
  }
  return ADMIN_PAGE;
};

/** A cell's answer as the matrix spells it: `ok`, or the refusal's code and reason. */
export async function outcomeOf(
  p: HostBackend,
  key: ResolverKey,
  persona: Persona,
  state: State | undefined,
): Promise<string> {
  const c = KEY_CASES[key];
  const campaignId = state === 'missing' ? MISSING_ID : CAMPAIGN_ID;
  const { result } = await p.call(PERSONAS[persona], key, c.payload(campaignId), contextOf(c.context));
  return result.ok ? 'ok' : `${result.error.code} ${result.error.reason}`;
}

/** A fresh store for a cell: the campaign in `state` (none when missing), the model, the roles, Jira's target. */
export async function reseed(p: HostBackend, state: State | undefined): Promise<void> {
  p.kvs.reset();
  const campaigns =
    state === undefined ? [campaignIn('open')] : state === 'missing' ? [] : [campaignIn(state)];
  await p.seed({ campaigns, models: [model], roles: {}, jira: JIRA_TARGET });
  await p.asApp(() => new KvsSupplierStore().create(SUPPLIER));
}

/** Keys that never write: a cell after one of them needs no fresh store. */
export const READS: ReadonlySet<ResolverKey> = new Set<ResolverKey>([
  'roles/getAccess',
  'roles/get',
  'directory/search',
  'directory/users',
  'model/get',
  'supplier-model/get',
  'campaigns/list',
  'campaigns/get',
  'survey/getState',
  'proxy/get',
  'participation/get',
  'results/comments',
  'plan/get',
  'plan/adjustments',
  'weighing/get',
  'followup/get',
  'commitments/get',
  'issue-panel/get',
  'jira-settings/get',
  'jira-settings/project',
  'reminders/banner',
  'home/feed',
  'suppliers/list',
  'suppliers/get',
  'supplier-ratings/mine',
  'supplier-ratings/pick',
  'suppliers/import',
]);
