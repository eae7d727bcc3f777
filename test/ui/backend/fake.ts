/**
 * The one fake backend of the UI tests, driven by the contract (src/shared/contract): every payload the UI sends
 * is parsed with its key's own schema, and a payload the real resolver would refuse is recorded in `invalid` and
 * answered with the same INVALID_PAYLOAD failure. Each slice's keys answer from the backend's state (./state.ts)
 * with that slice's rules (./survey.ts, ./admin.ts, ./plan.ts); a test seeds the state and may replace any key's
 * answer with a handler typed by the contract: `backend.on('plan/get', () => ok(planView()))`.
 *
 * After each test, a refused payload fails it, and so does a key outside the contract or one no slice answers and
 * the test did not set (those also throw at the call: see `expectAnswered`). `offline` cuts the network: invoke
 * rejects, as the bridge does when the request never arrives. One call log for every key: `calls`, `keys()`,
 * `payloadsOf()`.
 */
import type { Answers, ResponseKind } from '../../../src/domain/survey/response';
import { invalidPayload } from '../../../src/features/router';
import {
  inputSchemaOf,
  isResolverKey,
  type Output,
  type Payload,
  type ResolverKey,
} from '../../../src/shared/contract';
import { ok, type Result } from '../../../src/shared/result';
import { modelAndCampaignHandlers, rolesAndDirectoryHandlers } from './admin';
import { followUpHandlers, jiraSettingsHandlers, planHandlers, weighingHandlers } from './plan';
import { initialState, type BackendState, type Seed } from './state';
import { surveyHandlers, writeElsewhere } from './survey';

/** A key's handler: its payload (parsed by the contract) in, a Result of its output out. */
export type Handler<K extends ResolverKey> = (payload: Payload<K>) => Result<Output<K>>;

/** Handlers of some keys (a slice's). */
export type Handlers = { [K in ResolverKey]?: Handler<K> };

/** A test's answer for a key; `slice` is the slice's own handler, to wrap or fall back on. */
export type Override<K extends ResolverKey> = (payload: Payload<K>, slice: Handler<K>) => Result<Output<K>>;

export interface Call {
  key: string;
  /** As the UI sent it. */
  payload: unknown;
}

type AnyHandler = (payload: unknown) => unknown;

/** Every backend of the running test, checked after it. */
const live = new Set<UiBackend>();

export class UiBackend {
  readonly state: BackendState;
  /** The network is down: every invoke rejects. */
  offline = false;
  /** Every call, in order (those refused too). */
  readonly calls: Call[] = [];
  /** Calls whose payload the contract refuses. */
  readonly invalid: (Call & { issues: string })[] = [];
  /** Calls nothing could answer: a key outside the contract, or one no slice fakes and the test did not set. */
  readonly unanswered: string[] = [];
  private readonly slices: Handlers;
  private readonly overrides = new Map<ResolverKey, AnyHandler>();

  constructor(seed: Seed = {}) {
    this.state = initialState(seed);
    this.slices = {
      ...rolesAndDirectoryHandlers(this.state),
      ...modelAndCampaignHandlers(this.state),
      ...surveyHandlers(this.state),
      ...planHandlers(this.state),
      ...weighingHandlers(this.state),
      ...followUpHandlers(this.state),
      ...jiraSettingsHandlers(this.state),
      'home/feed': () => ok(this.state.home),
    };
    live.add(this);
  }

  /** The keys called, in order; with a slice (`'weighing'`), that slice's only. */
  keys = (slice?: string): string[] =>
    this.calls.map((c) => c.key).filter((key) => slice === undefined || key.startsWith(`${slice}/`));

  payloadsOf = (key: ResolverKey): unknown[] => this.calls.filter((c) => c.key === key).map((c) => c.payload);

  /** Answers `key` with `handler` from now on (in place of its slice's, which it receives). */
  on<K extends ResolverKey>(key: K, handler: Override<K>): this {
    const slice = this.sliceHandler(key);
    this.overrides.set(key, (payload) => handler(payload as Payload<K>, slice));
    return this;
  }

  /**
   * Answers `key` with anything at all, as a server outside the contract could (a reply that is not a Result, a
   * thrown error): for the client's own checks of what comes back, never for a screen's.
   */
  onAnyReply(key: ResolverKey, reply: (payload: unknown) => unknown): this {
    this.overrides.set(key, reply);
    return this;
  }

  /** Someone else (another tab) saves a newer answer. */
  writeElsewhere(kind: ResponseKind, answers: Answers): void {
    writeElsewhere(this.state, kind, answers);
  }

  /** What the bridge's invoke of `key` gets (a throw is a rejected invoke). */
  resolve = (key: string, payload: unknown): unknown => {
    this.calls.push({ key, payload });
    if (this.offline) throw new Error('network down');
    if (!isResolverKey(key)) return this.unanswerable(`${key} is not a key of the contract`);
    const parsed = inputSchemaOf(key).safeParse(payload ?? {});
    if (!parsed.success) {
      this.invalid.push({ key, payload, issues: parsed.error.message });
      return invalidPayload(key, parsed.error);
    }
    const handler = this.overrides.get(key) ?? (this.slices[key] as AnyHandler | undefined);
    if (!handler) return this.unanswerable(`no slice answers ${key}: set it with backend.on('${key}', …)`);
    return handler(parsed.data);
  };

  private sliceHandler<K extends ResolverKey>(key: K): Handler<K> {
    return (payload) => {
      const handler = this.slices[key];
      if (!handler) return this.unanswerable(`no slice answers ${key}`);
      return handler(payload);
    };
  }

  private unanswerable(problem: string): never {
    this.unanswered.push(problem);
    throw new Error(`fake backend: ${problem}`);
  }
}

/** A fake backend with the state's defaults, and what `seed` gives. */
export const fakeBackend = (seed: Seed = {}): UiBackend => new UiBackend(seed);

/**
 * After each test: every call of every backend it made was a key of the contract that something answered, and
 * every payload was one the contract accepts.
 */
function expectAnswered(): void {
  const backends = [...live];
  live.clear();
  for (const backend of backends) {
    expect(backend.unanswered).toEqual([]);
    expect(backend.invalid).toEqual([]);
  }
}

afterEach(expectAnswered);
