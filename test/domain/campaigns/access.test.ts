/**
 * The campaign policy's decision as its callers read it: allowed (with the standing), not entitled, or refused
 * with the reason. The matrix (test/features/access.matrix.test.ts) covers every key through the handlers; this
 * pins the shape of each outcome.
 */
import { fromCampaignRecord } from '../../../src/adapters/records/campaign';
import { decide, standingOf } from '../../../src/domain/campaigns/access';
import { aCampaign } from '../../helpers/builders';
import { PEOPLE } from '../../helpers/people';

const closed = fromCampaignRecord(aCampaign({ status: 'closed', closedAt: Date.UTC(2026, 2, 1) }));
const open = fromCampaignRecord(aCampaign());

it('allows the campaign’s buyer to edit its closed plan, with their standing', () => {
  const standing = standingOf(closed, ['team'], PEOPLE.grace);
  expect(decide('editPlan', closed, standing)).toEqual({ kind: 'allowed', standing });
  expect(standing).toMatchObject({ team: true, admin: false, quality: false });
});

it('refuses with the reason those who are entitled, and says nothing to the others', () => {
  expect(decide('editPlan', open, standingOf(open, ['team'], PEOPLE.grace))).toEqual({
    kind: 'refused',
    reason: 'plan.notClosed',
  });
  expect(decide('editPlan', closed, standingOf(closed, ['quality'], PEOPLE.ines))).toEqual({
    kind: 'refused',
    reason: 'forbidden.editPlan',
  });
  expect(decide('readPlan', closed, standingOf(closed, [], PEOPLE.emma))).toEqual({ kind: 'not-entitled' });
});
