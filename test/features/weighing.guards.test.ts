/**
 * The weighing's state guards: a round opens once (on today or later, with candidates) and closes once; a ballot
 * before the round or after the closing day is refused even before the hourly job has closed the round; that
 * job's automatic close destroys the voter key, as a manual close, and touches no round still in its day or
 * closed already; a quality manager neither opens, closes nor weighs.
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
beforeEach(() => {
  h.kvs.reset();
  // Mid-morning: "an hour later" stays on the closing day whenever the suite runs (at 23:30 UTC it would not).
  h.clock.set(Date.UTC(2026, 2, 2, 9));
});
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

it('the hourly job leaves alone a round whose closing day is not over, a closed round, and a plan with no round', async () => {
  await seedClosed();
  const run = () => h.asApp(() => h.app.reconcileJiraPlans());
  // No round was ever opened: nothing to close.
  expect(await run()).toMatchObject({ roundsClosed: [] });
  const action = await addAction();
  const opened = await h.call(PEOPLE.grace, 'weighing/open', { campaignId, closesOn: today() }, ADMIN_PAGE);
  expect(opened.result.ok).toBe(true);
  later(60);
  // Still its closing day: open, its voter key kept, ballots taken.
  expect(await run()).toMatchObject({ roundsClosed: [] });
  expect(secrets()).toEqual([`pseudonym-key:${campaignId}.weighing`]);
  expect((await weigh(PEOPLE.alice, action.id)).result.ok).toBe(true);
  expect((await close()).result.ok).toBe(true);
  later(24 * 60 + 1);
  // Closed by the team already: not closed a second time.
  expect(await run()).toMatchObject({ roundsClosed: [] });
  const plan = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, ADMIN_PAGE);
  expect(plan.result.data.weighing).toMatchObject({ status: 'closed', ballots: 1 });
});

it('a ballot before any round is opened is refused, and writes nothing', async () => {
  await seedClosed();
  const action = await addAction();
  const before = h.snapshot();
  const early = await weigh(PEOPLE.alice, action.id);
  expect(early.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'weighing.notOpen' } });
  expect(h.snapshot()).toBe(before);
});

it('opens only on today or later, and only with candidates; nothing written otherwise', async () => {
  await seedClosed();
  const yesterday = new Date(h.clock.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const open = (closesOn: string) =>
    h.call(PEOPLE.grace, 'weighing/open', { campaignId, closesOn }, ADMIN_PAGE);
  const before = h.snapshot();
  expect((await open(today())).result).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', reason: 'weighing.noCandidates' },
  });
  expect(h.snapshot()).toBe(before);
  await addAction();
  const drafted = h.snapshot();
  const past = await open(yesterday);
  expect(past.result).toMatchObject({
    ok: false,
    error: {
      code: 'INVALID_PAYLOAD',
      reason: 'request.invalid',
      params: { key: 'weighing/open' },
      issues: [{ path: 'closesOn', reason: 'weighing.closesInPast' }],
    },
  });
  expect(h.snapshot()).toBe(drafted);
  expect((await open(today())).result).toMatchObject({ ok: true, data: { status: 'open' } });
});

it('a quality manager neither opens nor closes a round, nor weighs (not in the audience)', async () => {
  const action = await openRound();
  const before = h.snapshot();
  const asInes = (key: 'weighing/open' | 'weighing/close', extra = {}) =>
    h.call(PEOPLE.ines, key, { campaignId, ...extra }, ADMIN_PAGE);
  expect((await asInes('weighing/close')).result).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN', reason: 'forbidden.editPlan' },
  });
  expect((await asInes('weighing/open', { closesOn: today() })).result).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN', reason: 'forbidden.editPlan' },
  });
  expect((await weigh(PEOPLE.ines, action.id)).result).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN', reason: 'survey.notInAudience' },
  });
  expect(h.snapshot()).toBe(before);
});
