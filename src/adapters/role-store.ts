import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { rolesIn, type AppRole, type RoleSettings } from '../domain/campaign';
import type { RoleReader } from '../resolvers/ports';
import { conditionally, KEYS, type WriteOutcome } from './keys';
import { parseOrUndefined } from './records';

const roleSettingsSchema = z.object({
  admins: z.array(z.string()),
  team: z.array(z.string()),
  quality: z.array(z.string()),
  revision: z.number().int().min(0),
}) satisfies z.ZodType<RoleSettings>;

/** The app's roles, one KVS record `settings:roles`: read on every resolver call, so one round trip. */
export class KvsRoleStore implements RoleReader {
  async read(): Promise<RoleSettings | undefined> {
    return parseOrUndefined(roleSettingsSchema, await kvs.get(KEYS.roles));
  }

  async rolesOf(accountId: string): Promise<AppRole[]> {
    return rolesIn(await this.read(), accountId);
  }

  /** The first admin: only one bootstrap can ever win, whatever the concurrency (FAIL_IF_EXISTS). */
  create(settings: RoleSettings): Promise<WriteOutcome> {
    return conditionally(() => kvs.set(KEYS.roles, settings, { keyPolicy: 'FAIL_IF_EXISTS' }));
  }

  /**
   * Replaces the roles. Plain KVS keys have no conditional update, so two admins saving at the same time: the
   * last one wins (each write is a whole, valid record).
   */
  async replace(settings: RoleSettings): Promise<WriteOutcome> {
    await kvs.set(KEYS.roles, settings);
    return 'written';
  }
}
