/**
 * The page banner's invitations follow the campaign (issue 18, item 1): opening it, by an admin or on its
 * scheduled day, invites its audience; closing it removes them.
 */
import type { Backend } from '../helpers/backend';
import { BANNER_CONTEXT } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';
import {
  type Call,
  campaignInput,
  createCampaign,
  macroContext,
  onAdminPage,
  openCampaign as open,
  setUpRoles,
} from './support/admin-page';

let b: Backend;
let call: Call;
onAdminPage((started) => ({ b, call } = started));

const BANNER = BANNER_CONTEXT;
const bannerOf = async (who: string): Promise<unknown[]> =>
  ((await call(who, 'reminders/banner', {}, BANNER)).result.data as { items: unknown[] }).items;

beforeEach(() => setUpRoles(call));

/** Opens the campaign and puts its survey on the demo's survey page, as the admin does (the banner links there). */
async function openCampaign(c: Call, id: string, revision: number) {
  const opened = await open(c, id, revision);
  const bound = await c(PEOPLE.jean, 'binding/bind', { campaignId: id }, macroContext());
  expect(bound.result).toMatchObject({ ok: true });
  // Binding writes the campaign: its revision moves on.
  const stored = await c(PEOPLE.jean, 'campaigns/get', { campaignId: id });
  return { ...opened, revision: (stored.result.data as { revision: number }).revision };
}

it('invites the audience when an admin opens the campaign, and nobody else', async () => {
  const draft = await createCampaign(call);
  expect(await bannerOf(PEOPLE.alice)).toEqual([]);
  await openCampaign(call, draft.id, draft.revision);
  expect(await bannerOf(PEOPLE.alice)).toEqual([expect.objectContaining({ campaignId: draft.id })]);
  expect(await bannerOf(PEOPLE.farid)).toEqual([expect.objectContaining({ campaignId: draft.id })]);
  expect(await bannerOf(PEOPLE.grace)).toEqual([]);
  expect(await bannerOf(PEOPLE.ines)).toEqual([]);
});

it('invites the audience when the hourly job opens a scheduled campaign on its day', async () => {
  b.clock.set(Date.UTC(2026, 0, 5, 9));
  const draft = await createCampaign(call, { opensOn: '2026-01-12' });
  const scheduled = await openCampaign(call, draft.id, draft.revision);
  expect(scheduled.status).toBe('scheduled');
  expect(await bannerOf(PEOPLE.alice)).toEqual([]);
  b.clock.set(Date.UTC(2026, 0, 12, 9));
  await b.asApp(() => b.app.closeDueCampaigns());
  expect(await bannerOf(PEOPLE.alice)).toEqual([expect.objectContaining({ campaignId: draft.id })]);
  b.clock.reset();
});

it('invites people added to an open campaign', async () => {
  const team = [{ accountId: PEOPLE.grace, portfolio: { departments: [], people: [] } }];
  const only = (people: string[]) => campaignInput({ audience: { departments: [], people }, team });
  const draft = await createCampaign(call, only([PEOPLE.alice]));
  const opened = await openCampaign(call, draft.id, draft.revision);
  expect(await bannerOf(PEOPLE.david)).toEqual([]);
  const saved = await call(PEOPLE.jean, 'campaigns/save', {
    campaign: { ...only([PEOPLE.alice, PEOPLE.david]), id: draft.id },
    baseRevision: opened.revision,
  });
  expect(saved.result).toMatchObject({ ok: true });
  expect(await bannerOf(PEOPLE.david)).toEqual([expect.objectContaining({ campaignId: draft.id })]);
});

it('drops the items of people taken out of an open campaign’s audience', async () => {
  const team = [{ accountId: PEOPLE.grace, portfolio: { departments: [], people: [] } }];
  const only = (people: string[]) => campaignInput({ audience: { departments: [], people }, team });
  const draft = await createCampaign(call, only([PEOPLE.alice, PEOPLE.david]));
  const opened = await openCampaign(call, draft.id, draft.revision);
  expect(await bannerOf(PEOPLE.david)).toHaveLength(1);
  const saved = await call(PEOPLE.jean, 'campaigns/save', {
    campaign: { ...only([PEOPLE.alice]), id: draft.id },
    baseRevision: opened.revision,
  });
  expect(saved.result).toMatchObject({ ok: true });
  // Gone, not merely hidden: David's next page view costs one round trip.
  const david = await call(PEOPLE.david, 'reminders/banner', {}, BANNER);
  expect(david.result.data).toEqual({ items: [] });
  expect(david.counts.storage).toBe(1);
  expect(await bannerOf(PEOPLE.alice)).toHaveLength(1);
});

it('keeps the admin’s reminder schedule: its cap is what buyers are held to', async () => {
  const draft = await createCampaign(call, {
    reminders: { afterOpening: [7, 0, 7], beforeClose: [], cap: 1 },
  });
  const opened = await openCampaign(call, draft.id, draft.revision);
  const stored = (await call(PEOPLE.jean, 'campaigns/get', { campaignId: opened.id })).result.data as {
    reminders: unknown;
  };
  expect(stored.reminders).toEqual({ afterOpening: [0, 7], beforeClose: [], cap: 1 });
  const remind = () =>
    call(PEOPLE.grace, 'reminders/remind', { campaignId: opened.id, accountIds: [PEOPLE.alice] });
  expect((await remind()).result.ok).toBe(true);
  expect((await remind()).result.error).toMatchObject({ reason: 'reminders.capReached' });
});

it.each([
  [{ afterOpening: [-1], beforeClose: [], cap: 3 }],
  [{ afterOpening: [0], beforeClose: [400], cap: 3 }],
  [{ afterOpening: [0.5], beforeClose: [], cap: 3 }],
  [{ afterOpening: [0], beforeClose: [], cap: 11 }],
  [{ afterOpening: Array.from({ length: 11 }, (_, i) => i), beforeClose: [], cap: 3 }],
])('refuses a schedule it cannot keep (%j), and writes nothing', async (reminders) => {
  const before = b.kvs.dump();
  const saved = await call(PEOPLE.jean, 'campaigns/save', {
    campaign: campaignInput({ reminders }),
    baseRevision: 0,
  });
  expect(saved.result.error).toMatchObject({ code: 'INVALID_PAYLOAD' });
  expect(b.kvs.dump()).toEqual(before);
});
