/**
 * The improvement plan through the real routing, without Jira: who drafts and reads it, once the campaign is
 * closed, and drafting actions (save, edit at the revision read, select, delete; bad input refused).
 */
import { ADMIN_PAGE, aCampaign, aModel } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { campaignId, closed, draft, planCalls } from './support/plan';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());
afterEach(() => h.clock.reset());

const { later, seedClosed, addAction, actions } = planCalls(() => h);

describe('who drafts and reads the plan', () => {
  it('the campaign’s team and admins edit, quality managers read, everyone else learns nothing', async () => {
    await seedClosed();
    const view = async (who: string) => (await h.call(who, 'plan/get', { campaignId }, ADMIN_PAGE)).result;
    for (const who of [PEOPLE.jean, PEOPLE.grace, PEOPLE.hugo]) {
      expect(await view(who)).toMatchObject({ ok: true, data: { canEdit: true } });
    }
    expect(await view(PEOPLE.ines)).toMatchObject({ ok: true, data: { canEdit: false } });
    const none = await h.call(PEOPLE.alice, 'plan/get', { campaignId: 'cmp-none' }, ADMIN_PAGE);
    for (const who of [PEOPLE.alice, PEOPLE.emma]) {
      const refused = await view(who);
      expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'campaign.missing' } });
      expect(refused).toEqual(none.result);
    }
    const saved = await h.call(PEOPLE.ines, 'plan/saveAction', draft(), ADMIN_PAGE);
    expect(saved.result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'forbidden.editPlan' },
    });
    expect(actions()).toHaveLength(0);
  });

  it('a quality manager neither selects nor deletes an action; a buyer of its team unselects it freely', async () => {
    await seedClosed();
    const action = await addAction();
    const before = h.snapshot();
    const at = { campaignId, actionId: action.id, revision: action.revision };
    for (const [key, extra] of [
      ['plan/select', { selected: true }],
      ['plan/deleteAction', {}],
    ] as const) {
      const refused = await h.call(PEOPLE.ines, key, { ...at, ...extra }, ADMIN_PAGE);
      expect(refused.result).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'forbidden.editPlan' },
      });
    }
    expect(h.snapshot()).toBe(before);
    const selected = await h.call(PEOPLE.grace, 'plan/select', { ...at, selected: true }, ADMIN_PAGE);
    expect(selected.result).toMatchObject({ ok: true, data: { selected: true } });
    const unselected = await h.call(
      PEOPLE.grace,
      'plan/select',
      { ...at, revision: selected.result.data.revision, selected: false },
      ADMIN_PAGE,
    );
    expect(unselected.result).toMatchObject({ ok: true, data: { selected: false } });
  });

  // Each case lacks one condition only: listed in the campaign's team, and holding the app's team role.
  it.each([
    ['holds the team role but is not listed in this campaign', [PEOPLE.hugo], [PEOPLE.grace, PEOPLE.hugo]],
    ['is listed in this campaign but lost the team role', [PEOPLE.grace, PEOPLE.hugo], [PEOPLE.hugo]],
  ])('a buyer who %s cannot edit it', async (_case, listed, team) => {
    await h.seed({
      campaigns: [
        closed({
          team: listed.map((accountId) => ({ accountId, portfolio: { departments: [], people: [] } })),
        }),
      ],
      models: [aModel()],
      roles: { team },
    });
    const saved = await h.call(PEOPLE.grace, 'plan/saveAction', draft(), ADMIN_PAGE);
    expect(saved.result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'campaign.missing' },
    });
    expect(actions()).toHaveLength(0);
    // The same campaign and roles let Hugo, who has both, edit it.
    expect((await h.call(PEOPLE.hugo, 'plan/saveAction', draft(), ADMIN_PAGE)).result.ok).toBe(true);
  });

  it('says results are being prepared, not "nothing stands out", in the minutes after the close', async () => {
    await seedClosed({ closedAt: h.clock.now() });
    const plan = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, ADMIN_PAGE);
    expect(plan.result).toMatchObject({ ok: true, data: { resultsPreparing: true, suggestions: [] } });
    later(11);
    const settled = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, ADMIN_PAGE);
    expect(settled.result).toMatchObject({ ok: true, data: { resultsPreparing: false } });
  });

  it('says the results are too small to show, not that nothing stands out, when no criterion can be shown', async () => {
    // Nobody answered: every figure is below the minimum group size.
    await seedClosed();
    const plan = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, ADMIN_PAGE);
    expect(plan.result).toMatchObject({
      ok: true,
      data: { resultsPreparing: false, resultsHidden: true, suggestions: [], importanceSource: 'derived' },
    });
  });

  it('starts once the campaign is closed', async () => {
    await h.seed({ campaigns: [aCampaign()], models: [aModel()], roles: {} });
    const open = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, ADMIN_PAGE);
    expect(open.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'plan.notClosed' } });
  });
});

describe('drafting actions', () => {
  it('saves, edits at the revision read, selects and deletes', async () => {
    await seedClosed();
    const created = await addAction();
    expect(created).toMatchObject({
      title: { 'en-US': 'Publish lead times per category' },
      selected: false,
      revision: 1,
    });
    expect(created.id).toMatch(/^act-[a-f0-9]{16}$/);
    const edited = await h.call(
      PEOPLE.hugo,
      'plan/saveAction',
      draft({
        actionId: created.id,
        revision: 1,
        title: { 'en-US': 'Publish lead times' },
        dueDate: '2026-06-30',
      }),
      ADMIN_PAGE,
    );
    expect(edited.result).toMatchObject({
      ok: true,
      data: { title: { 'en-US': 'Publish lead times' }, dueDate: '2026-06-30', revision: 2 },
    });
    const stale = await h.call(
      PEOPLE.grace,
      'plan/saveAction',
      draft({ actionId: created.id, revision: 1 }),
      ADMIN_PAGE,
    );
    expect(stale.result).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'plan.stale' } });
    const selected = await h.call(
      PEOPLE.grace,
      'plan/select',
      { campaignId, actionId: created.id, revision: 2, selected: true },
      ADMIN_PAGE,
    );
    expect(selected.result).toMatchObject({ ok: true, data: { selected: true, revision: 3 } });
    const plan = await h.call(PEOPLE.ines, 'plan/get', { campaignId }, ADMIN_PAGE);
    expect(plan.result.data.progress).toMatchObject({ selected: 1, created: 0 });
    const deleted = await h.call(
      PEOPLE.grace,
      'plan/deleteAction',
      { campaignId, actionId: created.id, revision: 3 },
      ADMIN_PAGE,
    );
    expect(deleted.result).toEqual({ ok: true, data: { deleted: true } });
    expect(actions()).toHaveLength(0);
  });

  it('refuses bad input with a typed error and writes nothing', async () => {
    await seedClosed();
    const before = h.snapshot();
    const cases: [Record<string, unknown>, string][] = [
      [draft({ criterionIds: ['not-a-criterion'] }), 'criterionIds.0'],
      [draft({ title: { 'en-US': '' } }), 'title.en-US'],
      [draft({ title: { 'en-US': 'x'.repeat(201) } }), 'title.en-US'],
      [draft({ dueDate: '31/12/2026' }), 'dueDate'],
      [draft({ ownerAccountId: '<script>' }), 'ownerAccountId'],
      [draft({ actionId: '../../etc' }), 'actionId'],
      [draft({ revision: -1 }), 'revision'],
      [draft({ extra: true }), '(payload)'],
      [draft({ campaignId: 'cmp 2026' }), 'campaignId'],
    ];
    for (const [payload, path] of cases) {
      const saved = await h.call(PEOPLE.grace, 'plan/saveAction', payload, ADMIN_PAGE);
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
      const answer = await h.call(PEOPLE.grace, key, payload, ADMIN_PAGE);
      expect(answer.result).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', reason: 'plan.actionMissing' },
      });
    }
    expect(actions().map((e) => (e.value as { revision: number }).revision)).toEqual([1]);
  });
});
