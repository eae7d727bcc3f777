import { kvs } from '@forge/kvs';
import type { RoleSettings } from '../domain/roles';
import type { WriteOutcome } from '../ports/storage';
import type { RoleStore } from '../ports/roles';
import { conditionally } from './conditional';
import { KEYS } from './keys';
import { readRecord } from './records/record';
import { fromRolesRecord, ROLES_RECORD, toRolesRecord } from './records/roles';

/** The app's roles, one KVS record `settings:roles`: read at most once per invocation (see the router). */
export class KvsRoleStore implements RoleStore {
  async read(): Promise<RoleSettings | undefined> {
    const record = readRecord(ROLES_RECORD, KEYS.roles, await kvs.get(KEYS.roles));
    return record && fromRolesRecord(record);
  }

  /** The first admin: only one bootstrap can ever win, whatever the concurrency (FAIL_IF_EXISTS). */
  create(settings: RoleSettings): Promise<WriteOutcome> {
    return conditionally(() => kvs.set(KEYS.roles, toRolesRecord(settings), { keyPolicy: 'FAIL_IF_EXISTS' }));
  }

  /**
   * Replaces the roles. Plain KVS keys have no conditional update, so two admins saving at the same time: the
   * last one wins (each write is a whole, valid record).
   */
  async replace(settings: RoleSettings): Promise<WriteOutcome> {
    await kvs.set(KEYS.roles, toRolesRecord(settings));
    return 'written';
  }
}
