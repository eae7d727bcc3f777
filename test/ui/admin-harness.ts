/**
 * A fake backend for the admin page tests, behind the fake bridge of ./harness: every call is parsed with the
 * contract's own payload schema (a payload the real resolver would refuse fails here too, with the same
 * INVALID_PAYLOAD shape), and answers follow the contract's views. State is plain data the tests read and seed.
 */
import { inputSchemaOf, isResolverKey, type Payload, type ResolverKey } from '../../src/shared/contract';
import type { CampaignView } from '../../src/shared/contract/campaigns';
import type { UserRef } from '../../src/shared/contract/common';
import type { ModelView } from '../../src/shared/contract/model';
import type { AccessView } from '../../src/shared/contract/roles';
import { type CampaignStatus } from '../../src/domain/campaigns/campaign';
import { dayOf } from '../../src/domain/common/days';
import { DEFAULT_MODEL, type EvaluationModel } from '../../src/domain/model/model';
import { fail, ok, type Result } from '../../src/shared/result';
import { failure } from './harness';

export const ME = '712020:5a1e0000-0000-4000-8000-000000000031';
export const USERS: UserRef[] = [
  { accountId: ME, displayName: 'Jean Rousseau' },
  { accountId: '712020:5a1e0000-0000-4000-8000-000000000001', displayName: 'Alice Martin' },
  { accountId: '712020:5a1e0000-0000-4000-8000-000000000002', displayName: 'Bruno Lefèvre' },
  { accountId: '712020:5a1e0000-0000-4000-8000-000000000011', displayName: 'Grace Okafor' },
  { accountId: '712020:5a1e0000-0000-4000-8000-000000000021', displayName: 'Inès Garcia' },
];
export const idOf = (name: string) => USERS.find((u) => u.displayName.startsWith(name))!.accountId;

export function campaignView(overrides: Partial<CampaignView> = {}): CampaignView {
  return {
    id: 'survey-2025',
    name: { 'en-US': 'Survey 2025', 'fr-FR': 'Survey 2025' },
    period: '2025',
    opensOn: '2025-03-01',
    closesOn: '2025-03-31',
    status: 'draft',
    anonymous: false,
    modelId: DEFAULT_MODEL.id,
    modelVersion: 1,
    audience: {
      departments: [
        {
          id: 'engineering',
          name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' },
          members: [idOf('Alice')],
        },
      ],
      people: [idOf('Bruno')],
    },
    team: [{ accountId: idOf('Grace'), portfolio: { departments: ['engineering'], people: [] } }],
    commentRequiredAtOrBelow: 2,
    results: { roles: ['admin', 'team', 'quality'], customersAfterClose: false },
    revision: 3,
    bound: false,
    hasAnswers: false,
    ...overrides,
  };
}

export interface AdminState {
  access: AccessView;
  roles: { admins: string[]; team: string[]; quality: string[] };
  model: EvaluationModel;
  inUse: boolean;
  versions: ModelView['versions'];
  campaigns: CampaignView[];
}

export interface AdminBackend {
  state: AdminState;
  /** Every call with its (parsed) payload, in order. */
  calls: { key: string; payload: unknown }[];
  payloadsOf: (key: ResolverKey) => unknown[];
  /** Replaces one resolver's answer (e.g. a CONFLICT). */
  override: (key: ResolverKey, answer: (payload: unknown) => Result<unknown>) => void;
  resolve: (functionKey: string, payload: unknown) => Result<unknown>;
}

const nameOf = (id: string): UserRef =>
  USERS.find((u) => u.accountId === id) ?? { accountId: id, displayName: id };

export function adminBackend(seed: Partial<AdminState> = {}): AdminBackend {
  const state: AdminState = {
    access: { accountId: ME, roles: ['admin'], canBootstrap: false },
    roles: { admins: [ME], team: [idOf('Grace')], quality: [idOf('Inès')] },
    model: JSON.parse(JSON.stringify(DEFAULT_MODEL)) as EvaluationModel,
    inUse: false,
    versions: [{ version: 1, usedBy: [] }],
    campaigns: [],
    ...seed,
  };
  const calls: AdminBackend['calls'] = [];
  const overrides = new Map<string, (payload: unknown) => Result<unknown>>();
  const rolesView = () => ({
    admins: state.roles.admins.map(nameOf),
    team: state.roles.team.map(nameOf),
    quality: state.roles.quality.map(nameOf),
  });
  const modelView = (): ModelView => ({ model: state.model, inUse: state.inUse, versions: state.versions });
  const find = (id: string) => state.campaigns.find((c) => c.id === id);

  const handlers: { [K in ResolverKey]?: (p: Payload<K>) => Result<unknown> } = {
    'roles/getAccess': () => ok(state.access),
    'roles/bootstrap': () => {
      if (!state.access.canBootstrap) return fail('FORBIDDEN', 'forbidden.bootstrap');
      state.access = { accountId: ME, roles: ['admin'], canBootstrap: false };
      state.roles.admins = [ME];
      return ok(state.access);
    },
    'roles/get': () => ok(rolesView()),
    'roles/set': (p) => {
      state.roles = p;
      return ok(rolesView());
    },
    'directory/search': (p) =>
      ok(USERS.filter((u) => u.displayName.toLowerCase().includes(p.query.toLowerCase()))),
    'directory/users': (p) => ok(USERS.filter((u) => p.accountIds.includes(u.accountId))),
    'model/get': () => ok(modelView()),
    'model/save': (p) => {
      if (p.baseVersion !== state.model.version) return fail('CONFLICT', 'model.changed');
      const version = state.inUse ? state.model.version + 1 : state.model.version;
      state.model = { ...p.model, version };
      if (state.inUse) state.versions = [...state.versions, { version, usedBy: [] }];
      state.inUse = false;
      return ok(modelView());
    },
    'campaigns/list': () =>
      ok(
        state.campaigns.map((c) => ({
          id: c.id,
          name: c.name,
          period: c.period,
          status: c.status,
          opensOn: c.opensOn,
          closesOn: c.closesOn,
          anonymous: c.anonymous,
          bound: c.bound,
          ...(c.status === 'closed' && c.closedAt !== undefined ? { closedOn: dayOf(c.closedAt) } : {}),
        })),
      ),
    'campaigns/get': (p) => {
      const c = find(p.campaignId);
      return c ? ok(c) : fail('NOT_FOUND', 'campaign.missing');
    },
    'campaigns/save': (p) => {
      const input = p.campaign;
      const existing = input.id ? find(input.id) : undefined;
      if ((existing?.revision ?? 0) !== p.baseRevision) return fail('CONFLICT', 'campaign.stale');
      const saved: CampaignView = {
        ...(existing ?? campaignView({ revision: 0, status: 'draft', hasAnswers: false, bound: false })),
        ...input,
        id: input.id ?? `campaign-${state.campaigns.length + 1}`,
        revision: (existing?.revision ?? 0) + 1,
      };
      state.campaigns = [...state.campaigns.filter((c) => c.id !== saved.id), saved];
      return ok(saved);
    },
    // Opening before the opening day (UTC) schedules it, as the server does.
    'campaigns/open': (p) =>
      lifecycle(p, 'draft', (c) => (c.opensOn > dayOf(Date.now()) ? 'scheduled' : 'open')),
    'campaigns/close': (p) => lifecycle(p, 'open', () => 'closed'),
  };

  function lifecycle(
    p: { campaignId: string; baseRevision: number },
    from: CampaignStatus,
    to: (c: CampaignView) => CampaignStatus,
  ) {
    const c = find(p.campaignId);
    if (!c) return fail('NOT_FOUND', 'campaign.missing');
    if (c.revision !== p.baseRevision) return fail('CONFLICT', 'campaign.stale');
    if (c.status !== from)
      return fail('CONFLICT', from === 'draft' ? 'campaign.notDraft' : 'campaign.notOpen', {
        status: c.status,
      });
    const status = to(c);
    const next = {
      ...c,
      status,
      revision: c.revision + 1,
      ...(status === 'closed' ? { closedAt: Date.now() } : {}),
      ...(status === 'open' ? { openedAt: Date.now() } : {}),
    };
    state.campaigns = state.campaigns.map((x) => (x.id === c.id ? next : x));
    return ok(next);
  }

  const resolve = (functionKey: string, payload: unknown): Result<unknown> => {
    if (!isResolverKey(functionKey)) return failure('NOT_FOUND', `no resolver ${functionKey}`);
    const key = functionKey;
    const parsed = inputSchemaOf(key).safeParse(payload ?? {});
    calls.push({ key, payload });
    if (!parsed.success)
      return fail(
        'INVALID_PAYLOAD',
        'request.invalid',
        { key },
        parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
      );
    const override = overrides.get(key);
    if (override) return override(parsed.data);
    // A key's handler takes that key's payload, which `parsed` is (TypeScript cannot relate the two for any key).
    const handler = handlers[key] as ((p: unknown) => Result<unknown>) | undefined;
    return handler ? handler(parsed.data) : failure('NOT_FOUND', `fake admin backend: ${functionKey}`);
  };

  return {
    state,
    calls,
    payloadsOf: (key) => calls.filter((c) => c.key === key).map((c) => c.payload),
    override: (key, answer) => overrides.set(key, answer),
    resolve,
  };
}
