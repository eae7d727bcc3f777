/** The app's roles: admin, procurement team, quality manager; kept in app settings, keyed by account id. */
import type { DefinitionProblem } from '../common';

export type AppRole = 'admin' | 'team' | 'quality';

/** The app's roles as kept in app settings. */
export interface RoleSettings {
  admins: string[];
  team: string[];
  quality: string[];
  /** Every write increments it. */
  revision: number;
}

export function rolesIn(settings: RoleSettings | undefined, accountId: string): AppRole[] {
  if (!settings) return [];
  const roles: AppRole[] = [];
  if (settings.admins.includes(accountId)) roles.push('admin');
  if (settings.team.includes(accountId)) roles.push('team');
  if (settings.quality.includes(accountId)) roles.push('quality');
  return roles;
}

/**
 * The rule for changing roles: there is always an admin, and the caller cannot hand over the admin role to
 * people who are not admins yet while dropping their own (they could lock everybody out with a wrong account id):
 * removing oneself needs another current admin who stays admin.
 */
export function roleChangeProblem(
  current: RoleSettings,
  next: Pick<RoleSettings, 'admins'>,
  callerAccountId: string,
): DefinitionProblem | undefined {
  if (next.admins.length === 0) return { path: 'admins', reason: 'roles.noAdmin' };
  if (next.admins.includes(callerAccountId)) return undefined;
  const otherAdminStays = current.admins.some((id) => id !== callerAccountId && next.admins.includes(id));
  return otherAdminStays ? undefined : { path: 'admins', reason: 'roles.lastAdmin' };
}
