/**
 * Administration: roles, the people directory, evaluation model versions, campaigns and the survey binding.
 * Every handler checks the caller's roles from stored settings (keyed by `context.accountId`, never the payload),
 * refuses before it writes, and writes with a condition so that a lost race is a CONFLICT, not a lost update.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  campaignDefinitionProblems,
  dayOf,
  isDueForClose,
  roleChangeProblem,
  rolesIn,
  unique,
  type AppRole,
  type Campaign,
  type RoleSettings,
} from '../domain/campaign';
import { DEFAULT_MODEL, type EvaluationModel } from '../domain/model';
import {
  builtInHead,
  builtInModel,
  isHeadInUse,
  markHeadInUse,
  modelProblems,
  planModelSave,
  type ModelHead,
} from '../domain/model-versions';
import {
  RESOLVERS,
  type AccessView,
  type CampaignInput,
  type CampaignSummaryView,
  type CampaignView,
  type ModelView,
  type RolesView,
  type UserRef,
} from '../shared/contract';
import { fail, ok, type Result } from '../shared/result';
import { resolver, type InvocationContext, type Logger, type RawResolver } from './kit';
import type { CampaignReader, Clock, ModelReader, PseudonymKeys, ResponseFacts, RoleReader } from './ports';

/** A campaign as stored: the domain campaign and when it was created. */
export type StoredCampaign = Campaign & { createdAt: number };

/** The outcome of a conditional write. */
export type WriteOutcome = 'written' | 'conflict';

export interface RoleStore extends RoleReader {
  read(): Promise<RoleSettings | undefined>;
  /** Only if no roles record exists yet. */
  create(settings: RoleSettings): Promise<WriteOutcome>;
  replace(settings: RoleSettings): Promise<WriteOutcome>;
}

export interface ModelStore extends ModelReader {
  head(modelId: string): Promise<ModelHead | undefined>;
  /** The version and the head together, if the head is still at `expectedRevision` (0: not stored yet). */
  save(model: EvaluationModel, head: ModelHead, expectedRevision: number): Promise<WriteOutcome>;
}

export interface CampaignStore extends CampaignReader {
  read(id: string): Promise<StoredCampaign | undefined>;
  list(): Promise<StoredCampaign[]>;
  dueForClose(today: string): Promise<StoredCampaign[]>;
  create(campaign: StoredCampaign): Promise<WriteOutcome>;
  update(campaign: StoredCampaign, expectedRevision: number): Promise<WriteOutcome>;
  open(
    campaign: StoredCampaign,
    expectedRevision: number,
    model: { head: ModelHead; expectedHeadRevision: number; materialize?: EvaluationModel },
  ): Promise<WriteOutcome>;
}

/** Confluence as administration needs it: every failure is a typed error. */
export interface AdminConfluence {
  isSiteAdmin(): Promise<Result<boolean>>;
  canViewPage(contentId: string): Promise<Result<boolean>>;
  searchUsers(query: string): Promise<Result<UserRef[]>>;
  users(accountIds: string[]): Promise<Result<UserRef[]>>;
}

export interface AdminDeps {
  roles: RoleStore;
  models: ModelStore;
  campaigns: CampaignStore;
  confluence: AdminConfluence;
  responses: ResponseFacts;
  pseudonyms: PseudonymKeys;
  clock: Clock;
  logger: Logger;
  /** New campaign ids; `cmp-` and 16 random hex digits by default. */
  newCampaignId?: () => string;
}

const ALL_ROLES: readonly AppRole[] = ['admin', 'team', 'quality'];
const hasAny = (roles: AppRole[], allowed: readonly AppRole[]) => roles.some((r) => allowed.includes(r));
const forbidden = (what: string) => fail('FORBIDDEN', `You are not allowed to ${what}.`);
const campaignMissing = () => fail('NOT_FOUND', 'This campaign does not exist or was deleted.');
const staleCampaign = () =>
  fail('CONFLICT', 'Someone changed this campaign in the meantime. Reload it and try again.');

/** The macro's page and instance, from the invocation context: they come from the browser, so they are checked. */
const macroContextSchema = z.object({
  localId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
  extension: z.object({ content: z.object({ id: z.string().regex(/^[1-9][0-9]{0,18}$/) }) }),
});

function campaignView(campaign: StoredCampaign, hasAnswers: boolean): CampaignView {
  const { binding, createdAt: _createdAt, ...rest } = campaign;
  return { ...rest, bound: binding !== undefined, hasAnswers };
}

const summaryView = (c: StoredCampaign): CampaignSummaryView => ({
  id: c.id,
  name: c.name,
  period: c.period,
  status: c.status,
  opensOn: c.opensOn,
  closesOn: c.closesOn,
  anonymous: c.anonymous,
  bound: c.binding !== undefined,
});

function modelView(model: EvaluationModel, head: ModelHead): ModelView {
  return {
    model,
    inUse: isHeadInUse(head),
    versions: head.versions.map((v) => ({ version: v.version, usedBy: [...v.usedBy] })),
  };
}

/** The definition part of a campaign, as the admin edits it. */
function definitionOf(input: CampaignInput) {
  return {
    name: input.name,
    period: input.period,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    anonymous: input.anonymous,
    modelId: input.modelId,
    audience: {
      departments: input.audience.departments.map((d) => ({ ...d, members: unique(d.members) })),
      people: unique(input.audience.people),
    },
    team: input.team.map((m) => ({
      accountId: m.accountId,
      portfolio: { departments: unique(m.portfolio.departments), people: unique(m.portfolio.people) },
    })),
    commentRequiredAtOrBelow: input.commentRequiredAtOrBelow,
    results: {
      roles: unique(input.results.roles) as AppRole[],
      customersAfterClose: input.results.customersAfterClose,
    },
  };
}

export function adminResolvers(deps: AdminDeps): Record<string, RawResolver> {
  const { roles: roleStore, models, campaigns, confluence, responses, pseudonyms, clock, logger } = deps;
  const newCampaignId = deps.newCampaignId ?? (() => `cmp-${randomUUID().replace(/-/g, '').slice(0, 16)}`);

  /** Display names for account ids; when Confluence cannot answer, the ids stand in for names. */
  async function namesOf(accountIds: string[]): Promise<Map<string, UserRef>> {
    const answer = await confluence.users(accountIds);
    return new Map(answer.ok ? answer.data.map((u) => [u.accountId, u]) : []);
  }

  async function rolesView(settings: RoleSettings): Promise<RolesView> {
    const names = await namesOf(unique([...settings.admins, ...settings.team, ...settings.quality]));
    const refs = (ids: string[]) => ids.map((id) => names.get(id) ?? { accountId: id, displayName: id });
    return { admins: refs(settings.admins), team: refs(settings.team), quality: refs(settings.quality) };
  }

  /** The head of a model: stored, or the built-in default model's on a new installation. */
  async function headOf(modelId: string): Promise<ModelHead | undefined> {
    return (await models.head(modelId)) ?? builtInHead(modelId);
  }

  async function modelVersion(modelId: string, version: number): Promise<EvaluationModel | undefined> {
    return (await models.get(modelId, version)) ?? builtInModel(modelId, version);
  }

  /** Admin and quality see every campaign; a team member the campaigns whose team they are in. */
  const canRead = (roles: AppRole[], campaign: Campaign, accountId: string) =>
    hasAny(roles, ['admin', 'quality']) ||
    (roles.includes('team') && campaign.team.some((m) => m.accountId === accountId));

  function bindingOf(context: InvocationContext) {
    const parsed = macroContextSchema.safeParse(context);
    if (!parsed.success) return undefined;
    return { contentId: parsed.data.extension.content.id, localId: parsed.data.localId };
  }

  return {
    [RESOLVERS.getAccess]: resolver(
      RESOLVERS.getAccess,
      async ({ accountId }) => {
        const settings = await roleStore.read();
        const roles = rolesIn(settings, accountId);
        let canBootstrap = false;
        if (!settings) {
          const admin = await confluence.isSiteAdmin();
          canBootstrap = admin.ok && admin.data;
        }
        return ok<AccessView>({ accountId, roles, canBootstrap });
      },
      logger,
    ),

    [RESOLVERS.bootstrapAdmin]: resolver(
      RESOLVERS.bootstrapAdmin,
      async ({ accountId }) => {
        if (await roleStore.read()) return fail('CONFLICT', 'The app already has an admin.');
        const admin = await confluence.isSiteAdmin();
        if (!admin.ok) return admin;
        if (!admin.data) return forbidden('set up the app: only a Confluence administrator can');
        const created = await roleStore.create({ admins: [accountId], team: [], quality: [], revision: 1 });
        if (created === 'conflict') return fail('CONFLICT', 'The app already has an admin.');
        return ok<AccessView>({ accountId, roles: ['admin'], canBootstrap: false });
      },
      logger,
    ),

    [RESOLVERS.getRoles]: resolver(
      RESOLVERS.getRoles,
      async ({ accountId }) => {
        const settings = await roleStore.read();
        if (!settings || !settings.admins.includes(accountId)) return forbidden('see the roles');
        return ok(await rolesView(settings));
      },
      logger,
    ),

    [RESOLVERS.setRoles]: resolver(
      RESOLVERS.setRoles,
      async ({ payload, accountId }) => {
        const current = await roleStore.read();
        if (!current || !current.admins.includes(accountId)) return forbidden('change the roles');
        const next: RoleSettings = {
          admins: unique(payload.admins),
          team: unique(payload.team),
          quality: unique(payload.quality),
          revision: current.revision + 1,
        };
        const problem = roleChangeProblem(current, next, accountId);
        if (problem) return fail('INVALID_PAYLOAD', problem.message, [problem]);
        // Roles go to real people only: every account id must be known to Confluence.
        const everyone = unique([...next.admins, ...next.team, ...next.quality]);
        const known = await confluence.users(everyone);
        if (!known.ok) return known;
        const knownIds = new Set(known.data.map((u) => u.accountId));
        const unknown = everyone.filter((id) => !knownIds.has(id));
        if (unknown.length > 0)
          return fail(
            'INVALID_PAYLOAD',
            'Some people are not users of this Confluence site.',
            unknown
              .slice(0, 20)
              .map((id) => ({ path: 'accountIds', message: `${id} is not a user of this site` })),
          );
        await roleStore.replace(next);
        const names = new Map(known.data.map((u) => [u.accountId, u]));
        const refs = (ids: string[]) => ids.map((id) => names.get(id) ?? { accountId: id, displayName: id });
        return ok<RolesView>({
          admins: refs(next.admins),
          team: refs(next.team),
          quality: refs(next.quality),
        });
      },
      logger,
    ),

    [RESOLVERS.searchUsers]: resolver(
      RESOLVERS.searchUsers,
      async ({ payload, accountId }) => {
        if (!hasAny(await roleStore.rolesOf(accountId), ['admin', 'team'])) return forbidden('search people');
        return confluence.searchUsers(payload.query);
      },
      logger,
    ),

    [RESOLVERS.getUsers]: resolver(
      RESOLVERS.getUsers,
      async ({ payload, accountId }) => {
        if (!hasAny(await roleStore.rolesOf(accountId), ['admin', 'team']))
          return forbidden('look people up');
        return confluence.users(payload.accountIds);
      },
      logger,
    ),

    [RESOLVERS.getModel]: resolver(
      RESOLVERS.getModel,
      async ({ payload, accountId }) => {
        if (!hasAny(await roleStore.rolesOf(accountId), ALL_ROLES))
          return forbidden('see the evaluation model');
        const modelId = payload.modelId ?? DEFAULT_MODEL.id;
        const head = await headOf(modelId);
        if (!head) return fail('NOT_FOUND', 'This evaluation model does not exist.');
        const model = await modelVersion(modelId, head.version);
        if (!model) return fail('NOT_FOUND', 'The latest version of this evaluation model is missing.');
        return ok(modelView(model, head));
      },
      logger,
    ),

    [RESOLVERS.saveModel]: resolver(
      RESOLVERS.saveModel,
      async ({ payload, accountId }) => {
        if (!(await roleStore.rolesOf(accountId)).includes('admin'))
          return forbidden('edit the evaluation model');
        const problems = modelProblems(payload.model);
        if (problems.length > 0) return fail('INVALID_PAYLOAD', 'The model has duplicate ids.', problems);
        const head = await headOf(payload.model.id);
        const plan = planModelSave(head, payload.baseVersion, payload.model);
        if (plan.kind === 'stale')
          return fail(
            'CONFLICT',
            `The model changed in the meantime (now version ${plan.headVersion}). Reload it and redo your change.`,
          );
        if ((await models.save(plan.model, plan.head, head?.revision ?? 0)) === 'conflict')
          return fail('CONFLICT', 'The model changed in the meantime. Reload it and redo your change.');
        return ok(modelView(plan.model, plan.head));
      },
      logger,
    ),

    [RESOLVERS.listCampaigns]: resolver(
      RESOLVERS.listCampaigns,
      async ({ accountId }) => {
        const roles = await roleStore.rolesOf(accountId);
        if (!hasAny(roles, ALL_ROLES)) return forbidden('see the campaigns');
        const all = await campaigns.list();
        // Newest period first.
        return ok(
          all
            .filter((c) => canRead(roles, c, accountId))
            .reverse()
            .map(summaryView),
        );
      },
      logger,
    ),

    [RESOLVERS.getCampaign]: resolver(
      RESOLVERS.getCampaign,
      async ({ payload, accountId }) => {
        const roles = await roleStore.rolesOf(accountId);
        if (!hasAny(roles, ALL_ROLES)) return forbidden('see campaigns');
        const campaign = await campaigns.read(payload.campaignId);
        if (!campaign) return campaignMissing();
        if (!canRead(roles, campaign, accountId)) return forbidden('see this campaign');
        return ok(campaignView(campaign, await responses.hasAnswers(campaign.id)));
      },
      logger,
    ),

    [RESOLVERS.saveCampaign]: resolver(
      RESOLVERS.saveCampaign,
      async ({ payload: { campaign: input, baseRevision }, accountId }) => {
        if (!(await roleStore.rolesOf(accountId)).includes('admin')) return forbidden('edit campaigns');
        const definition = definitionOf(input);
        const problems = campaignDefinitionProblems(definition).map((p) => ({
          ...p,
          path: `campaign.${p.path}`,
        }));
        if (problems.length > 0) return fail('INVALID_PAYLOAD', 'The campaign is not consistent.', problems);

        if (input.id === undefined) {
          if (baseRevision !== 0)
            return fail('INVALID_PAYLOAD', 'A new campaign starts at revision 0.', [
              { path: 'baseRevision', message: 'must be 0 for a new campaign' },
            ]);
          const head = await headOf(input.modelId);
          if (!head)
            return fail('INVALID_PAYLOAD', 'This evaluation model does not exist.', [
              { path: 'campaign.modelId', message: 'is not a model' },
            ]);
          const created: StoredCampaign = {
            id: newCampaignId(),
            ...definition,
            status: 'draft',
            modelVersion: head.version,
            revision: 1,
            createdAt: clock.now(),
          };
          if ((await campaigns.create(created)) === 'conflict') return staleCampaign();
          return ok(campaignView(created, false));
        }

        const existing = await campaigns.read(input.id);
        if (!existing) return campaignMissing();
        if (existing.status === 'closed') return fail('CONFLICT', 'A closed campaign can no longer change.');
        if (existing.revision !== baseRevision) return staleCampaign();
        if (existing.status === 'open' && input.modelId !== existing.modelId)
          return fail('CONFLICT', 'The model of an open campaign is frozen.');
        let modelVersionOf = existing.modelVersion;
        if (existing.status === 'draft') {
          const head = await headOf(input.modelId);
          if (!head)
            return fail('INVALID_PAYLOAD', 'This evaluation model does not exist.', [
              { path: 'campaign.modelId', message: 'is not a model' },
            ]);
          modelVersionOf = head.version;
        }
        const hasAnswers = await responses.hasAnswers(existing.id);
        if (input.anonymous !== existing.anonymous && hasAnswers)
          return fail(
            'CONFLICT',
            'Answers exist: the campaign can no longer switch between named and anonymous.',
          );
        // An open campaign turning anonymous needs its pseudonym key before the first anonymous answer.
        if (existing.status === 'open' && input.anonymous && !existing.anonymous)
          await pseudonyms.create(existing.id);
        const updated: StoredCampaign = {
          ...existing,
          ...definition,
          modelVersion: modelVersionOf,
          revision: existing.revision + 1,
        };
        if ((await campaigns.update(updated, baseRevision)) === 'conflict') return staleCampaign();
        return ok(campaignView(updated, hasAnswers));
      },
      logger,
    ),

    [RESOLVERS.openCampaign]: resolver(
      RESOLVERS.openCampaign,
      async ({ payload, accountId }) => {
        if (!(await roleStore.rolesOf(accountId)).includes('admin')) return forbidden('open campaigns');
        const campaign = await campaigns.read(payload.campaignId);
        if (!campaign) return campaignMissing();
        if (campaign.revision !== payload.baseRevision) return staleCampaign();
        if (campaign.status !== 'draft')
          return fail('CONFLICT', `This campaign is already ${campaign.status}.`);
        const head = await headOf(campaign.modelId);
        const stored = head && (await models.get(campaign.modelId, head.version));
        const model = stored ?? (head && builtInModel(campaign.modelId, head.version));
        if (!head || !model) return fail('NOT_FOUND', 'The evaluation model of this campaign is missing.');
        if (campaign.anonymous) await pseudonyms.create(campaign.id);
        const opened: StoredCampaign = {
          ...campaign,
          status: 'open',
          modelVersion: head.version,
          openedAt: clock.now(),
          revision: campaign.revision + 1,
        };
        const outcome = await campaigns.open(opened, campaign.revision, {
          head: markHeadInUse(head, campaign.id),
          expectedHeadRevision: head.revision,
          materialize: stored ? undefined : model,
        });
        if (outcome === 'conflict')
          return fail('CONFLICT', 'The campaign or its model changed in the meantime. Reload and try again.');
        return ok(campaignView(opened, false));
      },
      logger,
    ),

    [RESOLVERS.closeCampaign]: resolver(
      RESOLVERS.closeCampaign,
      async ({ payload, accountId }) => {
        if (!(await roleStore.rolesOf(accountId)).includes('admin')) return forbidden('close campaigns');
        const campaign = await campaigns.read(payload.campaignId);
        if (!campaign) return campaignMissing();
        if (campaign.revision !== payload.baseRevision) return staleCampaign();
        if (campaign.status !== 'open')
          return fail('CONFLICT', `Only an open campaign can be closed; this one is ${campaign.status}.`);
        const closed = await closeCampaign(deps, campaign);
        if (!closed.ok) return closed;
        return ok(campaignView(closed.data, await responses.hasAnswers(campaign.id)));
      },
      logger,
    ),

    [RESOLVERS.bindSurvey]: resolver(
      RESOLVERS.bindSurvey,
      async ({ payload, context, accountId }) => {
        const roles = await roleStore.rolesOf(accountId);
        const isAdmin = roles.includes('admin');
        if (!isAdmin && !roles.includes('team')) return forbidden('bind surveys to campaigns');
        const campaign = await campaigns.read(payload.campaignId);
        if (!campaign) return campaignMissing();
        if (!isAdmin && !campaign.team.some((m) => m.accountId === accountId))
          return forbidden('bind this campaign: ask an admin or a member of its team');
        const binding = bindingOf(context);
        if (!binding)
          return fail(
            'INVALID_PAYLOAD',
            'Bind a campaign from the survey macro’s settings on a Confluence page.',
          );
        if (campaign.status === 'closed') return fail('CONFLICT', 'A closed campaign can no longer change.');
        const same =
          campaign.binding?.contentId === binding.contentId && campaign.binding.localId === binding.localId;
        if (same) return ok({ campaignId: campaign.id, ...binding });
        if (campaign.binding && !isAdmin)
          return forbidden('move this campaign to another page: it is bound elsewhere, ask an admin');
        const visible = await confluence.canViewPage(binding.contentId);
        if (!visible.ok) return visible;
        if (!visible.data) return forbidden('bind a survey on a page you cannot view');
        const bound: StoredCampaign = { ...campaign, binding, revision: campaign.revision + 1 };
        if ((await campaigns.update(bound, campaign.revision)) === 'conflict') return staleCampaign();
        return ok({ campaignId: campaign.id, ...binding });
      },
      logger,
    ),
  };
}

/** Closes an open campaign (resolver and scheduled job), then destroys its pseudonym key. */
async function closeCampaign(
  deps: Pick<AdminDeps, 'campaigns' | 'pseudonyms' | 'clock'>,
  campaign: StoredCampaign,
): Promise<Result<StoredCampaign>> {
  const closed: StoredCampaign = {
    ...campaign,
    status: 'closed',
    closedAt: deps.clock.now(),
    revision: campaign.revision + 1,
  };
  if ((await deps.campaigns.update(closed, campaign.revision)) === 'conflict') return staleCampaign();
  // Destroyed for named campaigns too (a no-op): anonymity may have been switched off while it was open.
  await deps.pseudonyms.destroy(campaign.id);
  return ok(closed);
}

/**
 * The scheduled close: every open campaign whose closing day is over. A campaign closed meanwhile by an admin
 * (a lost condition) is skipped; one failure does not stop the others.
 */
export async function closeDueCampaigns(
  deps: Pick<AdminDeps, 'campaigns' | 'pseudonyms' | 'clock' | 'logger'>,
): Promise<{ closed: string[]; failed: string[] }> {
  const today = dayOf(deps.clock.now());
  const due = (await deps.campaigns.dueForClose(today)).filter((c) => isDueForClose(c, today));
  const closed: string[] = [];
  const failed: string[] = [];
  for (const campaign of due) {
    try {
      if ((await closeCampaign(deps, campaign)).ok) closed.push(campaign.id);
    } catch (error) {
      deps.logger.error(
        `scheduled close of ${campaign.id} failed`,
        error instanceof Error ? error.message : String(error),
      );
      failed.push(campaign.id);
    }
  }
  return { closed, failed };
}
