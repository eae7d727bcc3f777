/** The people directory (Confluence users), for pickers. */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { accountIdSchema, type UserRef } from './common';
import { endpoint } from './endpoint';

export const directoryContract = {
  'directory/search': endpoint(
    z.object({ query: z.string().trim().min(1).max(LIMITS.userQuery) }).strict(),
  ).returns<UserRef[]>(),
  'directory/users': endpoint(
    z.object({ accountIds: z.array(accountIdSchema).max(LIMITS.usersPerLookup) }).strict(),
  ).returns<UserRef[]>(),
} as const;
