/**
 * The page banner's pure rules (issue 18): the reminder days inside a campaign's window, what an invitation stands
 * for now (shown, hidden by a read that may lag, or gone for good), and the order and days left it shows.
 */
import { fromCampaignRecord } from '../../../src/adapters/records/campaign';
import type { Campaign } from '../../../src/domain/campaigns';
import { planBanner, reminderDays, stillOpen, type BannerInput } from '../../../src/domain/reminders';
import { aCampaign } from '../../helpers/builders';
import { PEOPLE } from '../../helpers/people';

const window = { opensOn: '2026-03-02', closesOn: '2026-03-31' };
const at = (day: string) => Date.parse(`${day}T09:00:00Z`);
const campaign = (overrides: Parameters<typeof aCampaign>[0] = {}): Campaign =>
  fromCampaignRecord(aCampaign({ ...window, ...overrides }));

function input(campaigns: Campaign[], overrides: Partial<BannerInput> = {}): BannerInput {
  return {
    accountId: PEOPLE.alice,
    items: campaigns.map((c) => ({ campaignId: c.id })),
    campaigns: new Map(campaigns.map((c) => [c.id, c])),
    submitted: new Set(),
    now: at('2026-03-02'),
    ...overrides,
  };
}

describe('reminderDays', () => {
  it('keeps the days inside the open window, once each, in order', () => {
    const schedule = { afterOpening: [7, 0, 40], beforeClose: [2, 29, 35], cap: 3 };
    expect(reminderDays(schedule, window)).toEqual(['2026-03-02', '2026-03-09', '2026-03-29']);
  });

  it('has no day at all when every day falls outside the window', () => {
    expect(reminderDays({ afterOpening: [30], beforeClose: [30], cap: 3 }, window)).toEqual([]);
  });
});

describe('planBanner', () => {
  it('drops for good a campaign gone, closed or past its closing day, and an answered survey', () => {
    const open = campaign();
    const closed = campaign({ id: 'closed', status: 'closed' });
    const answered = campaign({ id: 'answered' });
    const items = [{ campaignId: 'gone' }, { campaignId: closed.id }, { campaignId: answered.id }];
    const plan = planBanner(input([open, closed, answered], { items, submitted: new Set([answered.id]) }));
    expect(plan).toEqual({
      show: [],
      stale: ['gone', 'closed', 'answered'].map((campaignId) => ({ campaignId, kind: 'survey' })),
    });
    expect(planBanner(input([open], { now: at('2026-04-01') }))).toEqual({
      show: [],
      stale: [{ campaignId: open.id, kind: 'survey' }],
    });
  });

  it('hides, and keeps, a campaign read as not open yet, one on no page, a person not in its audience', () => {
    const scheduled = campaign({ id: 'scheduled', status: 'scheduled' });
    const { binding: _none, ...unboundRecord } = aCampaign({ ...window, id: 'unbound' });
    const unbound = fromCampaignRecord(unboundRecord);
    expect(planBanner(input([scheduled, unbound]))).toEqual({ show: [], stale: [] });
    expect(planBanner(input([campaign()], { accountId: PEOPLE.emma }))).toEqual({ show: [], stale: [] });
  });

  it('shows the survey closing first first, with the days left, the closing day itself counting 0', () => {
    const late = campaign({ id: 'b-late' });
    const early = campaign({ id: 'z-early', closesOn: '2026-03-10' });
    const same = campaign({ id: 'a-late' });
    const { show } = planBanner(input([late, early, same], { now: at('2026-03-09') }));
    expect(show).toEqual([
      { campaignId: 'z-early', kind: 'survey', closesOn: '2026-03-10', daysLeft: 1 },
      { campaignId: 'a-late', kind: 'survey', closesOn: '2026-03-31', daysLeft: 22 },
      { campaignId: 'b-late', kind: 'survey', closesOn: '2026-03-31', daysLeft: 22 },
    ]);
    expect(planBanner(input([early], { now: at('2026-03-10') })).show).toEqual([
      expect.objectContaining({ daysLeft: 0 }),
    ]);
  });

  it('waits for the first reminder day, or a buyer’s reminder, before showing anything', () => {
    const quiet = campaign({ reminders: { afterOpening: [], beforeClose: [2], cap: 3 } });
    expect(planBanner(input([quiet], { now: at('2026-03-10') })).show).toEqual([]);
    const asked = input([quiet], {
      now: at('2026-03-10'),
      items: [{ campaignId: quiet.id, remindedBy: PEOPLE.grace, remindedAt: at('2026-03-10') - 1 }],
    });
    expect(planBanner(asked).show).toEqual([expect.objectContaining({ remindedBy: PEOPLE.grace })]);
    expect(planBanner(input([quiet], { now: at('2026-03-29') })).show).toHaveLength(1);
  });

  it('is raised again by the later of a reminder day and a buyer’s reminder, and names the buyer only if the reminder is news', () => {
    // Reminder days: 2026-03-02 and 2026-03-09 (default schedule); Grace asked on 03-04; dismissed on 03-05.
    const items = [{ campaignId: 'cmp-2026', remindedBy: PEOPLE.grace, remindedAt: at('2026-03-04') }];
    const open = campaign({ id: 'cmp-2026' });
    const on = (day: string) =>
      planBanner(input([open], { items, dismissedAt: at('2026-03-05'), now: at(day) })).show;
    // The latest call for attention (03-04) came before the dismissal: nothing on 03-08.
    expect(on('2026-03-08')).toEqual([]);
    // The reminder day 03-09 raises it again, without repeating Grace's reminder the person dismissed.
    expect(on('2026-03-09')).toEqual([
      { campaignId: 'cmp-2026', kind: 'survey', closesOn: '2026-03-31', daysLeft: 22 },
    ]);
    // Not dismissed since Grace asked: she is named.
    expect(planBanner(input([open], { items, now: at('2026-03-09') })).show).toEqual([
      expect.objectContaining({ remindedBy: PEOPLE.grace }),
    ]);
  });
});

describe('stillOpen (the home feed)', () => {
  it('lists every survey still waiting, dismissed or not, before any reminder day, closing first first', () => {
    const quiet = campaign({ id: 'b', reminders: { afterOpening: [], beforeClose: [], cap: 3 } });
    const early = campaign({ id: 'a', closesOn: '2026-03-20' });
    const answered = campaign({ id: 'c' });
    const listed = stillOpen(
      input([quiet, early, answered], { dismissedAt: at('2026-03-02'), submitted: new Set(['c']) }),
    );
    expect(listed).toEqual([
      { campaignId: 'a', kind: 'survey', closesOn: '2026-03-20', daysLeft: 18 },
      { campaignId: 'b', kind: 'survey', closesOn: '2026-03-31', daysLeft: 29 },
    ]);
  });
});

describe('planBanner, a weighing to do', () => {
  const closed = campaign({ id: 'c', status: 'closed' });
  const round = (overrides: Partial<{ closesOn: string; openedAt: number }> = {}) => ({
    status: 'open' as const,
    closesOn: '2026-04-20',
    candidateIds: ['a1'],
    openedAt: at('2026-04-06'),
    openedBy: PEOPLE.grace,
    ...overrides,
  });
  const weighingInput = (
    facts: { round: ReturnType<typeof round> | { status: 'notOpen' }; balloted: boolean } | undefined,
    overrides: Partial<BannerInput> = {},
  ) =>
    input([closed], {
      items: [{ campaignId: closed.id, kind: 'weighing' }],
      weighings: new Map(facts ? [[closed.id, facts]] : []),
      now: at('2026-04-06'),
      ...overrides,
    });

  it('shows an open round to a voter who has not weighed, counting the days to the round’s closing day', () => {
    expect(planBanner(weighingInput({ round: round(), balloted: false }))).toEqual({
      show: [{ campaignId: 'c', kind: 'weighing', closesOn: '2026-04-20', daysLeft: 14 }],
      stale: [],
    });
  });

  it('drops it for good once the ballot is in, the round is over or the campaign is gone', () => {
    const stale = [{ campaignId: 'c', kind: 'weighing' }];
    expect(planBanner(weighingInput({ round: round(), balloted: true }))).toEqual({ show: [], stale });
    const over = weighingInput({ round: round({ closesOn: '2026-04-05' }), balloted: false });
    expect(planBanner(over)).toEqual({ show: [], stale });
    const gone = weighingInput({ round: round(), balloted: false }, { campaigns: new Map() });
    expect(planBanner(gone)).toEqual({ show: [], stale });
  });

  it('only hides it on a read that may lag (round not read as open, campaign not read as closed) or outside the audience', () => {
    const hidden = { show: [], stale: [] };
    expect(planBanner(weighingInput(undefined))).toEqual(hidden);
    expect(planBanner(weighingInput({ round: { status: 'notOpen' }, balloted: false }))).toEqual(hidden);
    const stillOpenCampaign = campaign({ id: 'c' });
    const lagging = weighingInput(
      { round: round(), balloted: false },
      { campaigns: new Map([['c', stillOpenCampaign]]) },
    );
    expect(planBanner(lagging)).toEqual(hidden);
    const outsider = weighingInput({ round: round(), balloted: false }, { accountId: PEOPLE.emma });
    expect(planBanner(outsider)).toEqual(hidden);
  });

  it('counts its reminder days from the day the round opened (+0, +7) to two days before its close', () => {
    const facts = { round: round(), balloted: false };
    const shownOn = (day: string, dismissedOn: string) =>
      planBanner(weighingInput(facts, { dismissedAt: at(dismissedOn), now: at(day) })).show.length === 1;
    expect([shownOn('2026-04-12', '2026-04-06'), shownOn('2026-04-13', '2026-04-06')]).toEqual([false, true]);
    expect([shownOn('2026-04-17', '2026-04-13'), shownOn('2026-04-18', '2026-04-13')]).toEqual([false, true]);
  });

  it('is not one of the home feed’s open surveys (the feed lists weighings apart)', () => {
    expect(stillOpen(weighingInput({ round: round(), balloted: false }))).toEqual([]);
  });
});
