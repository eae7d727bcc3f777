/**
 * The survey macro's resolvers: the first slice's model view, answering (customer answers and the team's
 * self-assessment), proxy entry by a buyer, and participation.
 *
 * Every call made from the macro is checked against the campaign's recorded binding (page and macro instance):
 * the browser supplies `extension.content.id` and `localId`, so a copy of the macro on another page, or a payload
 * naming another page's campaign, is refused. Identity is `context.accountId` only.
 */
import { z } from 'zod';
import {
  eligibilityOf,
  isTeamMember,
  portfolioPeople,
  type Campaign,
  type Eligibility,
} from '../domain/campaign';
import { DEFAULT_MODEL, type EvaluationModel } from '../domain/model';
import { participationOf, reminderOf, type ResponseFact } from '../domain/participation';
import {
  dayOf,
  draftProblems,
  planWrite,
  submitProblems,
  type AnswerProblem,
  type Answers,
  type ResponseContent,
  type ResponseKind,
} from '../domain/response';
import {
  RESOLVERS,
  type ParticipationView,
  type ProxyResponseView,
  type ResponseView,
  type SaveResultView,
  type SurveyStateView,
  type UserRef,
} from '../shared/contract';
import { toLocale } from '../shared/i18n';
import { fail, ok, type AppError, type ErrorCode, type Result } from '../shared/result';
import { resolver, type InvocationContext, type Logger, type RawResolver } from './kit';
import type { CampaignReader, Clock, ConfluencePort, ModelReader, RoleReader, SurveyStore } from './ports';

/** Which response: one per person (respondent key), campaign and kind. */
export interface ResponseRef {
  campaignId: string;
  kind: ResponseKind;
  /** The account id in a named campaign; HMAC-SHA256(campaign key, account id) in an anonymous one. */
  respondentKey: string;
}

/** A response as stored. Anonymous ones have no `updatedAt` (only the day) and never a `proxyBy`. */
export interface StoredResponse extends ResponseRef, ResponseContent {
  revision: number;
  updatedDay: string;
  updatedAt?: number;
}

/** Responses storage (implemented on @forge/kvs by src/adapters/response-store.ts). */
export interface ResponseStore {
  get(ref: ResponseRef): Promise<StoredResponse | undefined>;
  /** Up to 25 responses in one round trip, in the order asked. */
  getMany(refs: readonly ResponseRef[]): Promise<(StoredResponse | undefined)[]>;
  /** Writes only if the stored revision is `expectedRevision` (0: only if absent); false when someone wrote first. */
  write(response: StoredResponse, expectedRevision: number): Promise<boolean>;
  /** Kind, status, respondent key and department of every response of a campaign (paged, ≤100 a round trip). */
  facts(campaignId: string): Promise<ResponseFact[]>;
}

/** Pseudonyms for anonymous campaigns (implemented by src/adapters/pseudonym.ts). */
export interface RespondentKeys {
  /** Undefined when the campaign has no key: not opened yet, or closed (the key is destroyed). */
  respondentKey(campaignId: string, accountId: string): Promise<string | undefined>;
}

export interface SurveyDeps {
  /** The first slice's survey/getModel. */
  store: SurveyStore;
  campaigns: CampaignReader;
  models: ModelReader;
  roles: RoleReader;
  confluence: ConfluencePort;
  responses: ResponseStore;
  pseudonyms: RespondentKeys;
  clock: Clock;
  logger: Logger;
}

type Failure = { ok: false; error: AppError };
const refuse = (code: ErrorCode, message: string, issues?: AppError['issues']): Failure =>
  fail(code, message, issues) as Failure;
const isFailure = <T>(value: T | Failure): value is Failure =>
  typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;

/** What the browser says about where the call comes from: parsed, then compared with the recorded binding. */
const macroContextSchema = z.object({
  localId: z.string().min(1).max(256),
  extension: z.object({
    content: z.object({ id: z.union([z.string().min(1).max(64), z.number().int().nonnegative()]) }),
  }),
});

const NOT_SET_UP =
  'This survey is not set up yet: an administrator or buyer must attach it to its page first.';
const OTHER_PAGE = 'This survey belongs to another page.';

function checkBinding(campaign: Campaign, context: InvocationContext): Failure | undefined {
  if (!campaign.binding) return refuse('FORBIDDEN', NOT_SET_UP);
  const parsed = macroContextSchema.safeParse({ localId: context.localId, extension: context.extension });
  if (!parsed.success) return refuse('FORBIDDEN', OTHER_PAGE);
  const contentId = String(parsed.data.extension.content.id);
  if (contentId !== campaign.binding.contentId || parsed.data.localId !== campaign.binding.localId) {
    return refuse('FORBIDDEN', OTHER_PAGE);
  }
  return undefined;
}

/** The call carries a macro's context (or says it comes from the macro module). */
const fromMacro = (context: InvocationContext): boolean =>
  context.moduleKey === 'survey-macro' ||
  (typeof context.extension === 'object' &&
    context.extension !== null &&
    'content' in (context.extension as Record<string, unknown>));

const toResponseView = (response: StoredResponse): ResponseView => ({
  kind: response.kind,
  status: response.status,
  answers: response.answers,
  ...(response.departmentId !== undefined ? { departmentId: response.departmentId } : {}),
  revision: response.revision,
  updatedDay: response.updatedDay,
  enteredByProxy: response.proxyBy !== undefined,
});

const PROBLEM_TEXT: Record<AnswerProblem['problem'], string> = {
  'unknown-criterion': 'is not a criterion of this survey',
  missing: 'needs a rating (or "not applicable")',
  'comment-required': 'needs a fact-based comment for this rating',
  'comment-too-long': 'comment is too long',
};

const answersInvalid = (problems: AnswerProblem[]): Failure =>
  refuse(
    'INVALID_PAYLOAD',
    'Some answers are not valid.',
    problems
      .slice(0, 20)
      .map((p) => ({ path: `answers.${p.criterionId}`, message: PROBLEM_TEXT[p.problem] })),
  );

interface SaveRequest {
  campaign: Campaign;
  model: EvaluationModel;
  kind: ResponseKind;
  respondentKey: string;
  eligibility: Eligibility;
  answers: Answers;
  departmentId: string | undefined;
  baseRevision: number;
  mode: 'draft' | 'submit';
  proxyBy?: string;
}

export function surveyResolvers(deps: SurveyDeps): Record<string, RawResolver> {
  const { campaigns, models, responses, logger } = deps;

  /** The campaign named by the payload, refused unless the call comes from the page and macro it is bound to. */
  async function boundCampaign(campaignId: string, context: InvocationContext): Promise<Campaign | Failure> {
    const campaign = await campaigns.get(campaignId);
    if (!campaign) return refuse('NOT_FOUND', 'This campaign does not exist or was deleted.');
    return checkBinding(campaign, context) ?? campaign;
  }

  async function frozenModel(campaign: Campaign): Promise<EvaluationModel | Failure> {
    const model = await models.get(campaign.modelId, campaign.modelVersion);
    return model ?? refuse('NOT_FOUND', 'The evaluation model of this campaign is missing.');
  }

  /**
   * The respondent key of `accountId`: the account id itself in a named campaign, a keyed hash in an anonymous one.
   * Undefined for an anonymous campaign without a key (a draft, or closed: the link is gone on purpose).
   */
  async function respondentKeyOf(
    campaign: Campaign,
    accountId: string,
  ): Promise<string | undefined | Failure> {
    if (!campaign.anonymous) return accountId;
    if (campaign.status === 'draft') return undefined;
    const key = await deps.pseudonyms.respondentKey(campaign.id, accountId);
    if (key === undefined && campaign.status === 'open') {
      return refuse(
        'UNAVAILABLE',
        'This anonymous survey cannot take answers right now: its anonymity key is missing. Tell the survey administrator.',
      );
    }
    return key;
  }

  function openForAnswers(campaign: Campaign): Failure | undefined {
    if (campaign.status === 'draft') return refuse('FORBIDDEN', 'This survey is not open yet.');
    if (campaign.status === 'closed') {
      return refuse('FORBIDDEN', 'This survey is closed: answers can no longer change.');
    }
    return undefined;
  }

  /** The department an answer carries: the audience's, or one of the campaign's chosen by an unlisted person. */
  function departmentFor(
    request: Pick<SaveRequest, 'campaign' | 'kind' | 'eligibility' | 'departmentId'>,
    stored: StoredResponse | undefined,
    required: boolean,
  ): string | undefined | Failure {
    if (request.kind === 'self') return undefined;
    if (request.eligibility.kind === 'member') return request.eligibility.departmentId;
    const chosen = request.departmentId ?? stored?.departmentId;
    if (chosen === undefined) {
      return required
        ? refuse('INVALID_PAYLOAD', 'Choose your department.', [
            { path: 'departmentId', message: 'Choose your department among the campaign’s departments.' },
          ])
        : undefined;
    }
    if (!request.campaign.audience.departments.some((d) => d.id === chosen)) {
      return refuse('INVALID_PAYLOAD', 'This department is not one of the campaign’s departments.', [
        { path: 'departmentId', message: 'is not one of the campaign’s departments' },
      ]);
    }
    return chosen;
  }

  /**
   * Validates and writes one answer with optimistic concurrency (see `planWrite`). Round trips: one read, one
   * conditional write; a failed condition costs one more read to tell a replay from a conflict.
   */
  async function save(request: SaveRequest): Promise<Result<SaveResultView>> {
    const ref: ResponseRef = {
      campaignId: request.campaign.id,
      kind: request.kind,
      respondentKey: request.respondentKey,
    };
    const stored = await responses.get(ref);
    // A submitted answer stays submitted: editing it while open must keep it complete.
    const status = request.mode === 'submit' || stored?.status === 'submitted' ? 'submitted' : 'draft';
    const departmentId = departmentFor(request, stored, status === 'submitted');
    if (isFailure(departmentId)) return departmentId;
    const problems =
      status === 'submitted'
        ? submitProblems(request.model, request.campaign, request.answers)
        : draftProblems(request.model, request.answers);
    if (problems.length > 0) return answersInvalid(problems);

    const content: ResponseContent = {
      status,
      answers: request.answers,
      ...(departmentId !== undefined ? { departmentId } : {}),
      // Anonymous answers never say who entered them (proxy entry is refused there anyway).
      ...(request.proxyBy !== undefined && !request.campaign.anonymous ? { proxyBy: request.proxyBy } : {}),
    };
    const attempt = async (
      current: StoredResponse | undefined,
    ): Promise<Result<SaveResultView> | 'retry'> => {
      const plan = planWrite(current, request.baseRevision, content);
      if (plan.kind === 'replay') {
        // planWrite only answers a replay when a response is stored.
        return ok({ revision: plan.revision, status: content.status, updatedDay: current?.updatedDay ?? '' });
      }
      if (plan.kind === 'conflict') {
        return refuse(
          'CONFLICT',
          'This answer was changed elsewhere (another tab or device) since you opened it. Reload to see the latest version.',
        );
      }
      const now = deps.clock.now();
      const next: StoredResponse = {
        ...ref,
        ...content,
        revision: plan.revision,
        updatedDay: dayOf(now),
        // Named campaigns keep the instant; anonymous ones nothing finer than the day.
        ...(request.campaign.anonymous ? {} : { updatedAt: now }),
      };
      if (await responses.write(next, plan.expectedRevision)) {
        return ok({ revision: next.revision, status: next.status, updatedDay: next.updatedDay });
      }
      return 'retry';
    };
    const first = await attempt(stored);
    if (first !== 'retry') return first;
    // Someone wrote between our read and our write: an identical concurrent retry is still a replay.
    const second = await attempt(await responses.get(ref));
    return second === 'retry'
      ? refuse(
          'CONFLICT',
          'This answer was changed elsewhere at the same moment. Reload to see the latest version.',
        )
      : second;
  }

  async function answer(
    accountId: string,
    context: InvocationContext,
    payload: {
      campaignId: string;
      kind: ResponseKind;
      answers: Answers;
      departmentId?: string;
      baseRevision: number;
    },
    mode: 'draft' | 'submit',
  ): Promise<Result<SaveResultView>> {
    const campaign = await boundCampaign(payload.campaignId, context);
    if (isFailure(campaign)) return campaign;
    const closed = openForAnswers(campaign);
    if (closed) return closed;
    const eligibility = eligibilityOf(campaign, accountId);
    if (payload.kind === 'customer' && eligibility.kind === 'not-in-audience') {
      return refuse('FORBIDDEN', 'You are not in the audience of this survey.');
    }
    if (payload.kind === 'self' && !isTeamMember(campaign, accountId)) {
      return refuse('FORBIDDEN', 'Only the procurement team of this campaign answers the self-assessment.');
    }
    const [model, respondentKey] = await Promise.all([
      frozenModel(campaign),
      respondentKeyOf(campaign, accountId),
    ]);
    if (isFailure(model)) return model;
    if (isFailure(respondentKey)) return respondentKey;
    if (respondentKey === undefined)
      return refuse('UNAVAILABLE', 'This survey cannot take answers right now.');
    return save({
      campaign,
      model,
      kind: payload.kind,
      respondentKey,
      eligibility,
      answers: payload.answers,
      departmentId: payload.departmentId,
      baseRevision: payload.baseRevision,
      mode,
    });
  }

  /** A buyer entering answers for a customer: named campaigns, the buyer's own portfolio, people of the audience. */
  function proxyCheck(campaign: Campaign, buyer: string, customer: string): Failure | undefined {
    if (campaign.anonymous) {
      return refuse('FORBIDDEN', 'Answers cannot be entered for someone else in an anonymous campaign.');
    }
    if (!isTeamMember(campaign, buyer)) {
      return refuse('FORBIDDEN', 'Only the procurement team of this campaign enters answers for customers.');
    }
    if (!portfolioPeople(campaign, buyer).includes(customer)) {
      return refuse('FORBIDDEN', 'This person is not one of your portfolio’s customers.');
    }
    if (eligibilityOf(campaign, customer).kind === 'not-in-audience') {
      return refuse('FORBIDDEN', 'This person is not in the audience of this survey.');
    }
    return undefined;
  }

  async function displayNames(accountIds: string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    if (accountIds.length === 0) return names;
    try {
      const chunks: string[][] = [];
      for (let i = 0; i < accountIds.length; i += 100) chunks.push(accountIds.slice(i, i + 100));
      const found = await Promise.all(chunks.map((chunk) => deps.confluence.users(chunk)));
      for (const user of found.flat()) names.set(user.accountId, user.displayName);
    } catch {
      // Names are a convenience: participation still answers, with account ids, when Confluence does not.
    }
    return names;
  }

  const state = resolver(
    RESOLVERS.getSurveyState,
    async ({ payload, context, accountId }) => {
      const campaign = await boundCampaign(payload.campaignId, context);
      if (isFailure(campaign)) return campaign;
      const eligibility = eligibilityOf(campaign, accountId);
      const isTeam = isTeamMember(campaign, accountId);
      const [model, respondentKey, roles] = await Promise.all([
        frozenModel(campaign),
        respondentKeyOf(campaign, accountId),
        isTeam ? Promise.resolve([]) : deps.roles.rolesOf(accountId),
      ]);
      if (isFailure(model)) return model;
      if (isFailure(respondentKey)) return respondentKey;
      const refs: ResponseRef[] =
        respondentKey === undefined
          ? []
          : (['customer', 'self'] as const)
              .filter((kind) => kind === 'customer' || isTeam)
              .map((kind) => ({ campaignId: campaign.id, kind, respondentKey }));
      const found = await responses.getMany(refs);
      const own = (kind: ResponseKind) => {
        const response = found.find((r) => r?.kind === kind);
        return response ? toResponseView(response) : null;
      };
      const response = own('customer');
      const departmentId = eligibility.kind === 'member' ? eligibility.departmentId : response?.departmentId;
      const view: SurveyStateView = {
        campaign: {
          id: campaign.id,
          name: campaign.name,
          period: campaign.period,
          status: campaign.status,
          opensOn: campaign.opensOn,
          closesOn: campaign.closesOn,
          anonymous: campaign.anonymous,
          commentRequiredAtOrBelow: campaign.commentRequiredAtOrBelow,
        },
        model,
        locale: toLocale(context.locale),
        me: {
          eligibility: eligibility.kind,
          ...(departmentId !== undefined ? { departmentId } : {}),
          isTeam,
          canProxy: isTeam && !campaign.anonymous,
          canSeeParticipation: isTeam || roles.includes('admin') || roles.includes('quality'),
        },
        departments: campaign.audience.departments.map((d) => ({ id: d.id, name: d.name })),
        response,
        selfAssessment: isTeam ? own('self') : null,
      };
      return ok(view);
    },
    logger,
  );

  const getProxy = resolver(
    RESOLVERS.getProxyResponse,
    async ({ payload, context, accountId }) => {
      const campaign = await boundCampaign(payload.campaignId, context);
      if (isFailure(campaign)) return campaign;
      const refused = proxyCheck(campaign, accountId, payload.customerAccountId);
      if (refused) return refused;
      const stored = await responses.get({
        campaignId: campaign.id,
        kind: 'customer',
        respondentKey: payload.customerAccountId,
      });
      const eligibility = eligibilityOf(campaign, payload.customerAccountId);
      const view: ProxyResponseView = {
        response: stored ? toResponseView(stored) : null,
        chooseDepartment: eligibility.kind === 'choose-department',
        ...(eligibility.kind === 'member' ? { departmentId: eligibility.departmentId } : {}),
      };
      return ok(view);
    },
    logger,
  );

  const proxySubmit = resolver(
    RESOLVERS.submitProxy,
    async ({ payload, context, accountId }) => {
      const campaign = await boundCampaign(payload.campaignId, context);
      if (isFailure(campaign)) return campaign;
      const refused = proxyCheck(campaign, accountId, payload.customerAccountId) ?? openForAnswers(campaign);
      if (refused) return refused;
      const model = await frozenModel(campaign);
      if (isFailure(model)) return model;
      return save({
        campaign,
        model,
        kind: 'customer',
        // Named campaigns only: the customer's own key, so it is the same answer as if they had entered it.
        respondentKey: payload.customerAccountId,
        eligibility: eligibilityOf(campaign, payload.customerAccountId),
        answers: payload.answers,
        departmentId: payload.departmentId,
        baseRevision: payload.baseRevision,
        mode: 'submit',
        proxyBy: accountId,
      });
    },
    logger,
  );

  const participation = resolver(
    RESOLVERS.getParticipation,
    async ({ payload, context, accountId }) => {
      const campaign = await campaigns.get(payload.campaignId);
      if (!campaign) return refuse('NOT_FOUND', 'This campaign does not exist or was deleted.');
      if (fromMacro(context)) {
        const refused = checkBinding(campaign, context);
        if (refused) return refused;
      }
      if (!isTeamMember(campaign, accountId)) {
        const roles = await deps.roles.rolesOf(accountId);
        if (!roles.includes('admin') && !roles.includes('quality')) {
          return refuse(
            'FORBIDDEN',
            'Participation is for the procurement team, administrators and quality managers.',
          );
        }
      }
      const [facts, pageUrl] = await Promise.all([
        responses.facts(campaign.id),
        campaign.binding
          ? deps.confluence.pageUrl(campaign.binding.contentId).catch(() => null)
          : Promise.resolve(null),
      ]);
      const computed = participationOf(campaign, facts);
      const people = new Set<string>(campaign.team.map((m) => m.accountId));
      for (const portfolio of computed.portfolios) for (const p of portfolio.pending ?? []) people.add(p);
      const names = await displayNames([...people]);
      const ref = (id: string): UserRef => ({ accountId: id, displayName: names.get(id) ?? id });
      const view: ParticipationView = {
        campaignId: campaign.id,
        anonymous: campaign.anonymous,
        overall: computed.overall,
        threshold: computed.threshold,
        departments: computed.departments,
        unlisted: computed.unlisted,
        portfolios: computed.portfolios.map(({ buyerAccountId, pending, ...rate }) => ({
          buyer: ref(buyerAccountId),
          ...rate,
          pending: pending === null ? null : pending.map(ref),
        })),
        reminder: { ...reminderOf(campaign, pageUrl, toLocale(context.locale)), pageUrl },
      };
      return ok(view);
    },
    logger,
  );

  return {
    [RESOLVERS.getSurveyModel]: resolver(
      RESOLVERS.getSurveyModel,
      async ({ payload, context }) => {
        const locale = toLocale(context.locale);
        const campaign = payload.campaignId
          ? await deps.store.campaign(payload.campaignId)
          : await deps.store.currentCampaign();
        if (payload.campaignId && !campaign) {
          return refuse('NOT_FOUND', 'This campaign does not exist or was deleted.');
        }
        if (!campaign) {
          // A new installation has no campaign yet: show the default model so the page is never empty.
          return ok({ campaign: null, model: DEFAULT_MODEL, locale });
        }
        const model = await deps.store.model(campaign.modelId, campaign.modelVersion);
        if (!model) {
          return refuse('NOT_FOUND', 'The evaluation model of this campaign is missing.');
        }
        return ok({
          campaign: { id: campaign.id, name: campaign.name, period: campaign.period },
          model,
          locale,
        });
      },
      logger,
    ),
    [RESOLVERS.getSurveyState]: state,
    [RESOLVERS.saveDraft]: resolver(
      RESOLVERS.saveDraft,
      ({ payload, context, accountId }) => answer(accountId, context, payload, 'draft'),
      logger,
    ),
    [RESOLVERS.submitResponse]: resolver(
      RESOLVERS.submitResponse,
      ({ payload, context, accountId }) => answer(accountId, context, payload, 'submit'),
      logger,
    ),
    [RESOLVERS.getProxyResponse]: getProxy,
    [RESOLVERS.submitProxy]: proxySubmit,
    [RESOLVERS.getParticipation]: participation,
  };
}
