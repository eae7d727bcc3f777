/**
 * Who may reach a survey (issue 7): one answer for everyone not entitled (item 9), the bound page is checked as
 * the user (item 6), and a buyer's access needs both the campaign's team list and the app's team role (item 5).
 */
import { aCampaign, aModel, answersFor, macroContext, SURVEY_LOCAL_ID } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());

const model = aModel();
const full = answersFor(model, 3);
const campaignId = 'cmp-2026';
const RESTRICTED_PAGE = '65604'; // the demo site's page only the admin and the quality manager may view

const seed = (overrides: Parameters<typeof aCampaign>[0] = {}, roles: Record<string, string[]> = {}) =>
  h.seed({ campaigns: [aCampaign(overrides)], models: [model], roles });

describe('item 9: one answer to everyone not entitled', () => {
  it('gives an outsider the same error for a missing, unbound, foreign-bound or draft campaign', async () => {
    const answers: unknown[] = [];
    for (const overrides of [
      { id: 'cmp-other' },
      { binding: undefined },
      { binding: { contentId: '65603', localId: 'elsewhere' } },
      { status: 'draft' as const },
      {},
    ]) {
      h.kvs.reset();
      await seed(overrides);
      const { result, counts } = await h.call(PEOPLE.emma, 'survey/getState', { campaignId });
      answers.push(result);
      // Nothing about the campaign leaks: no name, no model.
      expect(JSON.stringify(result)).not.toContain('Procurement satisfaction');
      expect(counts.confluence).toBe(0);
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'campaign.missing' } });
  });

  it('still tells an entitled person why they cannot answer (not set up, another page)', async () => {
    await seed({ binding: undefined });
    expect((await h.call(PEOPLE.alice, 'survey/getState', { campaignId })).result).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'survey.notSetUp' },
    });
  });
});

describe('item 6: the bound page is access control', () => {
  it('refuses to show or take answers from an audience member who cannot view the bound page', async () => {
    await seed({ binding: { contentId: RESTRICTED_PAGE, localId: SURVEY_LOCAL_ID } });
    const context = macroContext({ contentId: RESTRICTED_PAGE });
    const before = h.snapshot();
    const state = await h.call(PEOPLE.alice, 'survey/getState', { campaignId }, context);
    expect(state.result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'survey.pageHidden' },
    });
    const submit = await h.call(
      PEOPLE.alice,
      'survey/submit',
      { campaignId, kind: 'customer', answers: full, baseRevision: 0 },
      context,
    );
    expect(submit.result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'survey.pageHidden' },
    });
    expect(h.snapshot()).toBe(before);
    // Someone who may view the page goes through.
    const ines = await h.call(PEOPLE.ines, 'survey/getState', { campaignId }, context);
    expect(ines.result.ok).toBe(true);
  });
});

describe('item 5: a buyer removed from the team role loses the campaign', () => {
  it('keeps proxy entry, self-assessment and participation for listed buyers who hold the role only', async () => {
    const teamOf = (team: string[]) => ({ team });
    await seed({}, teamOf([PEOPLE.grace, PEOPLE.hugo]));
    const proxy = () => h.call(PEOPLE.grace, 'proxy/get', { campaignId, customerAccountId: PEOPLE.alice });
    const self = () =>
      h.call(PEOPLE.grace, 'survey/saveDraft', { campaignId, kind: 'self', answers: {}, baseRevision: 0 });
    const participation = () => h.call(PEOPLE.grace, 'participation/get', { campaignId });
    expect((await proxy()).result.ok).toBe(true);
    expect((await participation()).result.ok).toBe(true);
    expect((await h.call(PEOPLE.grace, 'survey/getState', { campaignId })).result.data.me.isTeam).toBe(true);

    // The admin removes Grace from the team role; the campaign still lists her, but she is neither its team nor
    // in its audience any more: the campaign is not hers to see.
    h.kvs.reset();
    await seed({}, teamOf([PEOPLE.hugo]));
    const before = h.snapshot();
    expect((await proxy()).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await self()).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await participation()).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await h.call(PEOPLE.grace, 'survey/getState', { campaignId })).result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(h.snapshot()).toBe(before);
  });
});

describe('participation shows what each reader may know', () => {
  it('item 3: hides the overall row of an anonymous campaign with fewer invited people than the threshold', async () => {
    await seed(
      {
        anonymous: true,
        audience: {
          departments: [
            {
              id: 'engineering',
              name: { 'en-US': 'Engineering', 'fr-FR': 'Engineering' },
              members: [PEOPLE.alice],
            },
          ],
          people: [],
        },
        team: [{ accountId: PEOPLE.grace, portfolio: { departments: ['engineering'], people: [] } }],
      },
      { team: [PEOPLE.grace] },
    );
    const { result } = await h.call(PEOPLE.grace, 'participation/get', { campaignId });
    expect(result.data.overall).toEqual({ invited: 1, responded: null, hidden: true });
    expect(JSON.stringify(result.data)).not.toMatch(/"responded":[0-9]/);
  });

  it('names who has not answered to the campaign’s buyers only, not to admins and quality managers', async () => {
    await seed({}, { team: [PEOPLE.grace, PEOPLE.hugo] });
    const pendingFor = async (who: string) =>
      (await h.call(who, 'participation/get', { campaignId })).result.data.portfolios.map(
        (p: { pending: unknown }) => p.pending,
      );
    expect((await pendingFor(PEOPLE.grace)).flat().length).toBeGreaterThan(0);
    for (const who of [PEOPLE.ines, PEOPLE.jean]) {
      expect(await pendingFor(who)).toEqual([null, null]);
    }
  });
});
