/**
 * The roles slice through the real routing (the app's handler on the backend harness, the real @forge/kvs and
 * @forge/api SDKs, the local KVS and the Confluence sandbox): the first admin, racing bootstraps, setting roles.
 */
import type { Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { type Call, code, setUpRoles, onAdminPage } from './support/admin-page';

let b: Backend;
let call: Call;
onAdminPage((started) => ({ b, call } = started));

const dump = () => b.kvs.dump();

describe('roles', () => {
  it('lets a Confluence administrator, and only them, claim the admin role on a new installation', async () => {
    const admin = await call(PEOPLE.jean, 'roles/getAccess', {});
    expect(admin.result).toEqual({
      ok: true,
      data: { accountId: PEOPLE.jean, roles: [], canBootstrap: true },
    });
    expect(admin.counts.confluence).toBe(1);
    const customer = await call(PEOPLE.alice, 'roles/getAccess', {});
    expect(customer.result).toMatchObject({ ok: true, data: { roles: [], canBootstrap: false } });

    const before = dump();
    expect(code((await call(PEOPLE.alice, 'roles/bootstrap', {})).result)).toBe('FORBIDDEN');
    expect(dump()).toEqual(before);

    const claimed = await call(PEOPLE.jean, 'roles/bootstrap', {});
    expect(claimed.result).toEqual({
      ok: true,
      data: { accountId: PEOPLE.jean, roles: ['admin'], canBootstrap: false },
    });
    const after = dump();
    expect(code((await call(PEOPLE.jean, 'roles/bootstrap', {})).result)).toBe('CONFLICT');
    expect(dump()).toEqual(after);
    // Once an admin exists, nobody is offered the bootstrap and Confluence is not asked any more.
    const later = await call(PEOPLE.jean, 'roles/getAccess', {});
    expect(later.result).toMatchObject({ ok: true, data: { roles: ['admin'], canBootstrap: false } });
    expect(later.counts).toMatchObject({ storage: 1, confluence: 0 });
  });

  it('keeps exactly one roles record when bootstraps race', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => call(PEOPLE.jean, 'roles/bootstrap', {})),
    );
    expect(results.filter((r) => r.result.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.result.ok).every((r) => r.result.error!.code === 'CONFLICT')).toBe(true);
    const roles = dump()
      .kvs.filter((e: { key: string }) => e.key.startsWith('settings:roles'))
      .map(({ key, value }: { key: string; value: unknown }) => ({ key, value }));
    expect(roles).toEqual([
      {
        key: 'settings:roles',
        value: { schemaVersion: 1, admins: [PEOPLE.jean], team: [], quality: [], revision: 1 },
      },
    ]);
  });

  it('lets admins only set roles, with names from Confluence, and never leaves the app without its admin', async () => {
    await setUpRoles(call);
    const roles = await call(PEOPLE.jean, 'roles/get', {});
    expect(roles.result.data).toEqual({
      admins: [{ accountId: PEOPLE.jean, displayName: 'Jean Rousseau' }],
      team: [
        { accountId: PEOPLE.grace, displayName: 'Grace Okafor' },
        { accountId: PEOPLE.hugo, displayName: 'Hugo Moreau' },
      ],
      quality: [{ accountId: PEOPLE.ines, displayName: 'Inès Garcia' }],
    });
    expect((await call(PEOPLE.grace, 'roles/getAccess', {})).result.data.roles).toEqual(['team']);

    const before = dump();
    const attempts = [
      [PEOPLE.grace, { admins: [PEOPLE.grace], team: [], quality: [] }, 'FORBIDDEN'],
      [PEOPLE.alice, { admins: [PEOPLE.alice], team: [], quality: [] }, 'FORBIDDEN'],
      // The last admin handing the role to someone else and dropping their own.
      [
        PEOPLE.jean,
        { admins: [PEOPLE.hugo], team: [PEOPLE.grace], quality: [PEOPLE.ines] },
        'INVALID_PAYLOAD',
      ],
      [PEOPLE.jean, { admins: [], team: [], quality: [] }, 'INVALID_PAYLOAD'],
      // Not a user of the site.
      [PEOPLE.jean, { admins: [PEOPLE.jean], team: ['557058:not-a-user'], quality: [] }, 'INVALID_PAYLOAD'],
    ] as const;
    for (const [who, payload, expected] of attempts) {
      expect(code((await call(who, 'roles/set', payload)).result)).toBe(expected);
    }
    expect(dump()).toEqual(before);

    // With a second admin, the first may step down; the second stays.
    await call(PEOPLE.jean, 'roles/set', {
      admins: [PEOPLE.jean, PEOPLE.hugo],
      team: [PEOPLE.grace],
      quality: [PEOPLE.ines],
    });
    const stepDown = await call(PEOPLE.jean, 'roles/set', {
      admins: [PEOPLE.hugo],
      team: [PEOPLE.grace],
      quality: [PEOPLE.ines],
    });
    expect(stepDown.result).toMatchObject({ ok: true, data: { admins: [{ accountId: PEOPLE.hugo }] } });
    expect((await call(PEOPLE.jean, 'roles/getAccess', {})).result.data.roles).toEqual([]);
    expect(code((await call(PEOPLE.jean, 'roles/get', {})).result)).toBe('FORBIDDEN');
  });
});
