/**
 * Who may reach a survey: one answer for everyone not entitled, the bound page checked as the user, and a buyer's
 * access needing both the campaign's team list and the app's team role.
 */
import { macroContext, SURVEY_LOCAL_ID } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { SURVEY, surveyCalls } from './support/survey';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());

const { full, campaignId } = SURVEY;
const RESTRICTED_PAGE = '65604'; // the demo site's page only the admin and the quality manager may view
const { seed } = surveyCalls(() => h);

describe('one answer to everyone not entitled', () => {
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

describe('the bound page is access control', () => {
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

describe('a buyer removed from the team role loses the campaign', () => {
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
