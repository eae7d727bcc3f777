/**
 * The admin page's keys (roles, directory, model, campaigns) with the contract's rules: the bootstrap only when
 * nobody is admin, revisions and model versions checked, a model in use saved as its next version, a campaign
 * opened before its opening day scheduled (as the server does, by the UTC day).
 */
import type { CampaignStatus } from '../../../src/domain/campaigns/campaign';
import { dayOf } from '../../../src/domain/common/days';
import type { CampaignView } from '../../../src/shared/contract/campaigns';
import type { ModelView } from '../../../src/shared/contract/model';
import { fail, ok, type Result } from '../../../src/shared/result';
import type { Handlers } from './fake';
import type { BackendState } from './state';
import { campaignView } from './views/admin';
import { ME, nameOf, USERS } from './views/people';

const rolesView = (state: BackendState) => ({
  admins: state.roles.admins.map(nameOf),
  team: state.roles.team.map(nameOf),
  quality: state.roles.quality.map(nameOf),
});

const modelView = (state: BackendState): ModelView => ({
  model: state.model,
  inUse: state.inUse,
  versions: state.versions,
});

const summaryOf = (c: CampaignView) => ({
  id: c.id,
  name: c.name,
  period: c.period,
  status: c.status,
  opensOn: c.opensOn,
  closesOn: c.closesOn,
  anonymous: c.anonymous,
  bound: c.bound,
  ...(c.status === 'closed' && c.closedAt !== undefined ? { closedOn: dayOf(c.closedAt) } : {}),
});

function lifecycle(
  state: BackendState,
  p: { campaignId: string; baseRevision: number },
  from: CampaignStatus,
  to: (c: CampaignView) => CampaignStatus,
): Result<CampaignView> {
  const c = state.campaigns.find((x) => x.id === p.campaignId);
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

export const rolesAndDirectoryHandlers = (state: BackendState): Handlers => ({
  'roles/getAccess': () => ok(state.access),
  'roles/bootstrap': () => {
    if (!state.access.canBootstrap) return fail('FORBIDDEN', 'forbidden.bootstrap');
    state.access = { accountId: ME, roles: ['admin'], canBootstrap: false };
    state.roles.admins = [ME];
    return ok(state.access);
  },
  'roles/get': () => ok(rolesView(state)),
  'roles/set': (p) => {
    state.roles = p;
    return ok(rolesView(state));
  },
  'directory/search': (p) =>
    ok(USERS.filter((u) => u.displayName.toLowerCase().includes(p.query.toLowerCase()))),
  'directory/users': (p) => ok(USERS.filter((u) => p.accountIds.includes(u.accountId))),
});

export const modelAndCampaignHandlers = (state: BackendState): Handlers => ({
  'model/get': () => ok(modelView(state)),
  'model/save': (p) => {
    if (p.baseVersion !== state.model.version) return fail('CONFLICT', 'model.changed');
    const version = state.inUse ? state.model.version + 1 : state.model.version;
    state.model = { ...p.model, version };
    if (state.inUse) state.versions = [...state.versions, { version, usedBy: [] }];
    state.inUse = false;
    return ok(modelView(state));
  },
  'campaigns/list': () => ok(state.campaigns.map(summaryOf)),
  'campaigns/get': (p) => {
    const c = state.campaigns.find((x) => x.id === p.campaignId);
    return c ? ok(c) : fail('NOT_FOUND', 'campaign.missing');
  },
  'campaigns/save': (p) => {
    const input = p.campaign;
    const existing = input.id ? state.campaigns.find((x) => x.id === input.id) : undefined;
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
    lifecycle(state, p, 'draft', (c) => (c.opensOn > dayOf(Date.now()) ? 'scheduled' : 'open')),
  'campaigns/close': (p) => lifecycle(state, p, 'open', () => 'closed'),
});
