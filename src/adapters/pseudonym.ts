/**
 * Pseudonymous respondent keys for anonymous campaigns: HMAC-SHA256(campaign key, account id), the campaign key
 * held in Forge secret storage. While the campaign is open the same person always gets the same key (one answer,
 * editable); at close the key is deleted and nobody, the app included, can tie an answer back to a person.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import type { PseudonymKeys } from '../ports/survey';
import { KEYS } from './keys';

const isSecret = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

/** The pseudonym of `accountId` under `secret`: 64 hex digits. */
export const pseudonymOf = (secret: string, accountId: string): string =>
  createHmac('sha256', Buffer.from(secret, 'hex')).update(accountId, 'utf8').digest('hex');

export class KvsPseudonymKeys implements PseudonymKeys {
  /** One round trip; a second call (or a concurrent one) keeps the first key. */
  async create(campaignId: string): Promise<void> {
    try {
      await kvs.setSecret(KEYS.pseudonymSecret(campaignId), randomBytes(32).toString('hex'), {
        keyPolicy: 'FAIL_IF_EXISTS',
      });
    } catch (error) {
      if (error instanceof ForgeKvsAPIError && error.responseDetails.status === 409) return;
      throw error;
    }
  }

  /** One round trip; idempotent (deleting a missing secret is not an error). */
  async destroy(campaignId: string): Promise<void> {
    await kvs.deleteSecret(KEYS.pseudonymSecret(campaignId));
  }

  /** One round trip. Undefined when the campaign has no key (not opened yet, or closed and destroyed). */
  async respondentKey(campaignId: string, accountId: string): Promise<string | undefined> {
    const secret = await kvs.getSecret<unknown>(KEYS.pseudonymSecret(campaignId));
    return isSecret(secret) ? pseudonymOf(secret, accountId) : undefined;
  }
}
