/** roles/get and roles/set: who is admin, procurement team and quality manager. */
import { roleChangeProblem, type RoleSettings } from '../../domain/roles';
import { unique } from '../../domain/common';
import type { Ports } from '../../ports';
import type { RolesView } from '../../shared/contract/roles';
import { fail, isFailure, issue, ok, type Result } from '../../shared/result';
import { knownUsers, peopleOf } from '../common';
import type { Request } from '../router';

async function rolesView(ports: Pick<Ports, 'confluence'>, settings: RoleSettings): Promise<RolesView> {
  const ref = await peopleOf(ports, [...settings.admins, ...settings.team, ...settings.quality]);
  return {
    admins: settings.admins.map(ref),
    team: settings.team.map(ref),
    quality: settings.quality.map(ref),
  };
}

export async function getRoles({ access }: Request<'roles/get'>, ports: Ports): Promise<Result<RolesView>> {
  const { settings } = await access();
  // The route requires the admin role, so settings exist.
  return settings ? ok(await rolesView(ports, settings)) : fail('FORBIDDEN', 'forbidden.seeRoles');
}

export async function setRoles(
  { payload, accountId, access }: Request<'roles/set'>,
  ports: Ports,
): Promise<Result<RolesView>> {
  const { settings: current } = await access();
  if (!current) return fail('FORBIDDEN', 'forbidden.changeRoles');
  const next: RoleSettings = {
    admins: unique(payload.admins),
    team: unique(payload.team),
    quality: unique(payload.quality),
    revision: current.revision + 1,
  };
  const problem = roleChangeProblem(current, next, accountId);
  if (problem)
    return fail('INVALID_PAYLOAD', problem.reason, undefined, [issue(problem.path, problem.reason)]);
  // Roles go to real people only: every account id must be known to Confluence.
  const everyone = unique([...next.admins, ...next.team, ...next.quality]);
  const known = await knownUsers(ports, everyone);
  if (isFailure(known)) return known;
  const unknown = everyone.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    return fail(
      'INVALID_PAYLOAD',
      'users.unknown',
      undefined,
      unknown.slice(0, 20).map((id) => issue('accountIds', 'user.unknown', { accountId: id })),
    );
  }
  await ports.roles.replace(next);
  const ref = (id: string) => known.get(id) ?? { accountId: id, displayName: id };
  return ok({ admins: next.admins.map(ref), team: next.team.map(ref), quality: next.quality.map(ref) });
}
