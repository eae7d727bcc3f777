/**
 * The hourly job (closeDueCampaigns) through the app: it closes the open campaigns whose closing day is over, and
 * opens on its day a campaign scheduled before its opening day.
 */
import type { Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { type Call, createCampaign, openCampaign, setUpRoles, onAdminPage } from './support/admin-page';

let b: Backend;
let call: Call;
onAdminPage((started) => ({ b, call } = started));

const dump = () => b.kvs.dump();

describe('scheduled close', () => {
  beforeEach(() => setUpRoles(call));

  const day = (offset: number) => new Date(b.clock.now() + offset * 86_400_000).toISOString().slice(0, 10);

  it('closes the open campaigns whose closing day is over, and only those', async () => {
    const due = await createCampaign(call, { anonymous: true, opensOn: day(-30), closesOn: day(-1) });
    const today = await createCampaign(call, { opensOn: day(-30), closesOn: day(0) });
    const draft = await createCampaign(call, { opensOn: day(-30), closesOn: day(-1) });
    await openCampaign(call, due.id, due.revision);
    await openCampaign(call, today.id, today.revision);

    const { result } = await b.invoke({ moduleKey: 'close-due-campaigns' }, () => b.app.closeDueCampaigns());
    expect(result).toEqual({ opened: [], closed: [due.id], failed: [], rebuilt: [] });
    const statusOf = async (id: string): Promise<string> =>
      (await call(PEOPLE.jean, 'campaigns/get', { campaignId: id })).result.data.status as string;
    expect(await statusOf(due.id)).toBe('closed');
    expect(await statusOf(today.id)).toBe('open');
    expect(await statusOf(draft.id)).toBe('draft');
    expect(dump().secrets).toEqual([]);
    // Idempotent: a second run finds nothing to do.
    expect((await b.invoke({}, () => b.app.closeDueCampaigns())).result).toEqual({
      opened: [],
      closed: [],
      failed: [],
      rebuilt: [],
    });
  });

  it('schedules a campaign opened before its opening day, and the hourly job opens it on the day', async () => {
    const later = await createCampaign(call, { anonymous: true, opensOn: day(3), closesOn: day(30) });
    const opened = await call(PEOPLE.jean, 'campaigns/open', {
      campaignId: later.id,
      baseRevision: later.revision,
    });
    // Not "open" before the day: nobody can answer yet, but the model version is frozen already.
    expect(opened.result).toMatchObject({ ok: true, data: { status: 'scheduled', modelVersion: 1 } });
    expect(opened.result.data.openedAt).toBeUndefined();
    expect(
      (await call(PEOPLE.jean, 'campaigns/close', { campaignId: later.id, baseRevision: 2 })).result,
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const run = async () => (await b.invoke({}, () => b.app.closeDueCampaigns())).result;
    expect(await run()).toEqual({ opened: [], closed: [], failed: [], rebuilt: [] });
    // Three days later, the job opens it.
    b.clock.advance(3 * 86_400_000);
    try {
      expect(await run()).toEqual({ opened: [later.id], closed: [], failed: [], rebuilt: [] });
    } finally {
      b.clock.reset();
    }
    const now = (await call(PEOPLE.jean, 'campaigns/get', { campaignId: later.id })).result.data;
    expect(now).toMatchObject({ status: 'open', openedAt: expect.any(Number) });
    expect(dump().secrets).toHaveLength(1);
  });
});
