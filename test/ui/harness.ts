/**
 * A fake Forge host for the Custom UI tests: `window.__bridge.callBridge` (answering getContext, invoke, submit,
 * close, enableTheming) and `fetch` for the translation bundle the host serves at `./__LOCALES__/`, built from the
 * real `locales/*.json` and the manifest's `translations` section.
 *
 * `@forge/bridge` captures `__bridge.callBridge` when it is first imported, so `installBridge()` must run before the
 * app is imported (the tests import it with a dynamic `import()` in `beforeAll`); the installed function delegates to
 * whatever host the current test configured with `useHost()`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_MODEL, type EvaluationModel } from '../../src/domain/model/model';
import { inputSchemaOf, isResolverKey, type Payload } from '../../src/shared/contract';
import type { CampaignSummaryView } from '../../src/shared/contract/campaigns';
import type { ParticipationView } from '../../src/shared/contract/participation';
import type { ProxyResponseView } from '../../src/shared/contract/proxy';
import type { AccessView } from '../../src/shared/contract/roles';
import type { ResponseView, SaveResultView, SurveyStateView } from '../../src/shared/contract/survey';
import type { Answers, AnswerValue, ResponseKind } from '../../src/domain/survey/response';
import type { Locale } from '../../src/shared/i18n';
import type { Params, Reason } from '../../src/shared/reasons';
import { fail, ok, type ErrorCode, type Failure, type Result } from '../../src/shared/result';

const root = path.resolve(__dirname, '../..');

export interface HostOptions {
  moduleKey?: string;
  locale?: string;
  config?: Record<string, unknown>;
  /** Resolver behaviour; defaults to the default model with no campaign. */
  resolve?: (functionKey: string, payload: unknown) => unknown;
  submit?: (payload: unknown) => unknown;
  /** Rejects getContext this many times. */
  contextFailures?: number;
  /** Rejects the theming call, as a host without theming would. */
  themingFails?: boolean;
  /** The signed-in user's account id in the view context (default TEST_ACCOUNT_ID; null: none). */
  accountId?: string | null;
}

export const TEST_ACCOUNT_ID = '712020:5a1e0000-0000-4000-8000-000000000001';

export interface BridgeCall {
  name: string;
  payload: unknown;
}

export interface Host {
  calls: BridgeCall[];
  invocations: () => { functionKey: string; payload: unknown }[];
  named: (name: string) => BridgeCall[];
}

let current: { options: HostOptions; calls: BridgeCall[] } | null = null;

/**
 * A text as Testing Library reads the page (whitespace collapsed, so a French no-break space before ":" is a space):
 * for matching translations that contain such spaces.
 */
export const plain = (text: string): string => text.replace(/\s+/g, ' ');

/** What the fake host answers an invoke when the test gave no resolver: a survey state in that locale. */
export const defaultReply = (locale: Locale): Result<SurveyStateView> => ok(surveyStateView({ locale }));

/** A failure as an older or foreign server sends it: a code and an English message, no reason. */
export const failure = (code: ErrorCode, message = 'server message'): Failure => ({
  ok: false,
  error: { code, message },
});

/** A failure as the server sends it: with a reason (and its params) when given, else code and message only. */
export const errorResult = (code: ErrorCode, reason?: Reason, params?: Params): Failure =>
  reason ? fail(code, reason, params) : failure(code);

const toLocale = (raw: string | undefined): Locale =>
  (raw ?? '').toLowerCase().startsWith('fr') ? 'fr-FR' : 'en-US';

function answer(name: string, payload?: unknown): unknown {
  if (!current) throw new Error(`fake bridge: no host configured (call to ${name})`);
  const { options, calls } = current;
  calls.push({ name, payload });
  switch (name) {
    case 'getContext':
      if (options.contextFailures && options.contextFailures-- > 0) throw new Error('no context');
      return {
        ...(options.accountId === null ? {} : { accountId: options.accountId ?? TEST_ACCOUNT_ID }),
        moduleKey: options.moduleKey ?? 'survey-macro',
        locale: options.locale ?? 'en-US',
        localId: 'local-1',
        extension: { type: 'macro', config: options.config },
      };
    case 'invoke': {
      const { functionKey, payload: body } = payload as { functionKey: string; payload: unknown };
      if (options.resolve) return options.resolve(functionKey, body);
      return defaultReply(toLocale(options.locale));
    }
    case 'enableTheming':
      if (options.themingFails) throw new Error('theming not supported');
      document.documentElement.setAttribute('data-color-mode', 'light');
      return undefined;
    case 'submit':
      return options.submit ? options.submit(payload) : true;
    case 'close':
      return true;
    case 'showFlag':
    case 'closeFlag':
      return true;
    default:
      throw new Error(`fake bridge: unexpected call ${name}`);
  }
}

/** What the host's `__bridge.callBridge` does: always a promise, a throwing handler becomes a rejection. */
const callBridge = (name: string, payload?: unknown): Promise<unknown> =>
  new Promise((resolve) => resolve(answer(name, payload)));

export function installBridge(): void {
  (globalThis as unknown as { __bridge: unknown }).__bridge = { callBridge };
  installLocales();
}

export function useHost(options: HostOptions = {}): Host {
  const calls: BridgeCall[] = [];
  current = { options, calls };
  return {
    calls,
    named: (name) => calls.filter((c) => c.name === name),
    invocations: () =>
      calls
        .filter((c) => c.name === 'invoke')
        .map((c) => c.payload as { functionKey: string; payload: unknown }),
  };
}

/** What Forge builds from the manifest's `translations` into `__LOCALES__/i18n-info.json`. */
export function i18nInfo(): { config: { locales: string[]; fallback: Record<string, unknown> } } {
  const manifest = parse(fs.readFileSync(path.join(root, 'manifest.yml'), 'utf8')) as {
    translations: { resources: { key: string; path: string }[]; fallback: Record<string, unknown> };
  };
  return {
    config: {
      locales: manifest.translations.resources.map((r) => r.key),
      fallback: manifest.translations.fallback,
    },
  };
}

export const fetchLog: string[] = [];

function installLocales(): void {
  const info = i18nInfo();
  const files = new Map<string, unknown>([['./__LOCALES__/i18n-info.json', info]]);
  for (const locale of info.config.locales) {
    files.set(
      `./__LOCALES__/${locale}.json`,
      JSON.parse(fs.readFileSync(path.join(root, 'locales', `${locale}.json`), 'utf8')),
    );
  }
  (globalThis as { fetch: unknown }).fetch = (input: unknown) => {
    const url = String(input);
    fetchLog.push(url);
    const body = files.get(url);
    return Promise.resolve({
      ok: body !== undefined,
      status: body === undefined ? 404 : 200,
      statusText: body === undefined ? 'Not Found' : 'OK',
      json: () => Promise.resolve(body),
    });
  };
}

// ---- survey capture: builders and a fake backend for the survey resolvers ------------------------------------

/** Builders with overrides for the survey's views (contract types, never copied). */
export function surveyStateView(
  overrides: {
    campaign?: Partial<SurveyStateView['campaign']>;
    me?: Partial<SurveyStateView['me']>;
    response?: ResponseView | null;
    selfAssessment?: ResponseView | null;
    departments?: SurveyStateView['departments'];
    locale?: Locale;
    model?: EvaluationModel;
  } = {},
): SurveyStateView {
  return {
    campaign: {
      id: 'survey-2026',
      name: { 'en-US': 'Procurement survey 2026', 'fr-FR': 'Enquête Achats 2026' },
      period: '2026',
      status: 'open',
      opensOn: '2026-03-01',
      closesOn: '2026-03-31',
      anonymous: false,
      commentRequiredAtOrBelow: 2,
      ...overrides.campaign,
    },
    model: overrides.model ?? DEFAULT_MODEL,
    locale: overrides.locale ?? 'en-US',
    me: {
      eligibility: 'member',
      departmentId: 'engineering',
      isTeam: false,
      canProxy: false,
      canSeeParticipation: false,
      ...overrides.me,
    },
    departments: overrides.departments ?? [
      { id: 'engineering', name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' } },
      { id: 'finance', name: { 'en-US': 'Finance', 'fr-FR': 'Finance' } },
    ],
    response: overrides.response ?? null,
    selfAssessment: overrides.selfAssessment ?? null,
  };
}

export function responseView(overrides: Partial<ResponseView> = {}): ResponseView {
  return {
    kind: 'customer',
    status: 'draft',
    answers: {},
    revision: 1,
    updatedDay: '2026-03-02',
    enteredByProxy: false,
    ...overrides,
  };
}

/** Every criterion answered: the given value (comments added where the default rule requires them). */
export function fullAnswers(value: AnswerValue = 3, model: EvaluationModel = DEFAULT_MODEL): Answers {
  return Object.fromEntries(
    model.sections
      .flatMap((s) => s.criteria)
      .map((c) => [
        c.id,
        value !== 'na' && value <= 2 ? { value, comment: `Fact about ${c.id}` } : { value },
      ]),
  );
}

export function participationView(overrides: Partial<ParticipationView> = {}): ParticipationView {
  return {
    campaignId: 'survey-2026',
    anonymous: false,
    overall: { invited: 20, responded: 9 },
    threshold: null,
    unlisted: null,
    departments: [
      {
        id: 'engineering',
        name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' },
        invited: 12,
        responded: 6,
      },
      { id: 'finance', name: { 'en-US': 'Finance', 'fr-FR': 'Finance' }, invited: 8, responded: 3 },
    ],
    portfolios: [
      {
        buyer: { accountId: TEST_ACCOUNT_ID, displayName: 'Grace Okafor' },
        invited: 12,
        responded: 6,
        pending: [
          { accountId: '712020:5a1e0000-0000-4000-8000-000000000002', displayName: 'Bruno Lefèvre' },
          { accountId: '712020:5a1e0000-0000-4000-8000-000000000006', displayName: 'Farid Benali' },
        ],
      },
      {
        buyer: { accountId: '712020:5a1e0000-0000-4000-8000-000000000012', displayName: 'Hugo Moreau' },
        invited: 8,
        responded: 3,
        pending: [{ accountId: '712020:5a1e0000-0000-4000-8000-000000000003', displayName: 'Chloé Dubois' }],
      },
    ],
    reminder: {
      pageUrl: 'https://example.atlassian.net/wiki/spaces/PROC/pages/123',
    },
    ...overrides,
  };
}

/**
 * A fake of the survey resolvers with the contract's semantics: every payload is parsed with the contract's zod
 * schema (what does not parse is recorded in `invalid` and answered INVALID_PAYLOAD), revisions are checked (a stale
 * write gets CONFLICT, a replay of the stored content is a no-op), and the network can be cut (`offline`: invoke
 * rejects, as the bridge does when the request never arrives).
 */
export class FakeSurveyBackend {
  state: SurveyStateView;
  offline = false;
  /** Overrides per resolver key (after the payload is parsed): return a Result, or undefined for the default. */
  override: Partial<Record<string, (payload: unknown) => unknown>> = {};
  readonly calls: { key: string; payload: unknown }[] = [];
  readonly invalid: { key: string; payload: unknown; issues: string }[] = [];
  stored: Record<ResponseKind, ResponseView | null>;
  proxy: Record<string, ResponseView | null> = {};
  /** Customers of the audience listed in no department: `proxy/get` says so, the submit needs a department. */
  proxyUnlisted = new Set<string>();
  /** Customers who answered themselves: proxy/get shows nothing of their answer. */
  proxyAnsweredThemselves = new Set<string>();
  /** The listed department `proxy/get` reports for the other customers. */
  proxyDepartment = 'engineering';
  participation: ParticipationView = participationView();
  campaigns: CampaignSummaryView[] = [];
  access: AccessView = { accountId: TEST_ACCOUNT_ID, roles: ['admin'], canBootstrap: false };

  constructor(state: SurveyStateView = surveyStateView()) {
    this.state = state;
    this.stored = { customer: state.response, self: state.selfAssessment };
  }

  keys = (): string[] => this.calls.map((c) => c.key);
  payloadsOf = (key: string): unknown[] => this.calls.filter((c) => c.key === key).map((c) => c.payload);

  /** Someone else (another tab) saves a newer answer. */
  writeElsewhere(kind: ResponseKind, answers: Answers): void {
    const current = this.stored[kind];
    this.stored[kind] = responseView({
      kind,
      answers,
      status: current?.status ?? 'draft',
      revision: (current?.revision ?? 0) + 1,
    });
  }

  resolve = (key: string, payload: unknown): unknown => {
    this.calls.push({ key, payload });
    if (this.offline) throw new Error('network down');
    if (!isResolverKey(key)) return failure('NOT_FOUND', `no resolver ${key}`);
    const parsed = inputSchemaOf(key).safeParse(payload);
    if (!parsed.success) {
      this.invalid.push({ key, payload, issues: parsed.error.message });
      return fail('INVALID_PAYLOAD', 'request.invalid', { key });
    }
    const custom = this.override[key]?.(parsed.data);
    if (custom !== undefined) return custom;
    const data = parsed.data as Record<string, unknown>;
    switch (key) {
      case 'survey/getState':
        return ok({ ...this.state, response: this.stored.customer, selfAssessment: this.stored.self });
      case 'survey/saveDraft':
      case 'survey/submit':
        return this.save(key, data as Payload<'survey/saveDraft'>);
      case 'proxy/get': {
        const customer = (data as Payload<'proxy/get'>).customerAccountId;
        const unlisted = this.proxyUnlisted.has(customer);
        const view: ProxyResponseView = {
          response: this.proxyAnsweredThemselves.has(customer) ? null : (this.proxy[customer] ?? null),
          answeredThemselves: this.proxyAnsweredThemselves.has(customer),
          chooseDepartment: unlisted,
          ...(unlisted ? {} : { departmentId: this.proxyDepartment }),
        };
        return ok(view);
      }
      case 'proxy/submit': {
        const p = data as Payload<'proxy/submit'>;
        const current = this.proxy[p.customerAccountId] ?? null;
        if ((current?.revision ?? 0) !== p.baseRevision) return fail('CONFLICT', 'survey.conflict');
        const departmentId = this.proxyUnlisted.has(p.customerAccountId)
          ? (p.departmentId ?? current?.departmentId)
          : this.proxyDepartment;
        if (departmentId === undefined) return fail('INVALID_PAYLOAD', 'department.choose');
        if (!this.state.departments.some((d) => d.id === departmentId)) {
          return fail('INVALID_PAYLOAD', 'department.notInCampaign');
        }
        const next = responseView({
          answers: p.answers,
          status: 'submitted',
          revision: p.baseRevision + 1,
          enteredByProxy: true,
          departmentId,
        });
        this.proxy[p.customerAccountId] = next;
        return ok({ revision: next.revision, status: next.status, updatedDay: next.updatedDay });
      }
      case 'participation/get':
        return ok(this.participation);
      case 'campaigns/list':
        return ok(this.campaigns);
      case 'roles/getAccess':
        return ok(this.access);
      case 'binding/bind':
        return ok({
          campaignId: (data as Payload<'binding/bind'>).campaignId,
          contentId: 'page-1',
          localId: 'local-1',
        });
      default:
        return failure('NOT_FOUND', `not faked: ${key}`);
    }
  };

  private save(key: string, p: Payload<'survey/saveDraft'>): Result<SaveResultView> {
    if (this.state.campaign.status !== 'open') return fail('FORBIDDEN', 'survey.closed');
    const current = this.stored[p.kind];
    const revision = current?.revision ?? 0;
    if (p.baseRevision !== revision) {
      const replay =
        current !== null &&
        JSON.stringify(current.answers) === JSON.stringify(p.answers) &&
        current.departmentId === p.departmentId;
      if (!replay) return fail('CONFLICT', 'survey.conflict');
      return ok({ revision, status: current.status, updatedDay: current.updatedDay });
    }
    const status = key === 'survey/submit' || current?.status === 'submitted' ? 'submitted' : 'draft';
    const next = responseView({
      kind: p.kind,
      answers: p.answers,
      status,
      revision: revision + 1,
      ...(p.departmentId ? { departmentId: p.departmentId } : {}),
    });
    this.stored[p.kind] = next;
    return ok({ revision: next.revision, status, updatedDay: next.updatedDay });
  }
}
