/**
 * The weighing's state guards: a round opens once and closes once; a ballot after the closing day is refused even
 * before the hourly job has closed the round; that job's automatic close destroys the voter key, as a manual close.
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

const { later, today, seedClosed, addAction } = planCalls(() => h);

async function openRound() {
  await seedClosed();
  const action = await addAction();
  const opened = await h.call(PEOPLE.grace, 'weighing/open', { campaignId, closesOn: today() }, ADMIN_PAGE);
  expect(opened.result).toMatchObject({ ok: true, data: { status: 'open' } });
  return action;
}

const weigh = (who: string, actionId: string) =>
  h.call(who, 'weighing/submit', { campaignId, points: { [actionId]: 100 } }, macroContext());
const close = () => h.call(PEOPLE.grace, 'weighing/close', { campaignId }, ADMIN_PAGE);
const secrets = () => h.dump().secrets.map((s) => s.key);

it('opens once: a second opening, of an open or a closed round, is refused and writes nothing', async () => {
  await openRound();
  const before = h.snapshot();
  const again = await h.call(PEOPLE.grace, 'weighing/open', { campaignId, closesOn: today() }, ADMIN_PAGE);
  expect(again.result).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', reason: 'weighing.alreadyOpen' },
  });
  expect(h.snapshot()).toBe(before);
  expect((await close()).result.ok).toBe(true);
  const closedBefore = h.snapshot();
  const reopen = await h.call(PEOPLE.grace, 'weighing/open', { campaignId, closesOn: today() }, ADMIN_PAGE);
  expect(reopen.result).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', reason: 'weighing.alreadyOpen', params: { status: 'closed' } },
  });
  expect(h.snapshot()).toBe(closedBefore);
});

it('closes once: a second close is refused and writes nothing', async () => {
  await openRound();
  expect((await close()).result.ok).toBe(true);
  const before = h.snapshot();
  const twice = await close();
  expect(twice.result).toMatchObject({ ok: false, error: { reason: 'weighing.notOpen' } });
  expect(h.snapshot()).toBe(before);
});

it('refuses a ballot after the closing day, before the hourly job has closed the round', async () => {
  const action = await openRound();
  expect((await weigh(PEOPLE.alice, action.id)).result.ok).toBe(true);
  later(24 * 60 + 1);
  const before = h.snapshot();
  const late = await weigh(PEOPLE.bruno, action.id);
  expect(late.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'weighing.notOpen' } });
  expect(h.snapshot()).toBe(before);
});

it('the hourly job closes a round past its day and destroys the voter key', async () => {
  const action = await openRound();
  expect((await weigh(PEOPLE.alice, action.id)).result.ok).toBe(true);
  expect(secrets()).toEqual([`pseudonym-key:${campaignId}.weighing`]);
  later(24 * 60 + 1);
  const run = await h.asApp(() => h.app.reconcileJiraPlans());
  expect(run).toMatchObject({ roundsClosed: [campaignId] });
  expect(secrets()).toEqual([]);
  const plan = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, ADMIN_PAGE);
  expect(plan.result.data.weighing).toMatchObject({ status: 'closed', ballots: 1 });
});
