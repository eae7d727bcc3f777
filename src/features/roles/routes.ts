import type { rolesContract } from '../../shared/contract/roles';
import type { RouteTable } from '../router';
import { bootstrapAdmin, getAccess } from './access';
import { getRoles, setRoles } from './roles';

export const rolesRoutes = {
  'roles/getAccess': { requires: 'signed-in', handle: getAccess },
  'roles/bootstrap': { requires: 'signed-in', handle: bootstrapAdmin },
  'roles/get': { requires: { anyOf: ['admin'], refusal: 'forbidden.seeRoles' }, handle: getRoles },
  'roles/set': { requires: { anyOf: ['admin'], refusal: 'forbidden.changeRoles' }, handle: setRoles },
} satisfies RouteTable<typeof rolesContract>;
