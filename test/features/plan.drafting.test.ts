/**
 * The improvement plan through the real routing, without Jira: who drafts and reads it, bad input, the
 * customers' weighing (binding, audience, the 100 points, pseudonymous ballots, values only once settled) and the
 * customers' commitments.
 */
import { aCampaign, aModel, macroContext } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());
afterEach(() => h.clock.reset());

/** Moves the app's clock `minutes` further on. */
const later = (minutes: number) => h.clock.advance(minutes * 60 * 1000);

const campaignId = 'cmp-2026';
const adminPage = { moduleKey: 'admin-page', locale: 'en-US' };
const today = () => new Date(h.clock.now()).toISOString().slice(0, 10);
const closed = (overrides: Parameters<typeof aCampaign>[0] = {}) =>
  aCampaign({ status: 'closed', closedAt: Date.UTC(2026, 2, 1), ...overrides });

async function seedClosed(overrides: Parameters<typeof aCampaign>[0] = {}) {
  await h.seed({ campaigns: [closed(overrides)], models: [aModel()], roles: {} });
}

const draft = (overrides: Record<string, unknown> = {}) => ({
  campaignId,
  revision: 0,
  title: 'Publish lead times per category',
  description: 'Share the expected lead time of each category.',
  criterionIds: ['sourcing-lead'],
  ...overrides,
});

async function addAction(who: string = PEOPLE.grace, overrides: Record<string, unknown> = {}) {
  const saved = await h.call(who, 'plan/saveAction', draft(overrides), adminPage);
  expect(saved.result.ok).toBe(true);
  return saved.result.data;
}

const actions = () => h.dump().entities.filter((e) => e.entityName === 'action');

describe('who drafts and reads the plan', () => {
  it('the campaign’s team and admins edit, quality managers read, everyone else learns nothing', async () => {
    await seedClosed();
    const view = async (who: string) => (await h.call(who, 'plan/get', { campaignId }, adminPage)).result;
    for (const who of [PEOPLE.jean, PEOPLE.grace, PEOPLE.hugo]) {
      expect(await view(who)).toMatchObject({ ok: true, data: { canEdit: true } });
    }
    expect(await view(PEOPLE.ines)).toMatchObject({ ok: true, data: { canEdit: false } });
    const none = await h.call(PEOPLE.alice, 'plan/get', { campaignId: 'cmp-none' }, adminPage);
    for (const who of [PEOPLE.alice, PEOPLE.emma]) {
      const refused = await view(who);
      expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'campaign.missing' } });
      expect(refused).toEqual(none.result);
    }
    const saved = await h.call(PEOPLE.ines, 'plan/saveAction', draft(), adminPage);
    expect(saved.result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'forbidden.editPlan' },
    });
    expect(actions()).toHaveLength(0);
  });

  it('a buyer of another campaign, or who lost the team role, cannot edit this one', async () => {
    await h.seed({
      campaigns: [closed({ team: [{ accountId: PEOPLE.hugo, portfolio: { departments: [], people: [] } }] })],
      models: [aModel()],
      roles: { team: [PEOPLE.hugo] },
    });
    for (const who of [PEOPLE.grace]) {
      const saved = await h.call(who, 'plan/saveAction', draft(), adminPage);
      expect(saved.result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(actions()).toHaveLength(0);
  });

  it('says results are being prepared, not "nothing stands out", in the minutes after the close', async () => {
    await seedClosed({ closedAt: h.clock.now() });
    const plan = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, adminPage);
    expect(plan.result).toMatchObject({ ok: true, data: { resultsPreparing: true, suggestions: [] } });
    later(11);
    const settled = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, adminPage);
    expect(settled.result).toMatchObject({ ok: true, data: { resultsPreparing: false } });
  });

  it('starts once the campaign is closed', async () => {
    await h.seed({ campaigns: [aCampaign()], models: [aModel()], roles: {} });
    const open = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, adminPage);
    expect(open.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'plan.notClosed' } });
  });
});

describe('drafting actions', () => {
  it('saves, edits at the revision read, selects and deletes', async () => {
    await seedClosed();
    const created = await addAction();
    expect(created).toMatchObject({ title: 'Publish lead times per category', selected: false, revision: 1 });
    expect(created.id).toMatch(/^act-[a-f0-9]{16}$/);
    const edited = await h.call(
      PEOPLE.hugo,
      'plan/saveAction',
      draft({ actionId: created.id, revision: 1, title: 'Publish lead times', dueDate: '2026-06-30' }),
      adminPage,
    );
    expect(edited.result).toMatchObject({
      ok: true,
      data: { title: 'Publish lead times', dueDate: '2026-06-30', revision: 2 },
    });
    const stale = await h.call(
      PEOPLE.grace,
      'plan/saveAction',
      draft({ actionId: created.id, revision: 1 }),
      adminPage,
    );
    expect(stale.result).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'plan.stale' } });
    const selected = await h.call(
      PEOPLE.grace,
      'plan/select',
      { campaignId, actionId: created.id, revision: 2, selected: true },
      adminPage,
    );
    expect(selected.result).toMatchObject({ ok: true, data: { selected: true, revision: 3 } });
    const plan = await h.call(PEOPLE.ines, 'plan/get', { campaignId }, adminPage);
    expect(plan.result.data.progress).toMatchObject({ selected: 1, created: 0 });
    const deleted = await h.call(
      PEOPLE.grace,
      'plan/deleteAction',
      { campaignId, actionId: created.id, revision: 3 },
      adminPage,
    );
    expect(deleted.result).toEqual({ ok: true, data: { deleted: true } });
    expect(actions()).toHaveLength(0);
  });

  it('refuses bad input with a typed error and writes nothing', async () => {
    await seedClosed();
    const before = h.snapshot();
    const cases: [Record<string, unknown>, string][] = [
      [draft({ criterionIds: ['not-a-criterion'] }), 'criterionIds.0'],
      [draft({ title: '' }), 'title'],
      [draft({ title: 'x'.repeat(201) }), 'title'],
      [draft({ dueDate: '31/12/2026' }), 'dueDate'],
      [draft({ ownerAccountId: '<script>' }), 'ownerAccountId'],
      [draft({ actionId: '../../etc' }), 'actionId'],
      [draft({ revision: -1 }), 'revision'],
      [draft({ extra: true }), '(payload)'],
      [draft({ campaignId: 'cmp 2026' }), 'campaignId'],
    ];
    for (const [payload, path] of cases) {
      const saved = await h.call(PEOPLE.grace, 'plan/saveAction', payload, adminPage);
      expect(saved.result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
      expect(saved.result.error.issues.map((i) => i.path)).toContain(path);
    }
    expect(h.snapshot()).toBe(before);
  });

  it('an action id of another campaign is no action of this one', async () => {
    await h.seed({
      campaigns: [closed(), closed({ id: 'cmp-2025', period: '2025' })],
      models: [aModel()],
      roles: {},
    });
    const other = await addAction(PEOPLE.grace, { campaignId: 'cmp-2025' });
    for (const key of ['plan/select', 'plan/deleteAction'] as const) {
      const payload = {
        campaignId,
        actionId: other.id,
        revision: 1,
        ...(key === 'plan/select' ? { selected: true } : {}),
      };
      const answer = await h.call(PEOPLE.grace, key, payload, adminPage);
      expect(answer.result).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', reason: 'plan.actionMissing' },
      });
    }
    expect(actions().map((e) => (e.value as { revision: number }).revision)).toEqual([1]);
  });
});

describe('the customers’ weighing', () => {
  /** The audience of aCampaign(): Alice, Farid (Engineering), Bruno, Chloé, David. */
  const VOTERS = [PEOPLE.alice, PEOPLE.farid, PEOPLE.bruno, PEOPLE.chloe, PEOPLE.david];

  async function openRound() {
    await seedClosed();
    const a = await addAction();
    const b = await addAction(PEOPLE.grace, {
      title: 'Name a buyer per site',
      criterionIds: ['service-reachable'],
    });
    const opened = await h.call(PEOPLE.grace, 'weighing/open', { campaignId, closesOn: today() }, adminPage);
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
    const whileOpen = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, adminPage);
    expect(whileOpen.result.data.weighing).toMatchObject({
      status: 'open',
      ballots: 5,
      suppressed: true,
      values: {},
    });
    const close = await h.call(PEOPLE.grace, 'weighing/close', { campaignId }, adminPage);
    expect(close.result).toMatchObject({ ok: true, data: { status: 'closed', suppressed: true } });
    later(11);
    const settled = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, adminPage);
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
    await h.call(PEOPLE.grace, 'weighing/close', { campaignId }, adminPage);
    expect(h.dump().secrets).toEqual([]);
  });

  it('hides the values below the minimum group size', async () => {
    const [a, b] = await openRound();
    for (const who of VOTERS.slice(0, 4)) await weigh(who, { [a.id]: 50, [b.id]: 50 });
    await h.call(PEOPLE.grace, 'weighing/close', { campaignId }, adminPage);
    later(11);
    const plan = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, adminPage);
    expect(plan.result.data.weighing).toEqual({
      status: 'closed',
      closesOn: today(),
      ballots: 4,
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

  it('freezes the candidates while customers weigh them', async () => {
    const [a] = await openRound();
    const edit = await h.call(
      PEOPLE.grace,
      'plan/saveAction',
      draft({ actionId: a.id, revision: 1, title: 'Changed' }),
      adminPage,
    );
    expect(edit.result).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'plan.inWeighing' } });
    const remove = await h.call(
      PEOPLE.grace,
      'plan/deleteAction',
      { campaignId, actionId: a.id, revision: 1 },
      adminPage,
    );
    expect(remove.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'plan.inWeighing' },
    });
  });
});

describe('commitments', () => {
  it('customers see the selected actions and where they stand, without owners or internal details', async () => {
    await seedClosed();
    const a = await addAction(PEOPLE.grace, { ownerAccountId: PEOPLE.grace, dueDate: '2026-06-30' });
    await addAction(PEOPLE.grace, { title: 'Not selected' });
    await h.call(
      PEOPLE.grace,
      'plan/select',
      { campaignId, actionId: a.id, revision: 1, selected: true },
      adminPage,
    );
    const seen = await h.call(PEOPLE.alice, 'commitments/get', { campaignId }, macroContext());
    expect(seen.result).toMatchObject({
      ok: true,
      data: {
        commitments: [
          { id: a.id, title: 'Publish lead times per category', status: 'planned', dueDate: '2026-06-30' },
        ],
        progress: { total: 1, done: 0, inProgress: 0, planned: 1 },
      },
    });
    expect(JSON.stringify(seen.result.data)).not.toContain(PEOPLE.grace);
    const outsider = await h.call(PEOPLE.emma, 'commitments/get', { campaignId }, macroContext());
    expect(outsider.result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
