/**
 * The page banner's weighings (issue 18, item 1): a closed campaign's audience is asked to weigh the plan's
 * candidate actions while the round is open, until their own ballot is in; nothing is left behind at the close.
 */
import { KvsReminderStore } from '../../src/adapters/reminders-store';
import { ADMIN_PAGE, BANNER_CONTEXT, macroContext } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { campaignId, planCalls } from './support/plan';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => {
  h.kvs.reset();
  // Mid-morning: minutes later is still the round's closing day whenever the suite runs.
  h.clock.set(Date.UTC(2026, 2, 2, 9));
});
afterEach(() => h.clock.reset());

const { later, seedClosed, addAction } = planCalls(() => h);
const banner = (who: string) => h.call(who, 'reminders/banner', {}, BANNER_CONTEXT);

/** A round open until 2026-03-09 on one candidate action; returns that action's id. */
async function openRound() {
  await seedClosed();
  const action = await addAction();
  const opened = await h.call(
    PEOPLE.grace,
    'weighing/open',
    { campaignId, closesOn: '2026-03-09' },
    ADMIN_PAGE,
  );
  expect(opened.result.ok).toBe(true);
  return action.id;
}
const weigh = (who: string, actionId: string) =>
  h.call(who, 'weighing/submit', { campaignId, points: { [actionId]: 100 } }, macroContext());

it('asks the audience to weigh from the day the round opens, on the survey’s page, and nobody else', async () => {
  await openRound();
  const alice = await banner(PEOPLE.alice);
  expect(alice.result.data.items).toEqual([
    expect.objectContaining({ kind: 'weighing', campaignId, closesOn: '2026-03-09', daysLeft: 7 }),
  ]);
  expect(alice.result.data.items[0]!.contentId).toEqual(expect.any(String));
  // Emma is not in the campaign's audience: nothing, for one round trip.
  const emma = await banner(PEOPLE.emma);
  expect(emma.result.data.items).toEqual([]);
  expect(emma.counts.storage).toBe(1);
});

it('is gone with the person’s ballot, and costs one round trip again', async () => {
  const actionId = await openRound();
  expect((await banner(PEOPLE.alice)).result.data.items).toHaveLength(1);
  expect((await weigh(PEOPLE.alice, actionId)).result.ok).toBe(true);
  const after = await banner(PEOPLE.alice);
  expect(after.result.data.items).toEqual([]);
  expect(after.counts.storage).toBe(1);
  // Bruno has not weighed: his stays.
  expect((await banner(PEOPLE.bruno)).result.data.items).toHaveLength(1);
});

it('never asks someone whose ballot is in, even if the item were written again', async () => {
  const actionId = await openRound();
  expect((await weigh(PEOPLE.alice, actionId)).result.ok).toBe(true);
  await h.asApp(() => new KvsReminderStore().invite(campaignId, [PEOPLE.alice], 'weighing'));
  expect((await banner(PEOPLE.alice)).result.data.items).toEqual([]);
  // The banner dropped the item it found untrue: the next view is one round trip.
  expect((await banner(PEOPLE.alice)).counts.storage).toBe(1);
});

it('leaves nothing behind when the team closes the round', async () => {
  await openRound();
  const close = await h.call(PEOPLE.grace, 'weighing/close', { campaignId }, ADMIN_PAGE);
  expect(close.result.ok).toBe(true);
  const bruno = await banner(PEOPLE.bruno);
  expect(bruno.result.data.items).toEqual([]);
  expect(bruno.counts.storage).toBe(1);
});

it('leaves nothing behind when the hourly job closes a round past its closing day', async () => {
  await openRound();
  later(8 * 24 * 60);
  await h.asApp(() => h.app.reconcileJiraPlans());
  const bruno = await banner(PEOPLE.bruno);
  expect(bruno.result.data.items).toEqual([]);
  expect(bruno.counts.storage).toBe(1);
});
