/**
 * The home feed (issue 18, item 3): what waits for the viewer in Procurement CRM, only their own: open surveys (the
 * page banner's truth), the commitments made to them, and a buyer's overdue actions.
 */
import { KvsReminderStore } from '../../src/adapters/reminders-store';
import { fromCampaignRecord } from '../../src/adapters/records/campaign';
import { invitedPeople } from '../../src/domain/campaigns';
import { startBackend, type Backend } from '../helpers/backend';
import { ADMIN_PAGE, aCampaign, aModel, macroContext } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';
import { closed, draft } from './support/plan';
import { SURVEY, surveyCalls } from './support/survey';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => {
  h.kvs.reset();
  h.clock.reset();
});

const { submit } = surveyCalls(() => h);
const HOME = { moduleKey: 'home-feed', extension: { type: 'confluence:homepageFeed' } };
const feed = (who: string) => h.call(who, 'home/feed', {}, HOME);
const LAST_YEAR = 'cmp-2025';
const LAST_LOCAL_ID = 'b0c1d2e3-0000-4000-8000-000000000025';
/** The survey macro of cmp-2025, where its customers weigh. */
const lastYearMacro = () => {
  const context = macroContext({ contentId: '65602', localId: LAST_LOCAL_ID });
  return { ...context, extension: { ...(context.extension as object), config: { campaignId: LAST_YEAR } } };
};

/** cmp-2026 open in March 2026 with its audience invited; cmp-2025 closed, when `withPlan`, with Grace's action. */
async function seed({ withPlan = false } = {}) {
  h.clock.set(Date.parse('2026-03-02T09:00:00Z'));
  const open = aCampaign({ opensOn: '2026-03-02', closesOn: '2026-03-31' });
  const last = closed({
    id: LAST_YEAR,
    period: '2025',
    names: { 'en-US': 'Survey 2025', 'fr-FR': 'Enquête 2025' },
    binding: { contentId: '65602', localId: LAST_LOCAL_ID },
  });
  await h.seed({ campaigns: withPlan ? [open, last] : [open], models: [SURVEY.model, aModel()], roles: {} });
  await h.asApp(() => new KvsReminderStore().invite(open.id, invitedPeople(fromCampaignRecord(open))));
  if (!withPlan) return;
  const saved = await h.call(
    PEOPLE.grace,
    'plan/saveAction',
    draft({ campaignId: LAST_YEAR, ownerAccountId: PEOPLE.grace, dueDate: '2026-02-15' }),
    ADMIN_PAGE,
  );
  expect(saved.result.ok).toBe(true);
  const selected = await h.call(
    PEOPLE.grace,
    'plan/select',
    { campaignId: LAST_YEAR, actionId: saved.result.data.id, revision: 1, selected: true },
    ADMIN_PAGE,
  );
  expect(selected.result.ok).toBe(true);
}

it('costs three storage round trips for someone with nothing: invitations, roles, closed campaigns', async () => {
  await seed();
  const answer = await feed(PEOPLE.emma);
  expect(answer.result).toEqual({
    ok: true,
    data: { surveys: [], weighings: [], commitments: [], overdueActions: [] },
  });
  expect(answer.counts.storage).toBe(3);
});

it("lists Alice's open survey with its page, and not once she has submitted", async () => {
  await seed();
  expect((await feed(PEOPLE.alice)).result.data.surveys).toEqual([
    {
      campaignId: SURVEY.campaignId,
      campaignName: expect.objectContaining({ 'en-US': 'Procurement satisfaction 2026' }),
      closesOn: '2026-03-31',
      daysLeft: 29,
      contentId: expect.any(String),
    },
  ]);
  expect((await submit(PEOPLE.alice)).result.ok).toBe(true);
  expect((await feed(PEOPLE.alice)).result.data.surveys).toEqual([]);
  // The invitation written again behind the app's back (a retried open, a restore): her answer decides.
  await h.asApp(() => new KvsReminderStore().invite(SURVEY.campaignId, [PEOPLE.alice]));
  expect((await feed(PEOPLE.alice)).result.data.surveys).toEqual([]);
});

it('lists it even after the banner was dismissed today: dismissing hides the banner, not the survey', async () => {
  await seed();
  await h.call(PEOPLE.alice, 'reminders/dismiss', {}, HOME);
  expect((await feed(PEOPLE.alice)).result.data.surveys).toHaveLength(1);
});

it("shows a buyer the overdue actions they own, and the audience where last year's commitments stand", async () => {
  await seed({ withPlan: true });
  const grace = (await feed(PEOPLE.grace)).result.data;
  expect(grace.overdueActions).toEqual([
    expect.objectContaining({ campaignId: LAST_YEAR, dueDate: '2026-02-15', title: draft().title }),
  ]);
  expect(grace.surveys).toEqual([]);
  const alice = (await feed(PEOPLE.alice)).result.data;
  expect(alice.commitments).toEqual([
    expect.objectContaining({
      campaignId: LAST_YEAR,
      progress: { total: 1, done: 0, inProgress: 0, planned: 1, overdue: 1 },
    }),
  ]);
  expect(alice.overdueActions).toEqual([]);
});

it("never shows anybody another person's items", async () => {
  await seed({ withPlan: true });
  // Hugo is a buyer of the campaign too, but the action is Grace's; Emma is in no audience; Inès reads every campaign.
  for (const who of [PEOPLE.hugo, PEOPLE.ines, PEOPLE.jean]) {
    const data = (await feed(who)).result.data;
    expect(data.overdueActions).toEqual([]);
    expect(data.surveys).toEqual([]);
    expect(data.commitments).toEqual([]);
  }
  expect((await feed(PEOPLE.emma)).result.data).toEqual({
    surveys: [],
    weighings: [],
    commitments: [],
    overdueActions: [],
  });
  const alice = (await feed(PEOPLE.alice)).result.data;
  expect(JSON.stringify(alice)).not.toContain(PEOPLE.grace);
  expect(alice.surveys.map((s: { campaignId: string }) => s.campaignId)).toEqual([SURVEY.campaignId]);
});

it('lists a weighing to do to the audience while its round is open, and not once they have weighed', async () => {
  await seed({ withPlan: true });
  const opened = await h.call(
    PEOPLE.grace,
    'weighing/open',
    { campaignId: LAST_YEAR, closesOn: '2026-03-06' },
    ADMIN_PAGE,
  );
  expect(opened.result.ok).toBe(true);
  expect((await feed(PEOPLE.alice)).result.data.weighings).toEqual([
    {
      campaignId: LAST_YEAR,
      campaignName: { 'en-US': 'Survey 2025', 'fr-FR': 'Enquête 2025' },
      closesOn: '2026-03-06',
      daysLeft: 4,
      contentId: '65602',
    },
  ]);
  for (const who of [PEOPLE.emma, PEOPLE.grace, PEOPLE.ines])
    expect((await feed(who)).result.data.weighings).toEqual([]);
  const candidate = String(opened.result.data.candidateIds[0]);
  const weighed = await h.call(
    PEOPLE.alice,
    'weighing/submit',
    { campaignId: LAST_YEAR, points: { [candidate]: 100 } },
    lastYearMacro(),
  );
  expect(weighed.result.ok).toBe(true);
  expect((await feed(PEOPLE.alice)).result.data.weighings).toEqual([]);
  // Farid, of the same department, has not weighed: his feed still lists it.
  expect((await feed(PEOPLE.farid)).result.data.weighings).toHaveLength(1);
});
