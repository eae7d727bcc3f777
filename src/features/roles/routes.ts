import type { rolesContract } from '../../shared/contract/roles';
import type { RouteTable } from '../router';
import { bootstrapAdmin, getAccess } from './access';
import { getRoles, setRoles } from './roles';

export const rolesRoutes = {
  'admin/getAccess': { requires: 'signed-in', handle: getAccess },
  'admin/bootstrap': { requires: 'signed-in', handle: bootstrapAdmin },
  'admin/getRoles': { requires: { anyOf: ['admin'], refusal: 'forbidden.seeRoles' }, handle: getRoles },
  'admin/setRoles': { requires: { anyOf: ['admin'], refusal: 'forbidden.changeRoles' }, handle: setRoles },
} satisfies RouteTable<typeof rolesContract>;
