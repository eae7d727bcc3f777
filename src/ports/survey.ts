/** Survey answers, and the keys behind anonymous campaigns' respondent keys. */
import type { ResponseFact } from '../domain/participation';
import type { ResponseContent, ResponseKind } from '../domain/survey';
import type { RoleSettings } from '../domain/roles';
import type { StoredCampaign } from './campaigns';

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
   * same transaction, and a submitted answer removes `settles`' pending invitation (page banner) with it. False when
   * a condition failed.
   */
  write(
    response: StoredResponse,
    expected: WriteExpectation,
    campaign: StoredCampaign,
    settles?: string,
  ): Promise<boolean>;
  /** Kind, status, respondent key and department of every response of a campaign (paged, ≤100 a round trip). */
  facts(campaignId: string): Promise<ResponseFact[]>;
  /** Every response of a campaign with its answers (paged, ≤100 a round trip): for building its results. */
  all(campaignId: string): Promise<StoredResponse[]>;
  /** At least one answer (draft or submitted) exists: anonymity can no longer change. */
  hasAnswers(campaignId: string): Promise<boolean>;
}

/**
 * What opening a survey reads, in one round trip: the campaign, the roles, and the caller's answers stored under
 * their account id (a named campaign's; an anonymous campaign keeps none there).
 */
export interface SurveyEntry {
  campaign?: StoredCampaign;
  roles?: RoleSettings;
  named: Partial<Record<ResponseKind, StoredResponse>>;
}

export interface SurveyEntryReader {
  read(campaignId: string, accountId: string): Promise<SurveyEntry>;
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
