/** The reminders' keys: every signed-in person reads and dismisses their own banner; buyers remind. */
import type { remindersContract } from '../../shared/contract/reminders';
import type { RouteTable } from '../router';
import { dismissBanner, getBanner } from './banner';
import { remind } from './remind';

export const remindersRoutes = {
  'reminders/banner': { requires: 'signed-in', handle: getBanner },
  'reminders/dismiss': { requires: 'signed-in', handle: dismissBanner },
  'reminders/remind': { requires: { anyOf: ['team'], refusal: 'reminders.forTeam' }, handle: remind },
} satisfies RouteTable<typeof remindersContract>;
