/**
 * What every store shares. Each slice's store is in its own file (campaigns.ts, model.ts, roles.ts, survey.ts,
 * results.ts, plan.ts, followup.ts, jira-settings.ts), implemented on @forge/kvs in src/adapters.
 *
 * Conventions: a read answers the record or undefined (absent); a record that is stored but cannot be read
 * (unknown schemaVersion, broken shape) is logged with its key and raised as a `StoredRecordError`, which the
 * router answers as a typed INTERNAL failure — never a silent "missing". A conditional write answers a
 * `WriteOutcome`: losing a race is an answer, not an exception.
 */

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
