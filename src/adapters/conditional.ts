import type { WriteOutcome } from '../ports/storage';

/**
 * A conditional write lost (a transaction condition failed, or FAIL_IF_EXISTS met an existing key): the KVS
 * answers 409. The status is the documented part; the code is not relied upon.
 */
export function isWriteConflict(error: unknown): boolean {
  const details = (error as { responseDetails?: { status?: unknown } } | null)?.responseDetails;
  return details?.status === 409;
}

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
