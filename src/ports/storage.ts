/**
 * What the features ask of storage, one interface per kind of record. Implemented on @forge/kvs in src/adapters.
 *
 * Conventions: a read answers the record or undefined (absent); a record that is stored but cannot be read
 * (unknown schemaVersion, broken shape) is logged with its key and raised as a `StoredRecordError`, which the
 * router answers as a typed INTERNAL failure — never a silent "missing". A conditional write answers a
 * `WriteOutcome`: losing a race is an answer, not an exception.
 */
import type { Campaign, RoleSettings } from '../domain/campaign';
import type { EvaluationModel } from '../domain/model';
import type { ModelHead } from '../domain/model-versions';
import type { ResponseFact } from '../domain/participation';
import type { ResponseContent, ResponseKind } from '../domain/response';

export type WriteOutcome = 'written' | 'conflict';

/** A stored record could not be read: its key is logged, the caller gets a typed error. */
export class StoredRecordError extends Error {
  constructor(
    readonly key: string,
    readonly problem: string,
  ) {
    super(`stored record ${key} cannot be read: ${problem}`);
    this.name = 'StoredRecordError';
  }
}

/** A campaign as stored: the domain campaign and when it was created. */
export type StoredCampaign = Campaign & { createdAt: number };

export interface CampaignStore {
  read(id: string): Promise<StoredCampaign | undefined>;
  /** Every campaign, by period (oldest first). */
  list(): Promise<StoredCampaign[]>;
  /** Every campaign in one status (scheduled ones, for the hourly job). */
  withStatus(status: Campaign['status']): Promise<StoredCampaign[]>;
  /** Open campaigns whose closing day is before `today`. */
  dueForClose(today: string): Promise<StoredCampaign[]>;
  /** A new campaign: conflict if the id exists. */
  create(campaign: StoredCampaign): Promise<WriteOutcome>;
  /** Writes the campaign if it is still at `expectedRevision`. */
  update(campaign: StoredCampaign, expectedRevision: number): Promise<WriteOutcome>;
  /** The campaign and its model head in one transaction (and the frozen version when it was only built in). */
  open(
    campaign: StoredCampaign,
    expectedRevision: number,
    model: { head: ModelHead; expectedHeadRevision: number; materialize?: EvaluationModel },
  ): Promise<WriteOutcome>;
}

export interface ModelStore {
  head(modelId: string): Promise<ModelHead | undefined>;
  get(modelId: string, version: number): Promise<EvaluationModel | undefined>;
  /** The version and the head together, if the head is still at `expectedRevision` (0: not stored yet). */
  save(model: EvaluationModel, head: ModelHead, expectedRevision: number): Promise<WriteOutcome>;
}

/** The app's roles, kept in app settings by account id (never taken from a payload). */
export interface RoleStore {
  read(): Promise<RoleSettings | undefined>;
  /** Only if no roles record exists yet. */
  create(settings: RoleSettings): Promise<WriteOutcome>;
  replace(settings: RoleSettings): Promise<WriteOutcome>;
}

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

/** What the stored response must be for a write to apply. */
export interface WriteExpectation {
  /** The stored revision (0: nothing stored). */
  revision: number;
  /** The stored response is not submitted (a draft never overwrites a submitted answer). */
  notSubmitted: boolean;
  /** The stored response was entered by proxy (proxy entry never overwrites a customer's own answer). */
  proxyOnly: boolean;
}

export interface ResponseStore {
  get(ref: ResponseRef): Promise<StoredResponse | undefined>;
  /** Up to 25 responses in one round trip, in the order asked. */
  getMany(refs: readonly ResponseRef[]): Promise<(StoredResponse | undefined)[]>;
  /**
   * One transaction: writes the response if it still meets `expected`, and if the campaign is still at the
   * revision read (so still open, with the same anonymity). The campaign's first answer marks it `answered` in the
   * same transaction. False when a condition failed.
   */
  write(response: StoredResponse, expected: WriteExpectation, campaign: StoredCampaign): Promise<boolean>;
  /** Kind, status, respondent key and department of every response of a campaign (paged, ≤100 a round trip). */
  facts(campaignId: string): Promise<ResponseFact[]>;
  /** Every response of a campaign with its answers (paged, ≤100 a round trip): for building its results. */
  all(campaignId: string): Promise<StoredResponse[]>;
  /** At least one answer (draft or submitted) exists: anonymity can no longer change. */
  hasAnswers(campaignId: string): Promise<boolean>;
}

/** The keys behind anonymous campaigns' pseudonymous respondent keys (kept in Forge secret storage). */
export interface PseudonymKeys {
  /** Creates the campaign's key when an anonymous campaign opens (no-op if it exists). */
  create(campaignId: string): Promise<void>;
  /** Destroys it at close: the link between a person and their answer becomes irrecoverable. */
  destroy(campaignId: string): Promise<void>;
  /** Undefined when the campaign has no key: not opened yet, or closed (the key is destroyed). */
  respondentKey(campaignId: string, accountId: string): Promise<string | undefined>;
}
