/**
 * Participation of an anonymous campaign through the real routing: rates without who has not answered, and rows
 * (the overall, departments, portfolios) hidden below the minimum group size, with one more where needed.
 */
import { aCampaign } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { SURVEY, surveyCalls } from './support/survey';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());

const { model, campaignId } = SURVEY;
const { seed, save, keys, openAnonymous } = surveyCalls(() => h);

describe('participation of an anonymous campaign', () => {
  it('hides the overall row of an anonymous campaign with fewer invited people than the threshold', async () => {
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

  it('shows participation rates but never who has not answered', async () => {
    await openAnonymous();
    await save(PEOPLE.alice, 'survey/submit', {});
    await save(PEOPLE.david, 'survey/submit', { departmentId: 'finance' });
    const { result } = await h.call(PEOPLE.hugo, 'participation/get', { campaignId });
    expect(result.data).toMatchObject({ anonymous: true, overall: { invited: 5, responded: 2 } });
    expect(result.data.portfolios.map((p) => p.pending)).toEqual([null, null]);
    expect(JSON.stringify(result.data.departments)).not.toContain(PEOPLE.alice);
  });

  it('hides departments and portfolios below the minimum group size, and one more where needed', async () => {
    const more = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => `557058:${prefix}-${String(i).padStart(4, '0')}`);
    await h.seed({
      campaigns: [
        aCampaign({
          anonymous: true,
          audience: {
            departments: [
              {
                id: 'engineering',
                name: { 'en-US': 'Engineering', 'fr-FR': 'Engineering' },
                members: [PEOPLE.alice, PEOPLE.farid, ...more('eng', 4)],
              },
              {
                id: 'production',
                name: { 'en-US': 'Production', 'fr-FR': 'Production' },
                members: [PEOPLE.bruno, ...more('prod', 4)],
              },
              { id: 'finance', name: { 'en-US': 'Finance', 'fr-FR': 'Finance' }, members: [PEOPLE.chloe] },
            ],
            people: [PEOPLE.david],
          },
        }),
      ],
      models: [model],
      roles: {},
    });
    await h.asApp(() => keys().create(campaignId));
    for (const who of [PEOPLE.alice, PEOPLE.farid, PEOPLE.bruno, PEOPLE.chloe]) {
      expect((await save(who, 'survey/submit', {})).result.ok).toBe(true);
    }
    await save(PEOPLE.david, 'survey/submit', { departmentId: 'engineering' });

    const { result } = await h.call(PEOPLE.hugo, 'participation/get', { campaignId });
    expect(result.ok).toBe(true);
    const view = result.data;
    expect(view.threshold).toBe(5);
    expect(view.overall).toEqual({ invited: 13, responded: 5 });
    expect(view.unlisted).toBeNull();
    // Finance (1 invited) is below the threshold; Production, the next-smallest, is hidden with it so that
    // 5 − 3 cannot give Finance's count away.
    expect(view.departments).toEqual([
      {
        id: 'engineering',
        name: { 'en-US': 'Engineering', 'fr-FR': 'Engineering' },
        invited: 6,
        responded: 3,
      },
      {
        id: 'production',
        name: { 'en-US': 'Production', 'fr-FR': 'Production' },
        invited: 5,
        responded: null,
        hidden: true,
      },
      {
        id: 'finance',
        name: { 'en-US': 'Finance', 'fr-FR': 'Finance' },
        invited: 1,
        responded: null,
        hidden: true,
      },
    ]);
    // Hugo's portfolio counts the hidden departments; Grace's is hidden with it (complementary suppression).
    expect(view.portfolios).toEqual([
      {
        buyer: { accountId: PEOPLE.grace, displayName: 'Grace Okafor' },
        invited: 7,
        responded: null,
        hidden: true,
        pending: null,
      },
      {
        buyer: { accountId: PEOPLE.hugo, displayName: 'Hugo Moreau' },
        invited: 6,
        responded: null,
        hidden: true,
        pending: null,
      },
    ]);
  });
});
