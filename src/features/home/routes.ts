/** The home feed's key: every signed-in person reads their own feed. */
import type { homeContract } from '../../shared/contract/home';
import type { RouteTable } from '../router';
import { getHomeFeed } from './feed';

export const homeRoutes = {
  'home/feed': { requires: 'signed-in', handle: getHomeFeed },
} satisfies RouteTable<typeof homeContract>;
