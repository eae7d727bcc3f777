/** The people directory for pickers: admins and the procurement team, as the calling user. */
import type { Ports } from '../../ports';
import type { UserRef } from '../../shared/contract/common';
import type { directoryContract } from '../../shared/contract/directory';
import type { Result } from '../../shared/result';
import type { Request, RouteTable } from '../router';

export const searchPeople = (
  { payload }: Request<'directory/search'>,
  ports: Ports,
): Promise<Result<UserRef[]>> => ports.confluence.searchUsers(payload.query);

export const lookUpPeople = (
  { payload }: Request<'directory/users'>,
  ports: Ports,
): Promise<Result<UserRef[]>> => ports.confluence.users(payload.accountIds);

export const directoryRoutes = {
  'directory/search': {
    requires: { anyOf: ['admin', 'team'], refusal: 'forbidden.searchPeople' },
    handle: searchPeople,
  },
  // Quality managers read campaigns too: they may put names on the account ids they see (not search people).
  'directory/users': {
    requires: { anyOf: ['admin', 'team', 'quality'], refusal: 'forbidden.lookUpPeople' },
    handle: lookUpPeople,
  },
} satisfies RouteTable<typeof directoryContract>;
