/**
 * Every due-date adjustment is kept: they are audit evidence. The action carries its latest ones; the log keeps
 * them all and plan/adjustments pages through it, one storage round trip a page.
 */
import { startBackend, type Backend } from '../helpers/backend';
import { ADMIN_PAGE, aCampaign, aModel } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';

let h: Backend;
beforeAll(async () => {
  h = await startBackend({ context: ADMIN_PAGE });
});
afterAll(() => h.close());

const campaignId = 'cmp-2026';
const COUNT = 130;

async function adjustedAction(): Promise<string> {
  h.kvs.reset();
  await h.seed({
    campaigns: [aCampaign({ status: 'closed', closedAt: Date.UTC(2026, 2, 1) })],
    models: [aModel()],
    roles: {},
  });
  const saved = await h.call(PEOPLE.grace, 'plan/saveAction', {
    campaignId,
    revision: 0,
    title: { 'en-US': 'Publish lead times' },
    description: { 'en-US': '' },
    criterionIds: [],
  });
  const id = saved.result.data.id;
  for (let i = 0; i < COUNT; i += 1) {
    const day = `2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const adjusted = await h.call(PEOPLE.grace, 'plan/adjust', {
      campaignId,
      actionId: id,
      revision: i + 1,
      dueDate: day,
      reason: `Reason ${i}`,
    });
    expect(adjusted.result.ok).toBe(true);
  }
  return id;
}

const pageFrom = (actionId: string, from: number) =>
  h.call(PEOPLE.ines, 'plan/adjustments', { campaignId, actionId, from });

it(`keeps all ${COUNT} adjustments of an action, in order, paged 25 at a time`, async () => {
  const actionId = await adjustedAction();
  const plan = (await h.call(PEOPLE.ines, 'plan/get', { campaignId })).result.data;
  const action = plan.actions[0]!;
  expect(action.adjustmentCount).toBe(COUNT);
  expect(action.adjustments.map((a) => a.reason).at(-1)).toBe(`Reason ${COUNT - 1}`);

  const reasons: string[] = [];
  let from: number | undefined = 0;
  let pages = 0;
  while (from !== undefined) {
    const { result, counts } = await pageFrom(actionId, from);
    expect(result.ok).toBe(true);
    // The campaign and roles (the access check), the action, one batch read of the log.
    expect(counts.storage).toBeLessThanOrEqual(4);
    reasons.push(...result.data.adjustments.map((a: { reason: string }) => a.reason));
    expect(result.data.total).toBe(COUNT);
    from = result.data.next;
    pages += 1;
  }
  expect(pages).toBe(Math.ceil(COUNT / 25));
  expect(reasons).toEqual(Array.from({ length: COUNT }, (_, i) => `Reason ${i}`));
  const first = (await h.call(PEOPLE.ines, 'plan/adjustments', { campaignId, actionId, from: 0 })).result
    .data;
  expect(first.adjustments[0]).toMatchObject({ previousDueDate: null, by: PEOPLE.grace });
}, 60_000);

it('answers an action of another campaign, or none, as missing', async () => {
  const { result } = await h.call(PEOPLE.ines, 'plan/adjustments', {
    campaignId,
    actionId: 'act-00000000000000ff',
    from: 0,
  });
  expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'plan.actionMissing' } });
});
