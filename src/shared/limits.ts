/**
 * Field limits, shared by the contract's schemas and the UI's own checks (so the UI never retypes them).
 * Zod-free on purpose: the UI imports these values without pulling the schemas into its bundle.
 */
export const LIMITS = {
  /** Ids end up in storage keys. */
  id: 64,
  accountId: 128,
  localizedText: 500,
  criteriaPerSection: 50,
  sectionsPerModel: 20,
  weight: 100,
  /** The supplier model's criteria a payload may carry (the model allows 3–8: the domain says which is wrong). */
  supplierCriteria: 20,
  /** Standing bands a payload may carry (2–6 allowed), and the length of a band's label. */
  bands: 12,
  bandLabel: 60,
  campaignName: 200,
  period: 40,
  departmentName: 120,
  /** A storage query cursor handed to the browser and back. */
  cursor: 2000,
  /** The largest minimum group size a campaign may ask for. */
  groupSize: 100,
  /** A campaign's reminder days: at most this many on each side, each at most this many days from its end. */
  reminderDays: 10,
  reminderDay: 366,
  /** How many times a buyer may remind one person in one campaign, at most. */
  reminderCap: 10,
  departments: 100,
  people: 2000,
  team: 100,
  comment: 2000,
  answers: 200,
  revision: 1_000_000,
  userQuery: 100,
  usersPerLookup: 100,
  admins: 50,
  quality: 50,
  actionTitle: 200,
  actionDescription: 4000,
  criteriaPerAction: 20,
  /** Actions of one campaign's plan. */
  actions: 500,
  adjustmentReason: 500,
  jiraProjectKey: 50,
  reviewComment: 2000,
  supplierName: 120,
  supplierCategory: 60,
  /**
   * A CSV import of suppliers, in UTF-8 bytes of its JSON string (what the invocation carries): 5,000 rows of
   * accented names take about 1.6 MB; the rest of Forge's 5 MB invocation payload is left to the envelope.
   */
  supplierCsvBytes: 4_000_000,
  /** Suppliers per page of the register. */
  supplierPage: 50,
} as const;

/**
 * Whole-record limits: a Forge storage value holds at most 240 KiB, so a campaign or a model version must stay well
 * under it whatever its parts (each part's own limit allows far more). Measured on the JSON the app stores.
 */
export const RECORD_LIMITS = {
  campaignJson: 200_000,
  modelJson: 200_000,
  /** People across the audience's departments and individual people. */
  audiencePeople: 3000,
} as const;

/**
 * Forge's cap on one invocation's payload, taken as 5 MB (developer.atlassian.com/platform/forge/limits-invocation;
 * not re-checked against the current page: if the platform's is lower, lower this and the import's limit with it).
 * The local host refuses larger request bodies, so a payload that passes here is meant to pass there.
 */
export const FORGE_INVOKE_PAYLOAD_BYTES = 5 * 1024 * 1024;

/** The bytes a text takes in an invocation: its JSON string (quotes, escapes) in UTF-8. */
export const invokedBytesOf = (text: string): number => new TextEncoder().encode(JSON.stringify(text)).length;
