/**
 * The customers' commitments through the real routing: the plan's selected actions and where they stand, as the
 * survey macro shows them to the audience, without owners or internal details.
 */
import { ADMIN_PAGE, macroContext } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { campaignId, planCalls } from './support/plan';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());
afterEach(() => h.clock.reset());

const { seedClosed, addAction } = planCalls(() => h);

describe('commitments', () => {
  it('customers see the selected actions and where they stand, without owners or internal details', async () => {
    await seedClosed();
    const a = await addAction(PEOPLE.grace, { ownerAccountId: PEOPLE.grace, dueDate: '2030-06-30' });
    await addAction(PEOPLE.grace, { title: { 'en-US': 'Not selected' } });
    await h.call(
      PEOPLE.grace,
      'plan/select',
      { campaignId, actionId: a.id, revision: 1, selected: true },
      ADMIN_PAGE,
    );
    const seen = await h.call(PEOPLE.alice, 'commitments/get', { campaignId }, macroContext());
    expect(seen.result).toMatchObject({
      ok: true,
      data: {
        commitments: [
          {
            id: a.id,
            title: { 'en-US': 'Publish lead times per category' },
            status: 'planned',
            dueDate: '2030-06-30',
            overdue: false,
          },
        ],
        progress: { total: 1, done: 0, inProgress: 0, planned: 1, overdue: 0 },
      },
    });
    expect(JSON.stringify(seen.result.data)).not.toContain(PEOPLE.grace);
    // Once its date has passed, customers read it is late.
    h.clock.set(Date.parse('2030-07-01T08:00:00Z'));
    const later = await h.call(PEOPLE.alice, 'commitments/get', { campaignId }, macroContext());
    expect(later.result.data.commitments[0]).toMatchObject({ id: a.id, overdue: true });
    expect(later.result.data.progress.overdue).toBe(1);
    const outsider = await h.call(PEOPLE.emma, 'commitments/get', { campaignId }, macroContext());
    expect(outsider.result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
