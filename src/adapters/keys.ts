/** Every storage key and entity name the app uses, in one place. */
export const KEYS = {
  currentCampaign: 'settings:current-campaign',
  /** The app's roles: one record `{admins, team, quality, revision}`, created once by the bootstrap. */
  roles: 'settings:roles',
  model: (id: string, version: number) => `model:${id}:v${version}`,
} as const;

export const ENTITIES = {
  campaign: 'campaign',
  response: 'response',
  /** One per evaluation model (key = model id): its latest version and which campaigns froze which version. */
  modelHead: 'model-head',
} as const;

/** Index names of the `campaign` entity (manifest.yml). */
export const CAMPAIGN_INDEXES = {
  byScopePeriod: 'by-scope-period',
  byStatusCloses: 'by-status-closes',
} as const;

/**
 * A conditional write lost (a transaction condition failed, or FAIL_IF_EXISTS met an existing key): the KVS
 * answers 409. The status is the documented part; the code is not relied upon.
 */
export function isWriteConflict(error: unknown): boolean {
  const details = (error as { responseDetails?: { status?: unknown } } | null)?.responseDetails;
  return details?.status === 409;
}

/** The outcome of a conditional write: lost races are an answer, not an exception. */
export type WriteOutcome = 'written' | 'conflict';

/** Runs a conditional write and turns a lost condition into `'conflict'`; anything else is rethrown. */
export async function conditionally(write: () => Promise<unknown>): Promise<WriteOutcome> {
  try {
    await write();
    return 'written';
  } catch (error) {
    if (isWriteConflict(error)) return 'conflict';
    throw error;
  }
}
