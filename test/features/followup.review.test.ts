/**
 * followup/review, a write: recording a review freezes the plan's selected actions with the reviewer's comment; the
 * follow-up lists it; bad input and refused callers get a typed error and write nothing.
 */
import { startBackend, type Backend } from '../helpers/backend';
import { aCampaign, aModel } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(async () => {
  h.kvs.reset();
  await h.seed({
    campaigns: [aCampaign({ status: 'closed', closedAt: Date.UTC(2026, 2, 1) })],
    models: [aModel()],
    roles: {},
  });
});

const campaignId = 'cmp-2026';
const adminPage = { moduleKey: 'admin-page', locale: 'en-US' };

async function selectedAction(title: string): Promise<string> {
  const saved = await h.call(
    PEOPLE.grace,
    'plan/saveAction',
    {
      campaignId,
      revision: 0,
      title: { 'en-US': title },
      description: { 'en-US': 'What we will do.' },
      criterionIds: ['sourcing-lead'],
    },
    adminPage,
  );
  expect(saved.result.ok).toBe(true);
  const selected = await h.call(
    PEOPLE.grace,
    'plan/select',
    { campaignId, actionId: saved.result.data.id, revision: 1, selected: true },
    adminPage,
  );
  expect(selected.result.ok).toBe(true);
  return saved.result.data.id;
}

describe('followup/review', () => {
  it('freezes the selected actions with the comment, and the follow-up lists the review', async () => {
    const id = await selectedAction('Publish lead times');
    await h.call(
      PEOPLE.grace,
      'plan/saveAction',
      {
        campaignId,
        revision: 0,
        title: { 'en-US': 'Not selected' },
        description: { 'en-US': 'Left aside.' },
        criterionIds: [],
      },
      adminPage,
    );
    const recorded = await h.call(
      PEOPLE.jean,
      'followup/review',
      { campaignId, comment: 'Half-year review' },
      adminPage,
    );
    expect(recorded.result).toMatchObject({
      ok: true,
      data: {
        comment: 'Half-year review',
        by: { accountId: PEOPLE.jean },
        actions: [{ id, title: { 'en-US': 'Publish lead times' }, overdue: false }],
      },
    });
    expect(recorded.result.data.actions).toHaveLength(1);

    const followUp = await h.call(PEOPLE.ines, 'followup/get', { campaignId }, adminPage);
    expect(followUp.result.ok).toBe(true);
    expect(followUp.result.data.reviews).toEqual([recorded.result.data]);
  });

  it.each([
    ['an empty comment', { campaignId, comment: '' }],
    ['a comment past the limit', { campaignId, comment: 'x'.repeat(100_000) }],
    ['an unknown field', { campaignId, comment: 'Review', at: 0 }],
  ])('refuses %s with INVALID_PAYLOAD and writes nothing', async (_name, payload) => {
    const before = h.snapshot();
    const refused = await h.call(PEOPLE.jean, 'followup/review', payload, adminPage);
    expect(refused.result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(h.snapshot()).toBe(before);
  });

  it('is recorded by a quality manager too: a review is evidence for the management review', async () => {
    await selectedAction('Publish lead times');
    const recorded = await h.call(
      PEOPLE.ines,
      'followup/review',
      { campaignId, comment: 'Audit prep' },
      adminPage,
    );
    expect(recorded.result).toMatchObject({ ok: true, data: { by: { accountId: PEOPLE.ines } } });
    const followUp = await h.call(PEOPLE.grace, 'followup/get', { campaignId }, adminPage);
    expect(followUp.result.data.reviews.map((r) => r.comment)).toEqual(['Audit prep']);
  });

  it.each([
    ['a customer', PEOPLE.alice, 'NOT_FOUND'],
    ['a buyer of another campaign', PEOPLE.hugo, 'NOT_FOUND'],
  ])('refuses %s and writes nothing', async (_name, who, code) => {
    if (who === PEOPLE.hugo) {
      h.kvs.reset();
      await h.seed({
        campaigns: [
          aCampaign({
            status: 'closed',
            closedAt: Date.UTC(2026, 2, 1),
            team: [{ accountId: PEOPLE.grace, portfolio: { departments: ['engineering'], people: [] } }],
          }),
        ],
        models: [aModel()],
        roles: {},
      });
    }
    const before = h.snapshot();
    const refused = await h.call(who, 'followup/review', { campaignId, comment: 'Review' }, adminPage);
    expect(refused.result).toMatchObject({ ok: false, error: { code } });
    expect(h.snapshot()).toBe(before);
  });
});
