/**
 * Participation through the real routing: rates per department and portfolio, who has not answered (to the
 * campaign's buyers only), the reminder, who may see it and from where, and what reading it costs.
 */
import { macroContext, SURVEY_PAGE } from '../helpers/builders';
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
const { seed, submit, draft, state } = surveyCalls(() => h);

describe('participation', () => {
  it('shows rates per department and portfolio, who has not answered, and a ready reminder', async () => {
    await seed();
    await submit(PEOPLE.alice, {});
    await submit(PEOPLE.bruno, {});
    await draft(PEOPLE.chloe, {}); // a draft does not count
    await submit(PEOPLE.david, { departmentId: 'engineering' });

    const { result, counts } = await h.call(PEOPLE.grace, 'participation/get', { campaignId });
    expect(result.ok).toBe(true);
    const view = result.data;
    expect(view.overall).toEqual({ invited: 5, responded: 3 });
    expect(view.departments).toEqual([
      {
        id: 'engineering',
        name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' },
        invited: 2,
        responded: 1,
      },
      { id: 'production', name: { 'en-US': 'Production', 'fr-FR': 'Production' }, invited: 1, responded: 1 },
      { id: 'finance', name: { 'en-US': 'Finance', 'fr-FR': 'Finance' }, invited: 1, responded: 0 },
    ]);
    // David is not listed in a department: a row of his own, not counted in the department he chose.
    expect(view.unlisted).toEqual({ invited: 1, responded: 1 });
    expect(view.threshold).toBeNull();
    expect(view.portfolios).toEqual([
      {
        buyer: { accountId: PEOPLE.grace, displayName: 'Grace Okafor' },
        invited: 3,
        responded: 2,
        pending: [{ accountId: PEOPLE.farid, displayName: 'Farid Benali' }],
      },
      {
        buyer: { accountId: PEOPLE.hugo, displayName: 'Hugo Moreau' },
        invited: 2,
        responded: 1,
        pending: [{ accountId: PEOPLE.chloe, displayName: 'Chloé Dubois' }],
      },
    ]);
    expect(view.reminder.pageUrl).toContain(SURVEY_PAGE);
    // campaign, the caller's roles (a team member must still hold the team role), one page of responses, one page
    // of the campaign's reminder logs.
    expect(counts.storage).toBe(4);
  });

  it('is for the campaign’s team, admins and quality managers only', async () => {
    await seed();
    expect((await h.call(PEOPLE.alice, 'participation/get', { campaignId })).result.error.code).toBe(
      'NOT_FOUND',
    );
    expect((await state(PEOPLE.alice)).result.data.me.canSeeParticipation).toBe(false);
    for (const who of [PEOPLE.ines, PEOPLE.jean]) {
      expect((await state(who)).result.data.me.canSeeParticipation).toBe(true);
      // From the admin page (no macro context) too.
      const fromAdmin = await h.call(who, 'participation/get', { campaignId }, { moduleKey: 'admin-page' });
      expect(fromAdmin.result.ok).toBe(true);
    }
    // From a macro on another page: refused like every survey call.
    expect(
      (await h.call(PEOPLE.grace, 'participation/get', { campaignId }, macroContext({ contentId: '65602' })))
        .result.error.code,
    ).toBe('FORBIDDEN');
  });

  it('reads responses in pages of 100: round trips grow with responses / 100, not with people', async () => {
    const people = Array.from({ length: 250 }, (_, i) => `557058:load-${String(i).padStart(4, '0')}`);
    await seed({
      audience: {
        departments: [
          { id: 'engineering', name: { 'en-US': 'Engineering', 'fr-FR': 'Engineering' }, members: people },
        ],
        people: [],
      },
      team: [{ accountId: PEOPLE.grace, portfolio: { departments: ['engineering'], people: [] } }],
    });
    await h.asApp(async () => {
      const { kvs } = await import('@forge/kvs');
      for (let i = 0; i < people.length; i += 25) {
        await kvs.batchSet(
          people.slice(i, i + 25).map((p) => ({
            entityName: 'response',
            key: `${campaignId}:customer:${p}`,
            value: {
              campaignId,
              kind: 'customer',
              respondentKey: p,
              departmentId: 'engineering',
              status: i < 200 ? 'submitted' : 'draft',
              answers: full,
              revision: 1,
              updatedDay: '2026-01-20',
            },
          })),
        );
      }
    });
    const { result, counts } = await h.call(PEOPLE.grace, 'participation/get', { campaignId });
    expect(result.data.overall).toEqual({ invited: 250, responded: 200 });
    expect(result.data.portfolios[0]!.pending).toHaveLength(50);
    // The campaign and the roles, then ceil(250 / 100) pages, and the reminder logs (none: one page).
    expect(counts.storage).toBe(2 + 3 + 1);
  });
});

describe('participation shows what each reader may know', () => {
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
