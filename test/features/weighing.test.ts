/**
 * The customers' weighing of the plan's candidate actions through the real routing: from the bound survey macro,
 * for the audience, 100 points split, ballots under pseudonyms only, values shown once closed, settled and above
 * the minimum group size, and the candidates frozen meanwhile.
 */
import { ADMIN_PAGE, macroContext } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { campaignId, draft, planCalls } from './support/plan';

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

const { later, today, seedClosed, addAction } = planCalls(() => h);

describe('the customers’ weighing', () => {
  /** The audience of aCampaign(): Alice, Farid (Engineering), Bruno, Chloé, David. */
  const VOTERS = [PEOPLE.alice, PEOPLE.farid, PEOPLE.bruno, PEOPLE.chloe, PEOPLE.david];

  async function openRound() {
    await seedClosed();
    const a = await addAction();
    const b = await addAction(PEOPLE.grace, {
      title: { 'en-US': 'Name a buyer per site' },
      criterionIds: ['service-reachable'],
    });
    const opened = await h.call(PEOPLE.grace, 'weighing/open', { campaignId, closesOn: today() }, ADMIN_PAGE);
    expect(opened.result).toMatchObject({ ok: true, data: { status: 'open', ballots: 0, suppressed: true } });
    return [a, b] as const;
  }

  const weigh = (who: string, points: Record<string, unknown>, context = macroContext()) =>
    h.call(who, 'weighing/submit', { campaignId, points }, context);

  it('customers split 100 points from the survey macro; the values show once closed and settled', async () => {
    const [a, b] = await openRound();
    const split = [
      [70, 30],
      [50, 50],
      [100, 0],
      [20, 80],
      [60, 40],
    ];
    for (const [i, who] of VOTERS.entries()) {
      const answer = await weigh(who, { [a.id]: split[i]![0], [b.id]: split[i]![1] });
      expect(answer.result).toMatchObject({ ok: true, data: { status: 'open' } });
    }
    const mine = await h.call(PEOPLE.alice, 'weighing/get', { campaignId }, macroContext());
    expect(mine.result.data.myBallot).toEqual({ [a.id]: 70, [b.id]: 30 });
    const whileOpen = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, ADMIN_PAGE);
    expect(whileOpen.result.data.weighing).toMatchObject({
      status: 'open',
      ballots: 5,
      suppressed: true,
      values: {},
    });
    const close = await h.call(PEOPLE.grace, 'weighing/close', { campaignId }, ADMIN_PAGE);
    expect(close.result).toMatchObject({ ok: true, data: { status: 'closed', suppressed: true } });
    later(11);
    const settled = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, ADMIN_PAGE);
    // a: (70 + 50 + 100 + 20 + 60) / 5 = 60; b: (30 + 50 + 0 + 80 + 40) / 5 = 40.
    expect(settled.result.data.weighing).toMatchObject({
      status: 'closed',
      ballots: 5,
      suppressed: false,
      values: {
        [a.id]: { value: 60, voters: 5, supporters: 5, rank: 1 },
        [b.id]: { value: 40, voters: 5, supporters: 4, rank: 2 },
      },
    });
    const late = await weigh(PEOPLE.alice, { [a.id]: 100 });
    expect(late.result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'weighing.notOpen' },
    });
  });

  it('keeps ballots under pseudonyms only, and destroys the voter key at the close', async () => {
    const [a] = await openRound();
    await weigh(PEOPLE.alice, { [a.id]: 100 });
    const stored = JSON.stringify(h.dump().entities.filter((e) => e.entityName === 'ballot'));
    expect(stored).toContain('"points"');
    for (const person of Object.values(PEOPLE)) expect(stored).not.toContain(person);
    expect(h.dump().secrets.map((s) => s.key)).toEqual([`pseudonym-key:${campaignId}.weighing`]);
    await h.call(PEOPLE.grace, 'weighing/close', { campaignId }, ADMIN_PAGE);
    expect(h.dump().secrets).toEqual([]);
  });

  it('hides the values below the minimum group size', async () => {
    const [a, b] = await openRound();
    for (const who of VOTERS.slice(0, 4)) await weigh(who, { [a.id]: 50, [b.id]: 50 });
    await h.call(PEOPLE.grace, 'weighing/close', { campaignId }, ADMIN_PAGE);
    later(11);
    const plan = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, ADMIN_PAGE);
    expect(plan.result.data.weighing).toEqual({
      status: 'closed',
      closesOn: today(),
      ballots: 4,
      candidateIds: [a.id, b.id],
      minimumGroup: 5,
      suppressed: true,
      values: {},
    });
  });

  it('refuses a bad ballot with the field at fault and writes nothing', async () => {
    const [a, b] = await openRound();
    const before = h.snapshot();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ [a.id]: 60, [b.id]: 30 }, 'points', 'weighing.total'],
      [{ [a.id]: 110, [b.id]: -10 }, `points.${b.id}`, 'weighing.points'],
      [{ [a.id]: 99.5, [b.id]: 0.5 }, `points.${a.id}`, 'weighing.points'],
      [{ 'act-ffffffffffffffff': 100 }, 'points.act-ffffffffffffffff', 'weighing.unknownAction'],
      [{}, 'points', 'weighing.empty'],
    ];
    for (const [points, path, reason] of cases) {
      const answer = await weigh(PEOPLE.alice, points);
      expect(answer.result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
      expect(answer.result.error.issues).toEqual(
        expect.arrayContaining([expect.objectContaining({ path, reason })]),
      );
    }
    const typed = await weigh(PEOPLE.alice, { [a.id]: '100' });
    expect(typed.result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    const forged = await weigh(PEOPLE.alice, { 'not-an-action': 100 });
    expect(forged.result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(h.snapshot()).toBe(before);
  });

  it('is for the audience, from the bound survey macro only', async () => {
    const [a] = await openRound();
    const before = h.snapshot();
    expect((await weigh(PEOPLE.emma, { [a.id]: 100 })).result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await weigh(PEOPLE.grace, { [a.id]: 100 })).result).toMatchObject({
      ok: false,
      error: { reason: 'survey.notInAudience' },
    });
    const elsewhere = await weigh(PEOPLE.alice, { [a.id]: 100 }, macroContext({ localId: 'another-macro' }));
    expect(elsewhere.result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'survey.otherPage' },
    });
    expect(h.snapshot()).toBe(before);
  });

  it('freezes the candidates while customers weigh them, and the plan says which they are', async () => {
    const [a, b] = await openRound();
    const late = await addAction(PEOPLE.grace, { title: { 'en-US': 'Drafted after the opening' } });
    const plan = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, ADMIN_PAGE);
    expect(plan.result.data.weighing.candidateIds).toEqual([a.id, b.id]);
    expect(plan.result.data.weighing.candidateIds).not.toContain(late.id);
    const edit = await h.call(
      PEOPLE.grace,
      'plan/saveAction',
      draft({ actionId: a.id, revision: 1, title: { 'en-US': 'Changed' } }),
      ADMIN_PAGE,
    );
    expect(edit.result).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'plan.inWeighing' } });
    const remove = await h.call(
      PEOPLE.grace,
      'plan/deleteAction',
      { campaignId, actionId: a.id, revision: 1 },
      ADMIN_PAGE,
    );
    expect(remove.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'plan.inWeighing' },
    });
  });
});
