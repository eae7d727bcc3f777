import type { RoleSettings } from '../domain/roles';
import type { WriteOutcome } from './storage';

/** The app's roles, kept in app settings by account id (never taken from a payload). */
export interface RoleStore {
  read(): Promise<RoleSettings | undefined>;
  /** Only if no roles record exists yet. */
  create(settings: RoleSettings): Promise<WriteOutcome>;
  replace(settings: RoleSettings): Promise<WriteOutcome>;
}
