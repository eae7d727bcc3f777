/** Every storage key, key prefix, entity and index name the app uses, built in this one module. */
import type { ResponseRef } from '../ports/survey';

export const KEYS = {
  /** The app's roles: one record `{admins, team, quality, revision}`, created once by the bootstrap. */
  roles: 'settings:roles',
  model: (id: string, version: number) => `model:${id}:v${version}`,
  /**
   * A supplier name's claim (`supplier-name` entity): the name key's SHA-256 in hex, as a name may hold any letter
   * and a key only ASCII.
   */
  supplierName: (nameKeyHash: string) => `name:${nameKeyHash}`,
  /** A supplier model version, with its standing bands. */
  supplierModel: (id: string, version: number) => `supplier-model:${id}:v${version}`,
  /**
   * The supplier model's head in the `model-head` entity: prefixed, so that no evaluation model (whose id an admin
   * chooses) can share it.
   */
  supplierModelHead: (id: string) => `supplier-model:${id}`,
  /** Forge secret storage: the key behind an anonymous campaign's pseudonyms (32 random bytes, hex). */
  pseudonymSecret: (campaignId: string) => `pseudonym-key:${campaignId}`,
  /** The `response` entity's key: campaign, kind and respondent key (account id, or pseudonym). */
  response: ({ campaignId, kind, respondentKey }: ResponseRef) => `${campaignId}:${kind}:${respondentKey}`,
  /** A closed campaign's results snapshot: its header, and its shards of ratings. */
  resultsHeader: (campaignId: string) => `results:${campaignId}`,
  resultsShard: (campaignId: string, shard: number) => `results:${campaignId}:${shard}`,
  /**
   * A plan's review snapshots: `plan-review:{campaign}:{at}:{id}` (16 digits, so that keys sort by time; the id
   * makes reviews of the same millisecond two keys).
   */
  planReview: (campaignId: string, at: number, id: string) =>
    `plan-review:${campaignId}:${String(at).padStart(16, '0')}:${id}`,
  planReviewPrefix: (campaignId: string) => `plan-review:${campaignId}:`,
  /** Every due-date adjustment of an action, numbered from 0 (8 digits, so that keys sort in order). */
  actionAdjustment: (actionId: string, seq: number) =>
    `plan-adjustment:${actionId}:${String(seq).padStart(8, '0')}`,
  /** A ballot of a plan's weighing: campaign and pseudonymous voter key. */
  ballot: (campaignId: string, voterKey: string) => `${campaignId}:${voterKey}`,
  /** Where the plan's Jira issues go: `{projectKey, issueTypeId}`, set by an admin. */
  jiraSettings: 'settings:jira',
  /** The due-date notices: `{enabled, locale}`, set by an admin. */
  noticeSettings: 'settings:notices',
  /** A person's unanswered invitation to a campaign (page banner): campaign and account id. */
  pending: (campaignId: string, accountId: string) => `${campaignId}:${accountId}`,
  /** A person's weighing still to do in a closed campaign's plan (page banner): campaign and account id. */
  pendingWeighing: (campaignId: string, accountId: string) => `${campaignId}.weighing:${accountId}`,
  /** When a person last dismissed the page banner: in the same entity, so that one query reads both. */
  dismissal: (accountId: string) => `dismissed:${accountId}`,
  /** A supplier rating: campaign, rater key (account id, or pseudonym) and supplier. */
  supplierRating: (campaignId: string, raterKey: string, supplierId: string) =>
    `${campaignId}:${raterKey}:${supplierId}`,
  /** The reminders one person received in one campaign. */
  reminder: (campaignId: string, accountId: string) => `${campaignId}:${accountId}`,
} as const;

export const ENTITIES = {
  /** Key = campaign id. */
  campaign: 'campaign',
  response: 'response',
  /** One per evaluation model (key = model id): its latest version and which campaigns froze which version. */
  modelHead: 'model-head',
  /** Key = action id. */
  action: 'action',
  /** Key = campaign id: the plan's weighing round. */
  plan: 'plan',
  ballot: 'ballot',
  /** Key = `KEYS.pending` or `KEYS.dismissal`. */
  pending: 'pending',
  /** Key = `KEYS.reminder`. */
  reminder: 'reminder',
  /** Key = supplier id. */
  supplier: 'supplier',
  /** Key = `KEYS.supplierRating`. */
  supplierRating: 'supplier-rating',
  /** Key = `KEYS.supplierName`: which supplier holds a name, so that two writes can never both take it. */
  supplierName: 'supplier-name',
} as const;

/** Index names of the entities (manifest.yml). */
export const INDEXES = {
  campaignByScopePeriod: 'by-scope-period',
  campaignByStatusCloses: 'by-status-closes',
  responseByCampaign: 'by-campaign',
  responseByCampaignDepartment: 'by-campaign-department',
  actionByCampaign: 'by-campaign',
  actionByJiraIssue: 'jiraIssueId',
  ballotByCampaign: 'by-campaign',
  pendingByPerson: 'by-person',
  pendingByCampaign: 'by-campaign',
  reminderByCampaign: 'by-campaign',
  /** The register by name; then by name within a status, a category or an owner. */
  supplierByName: 'by-scope-name',
  supplierByStatusName: 'by-status-name',
  supplierByCategoryName: 'by-category-name',
  supplierByOwnerName: 'by-owner-name',
  /** A rater's ratings in a campaign (partition campaign + rater key), by supplier. */
  supplierRatingByRater: 'by-rater',
  /** A campaign's ratings by supplier: the scorecards' build at close. */
  supplierRatingByCampaign: 'by-campaign',
} as const;
