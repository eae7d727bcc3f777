/**
 * The page banner (issue 18, item 1): what waits for the person viewing a page, only their own, only while true,
 * and cheap for the many with nothing pending (1 storage round trip).
 */
import { KvsReminderStore } from '../../src/adapters/reminders-store';
import { fromCampaignRecord } from '../../src/adapters/records/campaign';
import { invitedPeople } from '../../src/domain/campaigns';
import { startBackend, type Backend } from '../helpers/backend';
import { aCampaign, BANNER_CONTEXT } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';
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
const BANNER = BANNER_CONTEXT;
const at = (day: string, hour = 9) => Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
const banner = (who: string) => h.call(who, 'reminders/banner', {}, BANNER);
const items = async (who: string) => (await banner(who)).result.data.items;

/**
 * The campaign cmp-2026 open from 2026-03-02 to 2026-03-31, its audience invited as opening it does (opening itself
 * is tested in reminders.invitations.test.ts), on its opening day.
 */
async function openedCampaign(overrides: Parameters<typeof aCampaign>[0] = {}) {
  h.clock.set(at('2026-03-02'));
  const campaign = aCampaign({ opensOn: '2026-03-02', closesOn: '2026-03-31', ...overrides });
  await h.seed({ campaigns: [campaign], models: [SURVEY.model], roles: {} });
  await h.asApp(() =>
    new KvsReminderStore().invite(campaign.id, invitedPeople(fromCampaignRecord(campaign))),
  );
}

it('costs one storage round trip for someone with nothing pending', async () => {
  await openedCampaign();
  const answer = await banner(PEOPLE.emma);
  expect(answer.result).toEqual({ ok: true, data: { items: [] } });
  expect(answer.counts.storage).toBe(1);
});

it('shows an invited person the open survey, with its days left, from the opening day', async () => {
  await openedCampaign();
  expect(await items(PEOPLE.alice)).toEqual([
    expect.objectContaining({
      kind: 'survey',
      campaignId: SURVEY.campaignId,
      closesOn: '2026-03-31',
      daysLeft: 29,
      remindedBy: null,
    }),
  ]);
});

it('is gone once the person has submitted, and costs one round trip again', async () => {
  await openedCampaign();
  expect(await items(PEOPLE.alice)).toHaveLength(1);
  expect((await submit(PEOPLE.alice)).result.ok).toBe(true);
  const after = await banner(PEOPLE.alice);
  expect(after.result.data.items).toEqual([]);
  expect(after.counts.storage).toBe(1);
});

it('never shows a survey whose answer is submitted, even if its invitation were still stored', async () => {
  await openedCampaign();
  expect((await submit(PEOPLE.alice)).result.ok).toBe(true);
  // The invitation written again behind the app's back (a retried open, a restore): the answer decides.
  await h.asApp(() => new KvsReminderStore().invite(SURVEY.campaignId, [PEOPLE.alice]));
  expect(await items(PEOPLE.alice)).toEqual([]);
  expect((await banner(PEOPLE.alice)).counts.storage).toBe(1);
});

it('stays hidden the day it is dismissed and until the next reminder day, then shows again', async () => {
  await openedCampaign();
  expect((await h.call(PEOPLE.alice, 'reminders/dismiss', {}, BANNER)).result.ok).toBe(true);
  expect(await items(PEOPLE.alice)).toEqual([]);
  h.clock.set(at('2026-03-05'));
  expect(await items(PEOPLE.alice)).toEqual([]);
  // The default schedule: opening day, a week later, two days before the close.
  h.clock.set(at('2026-03-09'));
  expect(await items(PEOPLE.alice)).toHaveLength(1);
  expect((await h.call(PEOPLE.alice, 'reminders/dismiss', {}, BANNER)).result.ok).toBe(true);
  h.clock.set(at('2026-03-29'));
  expect(await items(PEOPLE.alice)).toEqual([expect.objectContaining({ daysLeft: 2 })]);
});

it("says which buyer asked, and a buyer's reminder raises a dismissed banner from the next day", async () => {
  await openedCampaign();
  await h.call(PEOPLE.alice, 'reminders/dismiss', {}, BANNER);
  h.clock.set(at('2026-03-03'));
  const reminded = await h.call(PEOPLE.grace, 'reminders/remind', {
    campaignId: SURVEY.campaignId,
    accountIds: [PEOPLE.alice],
  });
  expect(reminded.result).toEqual({ ok: true, data: { reminded: 1 } });
  h.clock.set(at('2026-03-04'));
  expect(await items(PEOPLE.alice)).toEqual([
    expect.objectContaining({ remindedBy: { accountId: PEOPLE.grace, displayName: 'Grace Okafor' } }),
  ]);
});

it('only ever answers about the caller: a payload naming someone else is refused', async () => {
  await openedCampaign();
  const forged = await h.call(PEOPLE.emma, 'reminders/banner', { accountId: PEOPLE.alice }, BANNER);
  expect(forged.result.error).toMatchObject({ code: 'INVALID_PAYLOAD' });
  expect(await items(PEOPLE.emma)).toEqual([]);
});

it('is gone when the campaign closes, and so are its invitations', async () => {
  await openedCampaign();
  h.clock.set(at('2026-04-01', 1));
  await h.asApp(() => h.app.closeDueCampaigns());
  const after = await banner(PEOPLE.alice);
  expect(after.result.data.items).toEqual([]);
  expect(after.counts.storage).toBe(1);
});

it('shows nothing to someone not in the audience, even with an invitation stored for them', async () => {
  await openedCampaign();
  await h.asApp(() => new KvsReminderStore().invite(SURVEY.campaignId, [PEOPLE.emma]));
  expect(await items(PEOPLE.emma)).toEqual([]);
});

it('costs one storage round trip for the rest of the day once dismissed, whatever waits', async () => {
  await openedCampaign();
  expect((await h.call(PEOPLE.alice, 'reminders/dismiss', {}, BANNER)).result.ok).toBe(true);
  const after = await banner(PEOPLE.alice);
  expect(after.result.data.items).toEqual([]);
  expect(after.counts.storage).toBe(1);
});

it('does not name again a buyer whose reminder the person already dismissed', async () => {
  await openedCampaign();
  await h.call(PEOPLE.grace, 'reminders/remind', {
    campaignId: SURVEY.campaignId,
    accountIds: [PEOPLE.alice],
  });
  expect(await items(PEOPLE.alice)).toEqual([
    expect.objectContaining({ remindedBy: expect.objectContaining({ accountId: PEOPLE.grace }) }),
  ]);
  await h.call(PEOPLE.alice, 'reminders/dismiss', {}, BANNER);
  h.clock.set(at('2026-03-09'));
  expect(await items(PEOPLE.alice)).toEqual([expect.objectContaining({ remindedBy: null })]);
});

it('keeps an invitation a lagging read hides: a campaign still read as scheduled, one not on a page yet', async () => {
  await openedCampaign();
  await h.seed({
    campaigns: [aCampaign({ opensOn: '2026-03-02', closesOn: '2026-03-31', status: 'scheduled' })],
  });
  expect(await items(PEOPLE.alice)).toEqual([]);
  const { binding: _unbound, ...unbound } = aCampaign({ opensOn: '2026-03-02', closesOn: '2026-03-31' });
  await h.seed({ campaigns: [unbound] });
  expect(await items(PEOPLE.alice)).toEqual([]);
  await h.seed({ campaigns: [aCampaign({ opensOn: '2026-03-02', closesOn: '2026-03-31' })] });
  expect(await items(PEOPLE.alice)).toHaveLength(1);
});
