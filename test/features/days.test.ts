/**
 * A day enters the app through five fields (a campaign's opening and closing days, an action's due date, a date
 * adjustment, a weighing's closing day). Each takes real calendar days only: an impossible one gets a typed
 * INVALID_PAYLOAD naming the field and writes nothing. (A weighing closing on 2026-02-30 would never close.)
 */
import type { ResolverKey } from '../../src/shared/contract';
import { startBackend, type Backend } from '../helpers/backend';
import { aModel, ADMIN_PAGE } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';
import { campaignIn, CAMPAIGN_ID, KEY_CASES } from './support/access-matrix';

const IMPOSSIBLE = ['2026-02-30', '2026-13-45', '0000-00-00', '2025-02-29', '2026-04-31'];

type Case = [
  ResolverKey,
  'draft' | 'closed',
  string,
  (payload: Record<string, unknown>, day: string) => unknown,
];
const CASES: Case[] = [
  [
    'campaigns/save',
    'draft',
    'campaign.opensOn',
    (p, day) => ({ ...p, campaign: { ...(p.campaign as object), opensOn: day } }),
  ],
  [
    'campaigns/save',
    'draft',
    'campaign.closesOn',
    (p, day) => ({ ...p, campaign: { ...(p.campaign as object), closesOn: day } }),
  ],
  ['plan/saveAction', 'closed', 'dueDate', (p, day) => ({ ...p, dueDate: day })],
  ['plan/adjust', 'closed', 'dueDate', (p, day) => ({ ...p, dueDate: day })],
  ['weighing/open', 'closed', 'closesOn', (p, day) => ({ ...p, closesOn: day })],
];

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());

describe.each(CASES)('%s, %s campaign: %s', (key, state, field, withDay) => {
  beforeAll(async () => {
    h.kvs.reset();
    await h.seed({ campaigns: [campaignIn(state)], models: [aModel()], roles: {} });
  });

  it.each(IMPOSSIBLE)('refuses %s with the field at fault, writing nothing', async (day) => {
    const payload = withDay(KEY_CASES[key].payload(CAMPAIGN_ID) as Record<string, unknown>, day);
    const before = h.snapshot();
    const { result } = await h.call(PEOPLE.jean, key, payload, ADMIN_PAGE);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_PAYLOAD',
        issues: expect.arrayContaining([expect.objectContaining({ path: field, reason: 'field.day' })]),
      },
    });
    expect(h.snapshot()).toBe(before);
  });

  it('takes the 29th of February of a leap year', async () => {
    const payload = withDay(KEY_CASES[key].payload(CAMPAIGN_ID) as Record<string, unknown>, '2028-02-29');
    const { result } = await h.call(PEOPLE.jean, key, payload, ADMIN_PAGE);
    // Other rules may refuse the payload (a campaign closing before it opens), the day itself is not refused.
    expect(result.ok || (result.error.issues ?? []).every((i) => i.reason !== 'field.day')).toBe(true);
  });
});
