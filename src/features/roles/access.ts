/** roles/getAccess and roles/bootstrap: the caller's roles, and the first admin's set-up on a new install. */
import type { Ports } from '../../ports';
import type { AccessView } from '../../shared/contract/roles';
import { fail, ok, type Result } from '../../shared/result';
import type { Request } from '../router';

export async function getAccess(
  { accountId, access }: Request<'roles/getAccess'>,
  ports: Ports,
): Promise<Result<AccessView>> {
  const { settings, roles } = await access();
  let canBootstrap = false;
  if (!settings) {
    const admin = await ports.confluence.isSiteAdmin();
    canBootstrap = admin.ok && admin.data;
  }
  return ok({ accountId, roles, canBootstrap });
}

/** Only a Confluence site administrator, and only once: the roles record is created if absent. */
export async function bootstrapAdmin(
  { accountId, access }: Request<'roles/bootstrap'>,
  ports: Ports,
): Promise<Result<AccessView>> {
  if ((await access()).settings) return fail('CONFLICT', 'roles.adminExists');
  const admin = await ports.confluence.isSiteAdmin();
  if (!admin.ok) return admin;
  if (!admin.data) return fail('FORBIDDEN', 'forbidden.bootstrap');
  const created = await ports.roles.create({ admins: [accountId], team: [], quality: [], revision: 1 });
  if (created === 'conflict') return fail('CONFLICT', 'roles.adminExists');
  return ok({ accountId, roles: ['admin'], canBootstrap: false });
}
