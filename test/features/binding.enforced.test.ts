/**
 * The binding as the survey enforces it, through the real routing: a copy of the macro on another page, another
 * macro instance or a context without one is refused, so is a payload naming another page's campaign, and a
 * survey not bound yet says so. (Binding a campaign to its macro is in binding.test.ts.)
 */
import { aCampaign, macroContext } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { SURVEY, surveyCalls } from './support/survey';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());

const { model, full } = SURVEY;
const { seed, submit, state } = surveyCalls(() => h);

describe('the binding between the campaign and its page', () => {
  it('refuses a copy of the macro on another page, another macro instance, or a context without one', async () => {
    await seed();
    for (const context of [
      macroContext({ contentId: '65602' }),
      macroContext({ localId: 'another-instance' }),
      { moduleKey: 'survey-macro', locale: 'en-US' },
      { ...macroContext(), extension: { content: { id: { $ne: null } } } },
    ]) {
      expect((await state(PEOPLE.alice, context)).result).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'This survey belongs to another page.' },
      });
      expect((await submit(PEOPLE.alice, {}, context)).result.error.code).toBe('FORBIDDEN');
    }
    expect(h.responses()).toEqual([]);
  });

  it('refuses a payload naming another page’s campaign, and says when a survey is not set up yet', async () => {
    await h.seed({
      campaigns: [
        aCampaign(),
        aCampaign({ id: 'cmp-other', binding: { contentId: '65603', localId: 'x-1' } }),
        aCampaign({ id: 'cmp-unbound', binding: undefined }),
      ],
      models: [model],
    });
    const other = await h.call(PEOPLE.alice, 'survey/submit', {
      campaignId: 'cmp-other',
      kind: 'customer',
      answers: full,
      baseRevision: 0,
    });
    expect(other.result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'This survey belongs to another page.' },
    });
    const unbound = await h.call(PEOPLE.alice, 'survey/getState', { campaignId: 'cmp-unbound' });
    expect(unbound.result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('not set up yet') },
    });
    expect(h.responses()).toEqual([]);
  });
});
