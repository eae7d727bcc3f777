/**
 * The demo's administration data (sandbox/seed.ts) in the local host over HTTP, as the personas see it: roles, the
 * four campaigns and the survey's binding; and a scheduled trigger fired on demand.
 */
import { SEED_DEPARTMENTS, UNLISTED_CUSTOMER } from '../../sandbox/seed';
import { SURVEY_MACRO_LOCAL_ID } from '../../sandbox/server/state';
import { startBackend } from '../helpers/backend';
import { hostFetch, invokeAs, type Host } from '../helpers/host';
import { PEOPLE } from '../helpers/people';

const ADMIN_FRAME = 'page-admin-page';

describe('administration in the local host', () => {
  let host: Host;
  beforeAll(async () => {
    host = (await startBackend({ products: 'host', demo: true })).host;
  });
  afterAll(() => host.close());

  it('seeds the roles: the admin persona, both buyers in the team, the quality manager', async () => {
    const access = await invokeAs(host, PEOPLE.jean, 'roles/getAccess', {}, ADMIN_FRAME);
    expect(access.body).toMatchObject({ ok: true, data: { roles: ['admin'], canBootstrap: false } });
    expect((await invokeAs(host, PEOPLE.grace, 'roles/getAccess', {}, ADMIN_FRAME)).body).toMatchObject({
      data: { roles: ['team'] },
    });
    expect((await invokeAs(host, PEOPLE.ines, 'roles/getAccess', {}, ADMIN_FRAME)).body).toMatchObject({
      data: { roles: ['quality'] },
    });
  });

  it('seeds a closed 2024 and 2025, an open 2026 bound to the page macro, and a draft anonymous 2027', async () => {
    const list = await invokeAs(host, PEOPLE.jean, 'campaigns/list', {}, ADMIN_FRAME);
    expect(list.body).toMatchObject({
      ok: true,
      data: [
        { id: 'campaign-2027', status: 'draft', anonymous: true, bound: false },
        { id: 'campaign-2026', status: 'open', anonymous: false, bound: true },
        { id: 'campaign-2025', status: 'closed', anonymous: false },
        { id: 'campaign-2024', status: 'closed', anonymous: false },
      ],
    });
    const campaign = await invokeAs(
      host,
      PEOPLE.jean,
      'campaigns/get',
      { campaignId: 'campaign-2026' },
      ADMIN_FRAME,
    );
    // Version 1 was frozen by 2024; the model was reworded once since, and 2025 and 2026 froze version 2.
    expect(campaign.body).toMatchObject({ ok: true, data: { commentRequiredAtOrBelow: 2, modelVersion: 2 } });
    const data = (
      campaign.body as {
        data: { audience: { departments: { name: Record<string, string> }[]; people: string[] } };
      }
    ).data;
    expect(data.audience.departments.map((d) => d.name['en-US'])).toEqual([
      'Engineering',
      'Production',
      'Finance',
      'HR',
      'Logistics',
      'Legal',
    ]);
    expect(data.audience.departments.map((d) => d.name['fr-FR'])).toEqual([
      'Ingénierie',
      'Production',
      'Finance',
      'RH',
      'Logistique',
      'Juridique',
    ]);
    expect(data.audience.people).toEqual([UNLISTED_CUSTOMER.accountId]);
    expect(SEED_DEPARTMENTS.flatMap((d) => d.members)).not.toContain(UNLISTED_CUSTOMER.accountId);
    // The binding is the host page's macro: binding it again from its config screen changes nothing.
    const stored = host.kvs.dump();
    const rebind = await invokeAs(
      host,
      PEOPLE.grace,
      'binding/bind',
      { campaignId: 'campaign-2026' },
      `config-${SURVEY_MACRO_LOCAL_ID}`,
    );
    expect(rebind.body).toMatchObject({
      ok: true,
      data: { contentId: '65601', localId: SURVEY_MACRO_LOCAL_ID },
    });
    expect(host.kvs.dump()).toEqual(stored);
  });

  it('fires a scheduled trigger on demand, as the app', async () => {
    const fired = await hostFetch(host, '/__host/scheduled/close-due-campaigns', { method: 'POST' });
    expect(fired.status).toBe(200);
    expect(fired.body).toEqual({
      moduleKey: 'close-due-campaigns',
      ok: true,
      result: { opened: expect.any(Array), closed: expect.any(Array), failed: [], rebuilt: [] },
    });
    expect((await hostFetch(host, '/__host/scheduled/nope', { method: 'POST' })).status).toBe(404);
  });
});
