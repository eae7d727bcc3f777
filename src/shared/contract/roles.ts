/** Roles and access: who may use the app, and the first admin's set-up. */
import { z } from 'zod';
import type { AppRole } from '../../domain/roles';
import { LIMITS } from '../limits';
import { accountIdSchema, emptySchema, type UserRef } from './common';
import { endpoint } from './endpoint';

export const roleSchema = z.enum(['admin', 'team', 'quality']) satisfies z.ZodType<AppRole>;

export interface AccessView {
  accountId: string;
  roles: AppRole[];
  /** No admin exists yet and the caller is a Confluence administrator: they may claim the admin role. */
  canBootstrap: boolean;
}

export interface RolesView {
  admins: UserRef[];
  team: UserRef[];
  quality: UserRef[];
}

export const rolesContract = {
  'roles/getAccess': endpoint(emptySchema).returns<AccessView>(),
  'roles/bootstrap': endpoint(emptySchema).returns<AccessView>(),
  'roles/get': endpoint(emptySchema).returns<RolesView>(),
  'roles/set': endpoint(
    z
      .object({
        admins: z.array(accountIdSchema).min(1).max(LIMITS.admins),
        team: z.array(accountIdSchema).max(LIMITS.team),
        quality: z.array(accountIdSchema).max(LIMITS.quality),
      })
      .strict(),
  ).returns<RolesView>(),
} as const;
