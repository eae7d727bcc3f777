/**
 * Test data builders (valid by default, overrides for what a test is about) and the survey harness: the real
 * `handler` of src/index.ts on the real Forge SDKs, the local host's KVS in memory and its Confluence sandbox.
 */
import { ENTITIES, KEYS } from '../../src/adapters/keys';
import type { CampaignRecord } from '../../src/adapters/records/campaign';
import { toModelRecord } from '../../src/adapters/records/model';
import { toRolesRecord } from '../../src/adapters/records/roles';
import type { Output, ResolverKey } from '../../src/shared/contract';
import type { AppError } from '../../src/shared/result';
import type { CallCounts } from '../../sandbox/platform';
import { criteriaOf, type EvaluationModel } from '../../src/domain/model/model';
import type { Answers, AnswerValue } from '../../src/domain/survey/response';
import { DEMO_SITE } from '../../sandbox/products/site';
import { createConfluenceSandbox } from '../../sandbox/products/confluence';
import { createProductRouter } from '../../sandbox/products/router';
import type { KvsDump } from '../../sandbox/kvs';
import { startTestRuntime, type TestRuntime, type TestRuntimeOptions } from './forge-runtime';

const persona = (n: number) => `712020:5a1e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The demo site's people (sandbox/personas.ts), so that the Confluence sandbox knows their names. */
export const PEOPLE = {
  alice: persona(1), // Engineering
  bruno: persona(2), // Production
  chloe: persona(3), // Finance
  david: persona(4), // not listed in a department: chooses one
  emma: persona(5), // not in the audience
  farid: persona(6), // Engineering
  grace: persona(11), // buyer: Engineering + David
  hugo: persona(12), // buyer: Production + Finance
  ines: persona(21), // quality manager
  jean: persona(31), // admin
} as const;

export const SURVEY_PAGE = DEMO_SITE.surveyPageId;
export const SURVEY_LOCAL_ID = 'b0c1d2e3-0000-4000-8000-000000000001';

/** A small model (2 sections, 3 criteria) so that answers stay short. */
export function aModel(overrides: Partial<EvaluationModel> = {}): EvaluationModel {
  const t = (en: string) => ({ 'en-US': en, 'fr-FR': `${en} (fr)` });
  return {
    id: 'test-model',
    version: 1,
    name: t('Test model'),
    sections: [
      {
        id: 'sourcing',
        title: t('Sourcing'),
        criteria: [
          { id: 'sourcing-price', text: t('Prices are competitive') },
          { id: 'sourcing-lead', text: t('Lead times are met') },
        ],
      },
      {
        id: 'service',
        title: t('Service'),
        criteria: [{ id: 'service-reachable', text: t('Buyers are reachable') }],
      },
    ],
    ...overrides,
  };
}

/** Answers to every criterion of `model`, all with `value` (and a comment, so that any rating is valid). */
export function answersFor(
  model: EvaluationModel,
  value: AnswerValue = 3,
  comment = 'Seen on the last order',
): Answers {
  const answers: Answers = {};
  for (const section of model.sections) {
    for (const criterion of section.criteria) answers[criterion.id] = { value, comment };
  }
  return answers;
}

export function aCampaign(overrides: Partial<CampaignRecord> = {}): CampaignRecord {
  return {
    schemaVersion: 2,
    scope: 'app',
    id: 'cmp-2026',
    names: { 'en-US': 'Procurement satisfaction 2026', 'fr-FR': 'Enquête de satisfaction Achats 2026' },
    period: '2026',
    opensOn: '2026-01-10',
    closesOn: '2026-02-28',
    status: 'open',
    anonymous: false,
    modelId: 'test-model',
    modelVersion: 1,
    // The criterion ids of aModel(), frozen when the campaign opened.
    criterionIds: criteriaOf(aModel()).map(({ criterion }) => criterion.id),
    audience: {
      departments: [
        {
          id: 'engineering',
          name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' },
          members: [PEOPLE.alice, PEOPLE.farid],
        },
        { id: 'production', name: { 'en-US': 'Production', 'fr-FR': 'Production' }, members: [PEOPLE.bruno] },
        { id: 'finance', name: { 'en-US': 'Finance', 'fr-FR': 'Finance' }, members: [PEOPLE.chloe] },
      ],
      people: [PEOPLE.david],
    },
    team: [
      { accountId: PEOPLE.grace, portfolio: { departments: ['engineering'], people: [PEOPLE.david] } },
      { accountId: PEOPLE.hugo, portfolio: { departments: ['production', 'finance'], people: [] } },
    ],
    commentRequiredAtOrBelow: 2,
    results: { roles: ['admin', 'quality'], customersAfterClose: true },
    binding: { contentId: SURVEY_PAGE, localId: SURVEY_LOCAL_ID },
    openedAt: Date.UTC(2026, 0, 10, 8),
    createdAt: Date.UTC(2026, 0, 5, 8),
    revision: 3,
    ...overrides,
  };
}

/** The context the survey macro's frame sends (browser-supplied: content id and localId). */
export function macroContext(
  overrides: { contentId?: string; localId?: string; locale?: string } = {},
): Record<string, unknown> {
  return {
    moduleKey: 'survey-macro',
    locale: overrides.locale ?? 'en-US',
    localId: overrides.localId ?? SURVEY_LOCAL_ID,
    extension: {
      type: 'macro',
      content: { id: overrides.contentId ?? SURVEY_PAGE, type: 'page', subtype: null },
      space: { id: DEMO_SITE.space.id, key: DEMO_SITE.space.key },
      config: { campaignId: 'cmp-2026' },
    },
  };
}

/**
 * A Result as tests read it: `data` and `error` typed, without narrowing on `ok` first (a wrong guess fails the
 * test at run time, which is what a test wants).
 */
export interface LooseResult<T> {
  ok: boolean;
  data: T;
  error: Required<AppError>;
}

export interface SurveyHarness {
  rt: TestRuntime;
  /** One resolver call as `accountId`, through the real handler; `result` is the resolver's Result. */
  call<K extends ResolverKey>(
    accountId: string | undefined,
    functionKey: K,
    payload: unknown,
    context?: Record<string, unknown>,
  ): Promise<{ result: LooseResult<Output<K>>; counts: CallCounts }>;
  /** Writes straight into storage, as the admin feature would have: campaign records, model versions, roles. */
  seed(seed: {
    campaigns?: CampaignRecord[];
    models?: EvaluationModel[];
    roles?: Partial<Roles>;
  }): Promise<void>;
  /** Runs `fn` inside an invocation (for direct @forge/kvs use in a test). */
  asApp<T>(fn: () => Promise<T>): Promise<T>;
  dump(): KvsDump;
  /** The stored responses (entity values), for assertions. */
  responses(): Record<string, unknown>[];
  /** Everything a resolver can change: kvs values, secrets and entities, without the KVS metadata timestamps. */
  snapshot(): string;
  close(): void;
}

interface Roles {
  admins: string[];
  team: string[];
  quality: string[];
}

/** `storage`: the local KVS's latency, jitter and stale reads (see startTestRuntime), for the race tests. */
export async function startSurveyHarness(
  storage: Omit<TestRuntimeOptions, 'products'> = {},
): Promise<SurveyHarness> {
  const rt = startTestRuntime({
    ...storage,
    products: createProductRouter({ confluence: createConfluenceSandbox(DEMO_SITE) }),
  });
  // Imported after the runtime exists: @forge/kvs inspects the runtime globals when it loads.
  const { handler } = await import('../../src/index');
  const asApp = async <T>(fn: () => Promise<T>) => (await rt.invoke({ accountId: PEOPLE.jean }, fn)).result;
  return {
    rt,
    async call(accountId, functionKey, payload, context = macroContext()) {
      const { result, counts } = await rt.invoke({ accountId, moduleKey: 'survey-macro' }, () =>
        handler(
          { call: { functionKey, payload }, context },
          { principal: accountId ? { accountId } : undefined },
        ),
      );
      return { result: result as never, counts };
    },
    async seed({ campaigns = [], models = [], roles }) {
      await asApp(async () => {
        const { kvs } = await import('@forge/kvs');
        for (const model of models) await kvs.set(KEYS.model(model.id, model.version), toModelRecord(model));
        for (const campaign of campaigns) await kvs.entity(ENTITIES.campaign).set(campaign.id, campaign);
        if (roles) {
          await kvs.set(
            KEYS.roles,
            toRolesRecord({
              admins: roles.admins ?? [PEOPLE.jean],
              team: roles.team ?? [PEOPLE.grace, PEOPLE.hugo],
              quality: roles.quality ?? [PEOPLE.ines],
              revision: 1,
            }),
          );
        }
      });
    },
    asApp,
    dump: () => rt.kvs.dump(),
    responses: () =>
      rt.kvs
        .dump()
        .entities.filter((e) => e.entityName === ENTITIES.response)
        .map((e) => e.value as Record<string, unknown>),
    snapshot: () => {
      const { kvs, secrets, entities } = rt.kvs.dump();
      const strip = ({ key, value, entityName }: { key: string; value: unknown; entityName?: string }) => ({
        key,
        value,
        entityName,
      });
      return JSON.stringify({
        kvs: kvs.map(strip),
        secrets: secrets.map(strip),
        entities: entities.map(strip),
      });
    },
    close: () => rt.close(),
  };
}
