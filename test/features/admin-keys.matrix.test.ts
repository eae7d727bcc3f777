/**
 * The admin page's keys (roles, directory, model, campaigns, binding) × own / foreign / missing / malformed ids ×
 * allowed / denied roles: the right typed error, and nothing written (the whole store compared before and after).
 * Arbitrary payloads are in admin-keys.payloads.test.ts.
 */
import { DEFAULT_MODEL } from '../../src/domain/model/model';
import type { Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import {
  type Call,
  campaignInput,
  code,
  macroContext,
  teamCampaigns,
  type TeamCampaigns,
  onAdminPage,
} from './support/admin-page';

let b: Backend;
let call: Call;
onAdminPage((started) => ({ b, call } = started), { reset: false });

const dump = () => b.kvs.dump();
/** A fresh installation: roles, and in each of Grace's and Hugo's teams a draft and an open campaign. */
const fixture = () => teamCampaigns(b, call);

type Kind = 'own' | 'foreign' | 'missing' | 'malformed';
const KINDS: Kind[] = ['own', 'foreign', 'missing', 'malformed'];
const PERSONAS = {
  admin: PEOPLE.jean,
  team: PEOPLE.grace,
  quality: PEOPLE.ines,
  customer: PEOPLE.alice,
} as const;
type Role = keyof typeof PERSONAS;

function idOf(f: TeamCampaigns, kind: Kind, state: 'draft' | 'open'): string {
  if (kind === 'own') return f.own[state];
  if (kind === 'foreign') return f.foreign[state];
  if (kind === 'missing') return 'cmp-0000000000000000';
  return '../settings:roles';
}

type Row = [string, string, string, string];
const DENIED: Row = ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'INVALID_PAYLOAD'];
const ADMIN_ONLY: Record<Role, Row> = {
  admin: ['OK', 'OK', 'NOT_FOUND', 'INVALID_PAYLOAD'],
  team: DENIED,
  quality: DENIED,
  customer: DENIED,
};

/** What each campaign-id resolver answers, per role, for own / foreign / missing / malformed ids. */
const MATRIX: {
  key: string;
  state: 'draft' | 'open';
  writes: boolean;
  payload: (id: string) => unknown;
  context?: Record<string, unknown>;
  expected: Record<Role, [string, string, string, string]>;
}[] = [
  {
    key: 'campaigns/get',
    state: 'draft',
    writes: false,
    payload: (campaignId) => ({ campaignId }),
    expected: {
      admin: ['OK', 'OK', 'NOT_FOUND', 'INVALID_PAYLOAD'],
      // Another team's campaign answers as if it did not exist (issue 7, item 9).
      team: ['OK', 'NOT_FOUND', 'NOT_FOUND', 'INVALID_PAYLOAD'],
      quality: ['OK', 'OK', 'NOT_FOUND', 'INVALID_PAYLOAD'],
      customer: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'INVALID_PAYLOAD'],
    },
  },
  ...[
    [
      'campaigns/save',
      'draft',
      (id: string) => ({
        campaign: campaignInput({ id, name: { 'en-US': 'Edited', 'fr-FR': 'Edited' } }),
        baseRevision: 1,
      }),
    ],
    ['campaigns/open', 'draft', (campaignId: string) => ({ campaignId, baseRevision: 1 })],
    ['campaigns/close', 'open', (campaignId: string) => ({ campaignId, baseRevision: 2 })],
  ].map(([key, state, payload]) => ({
    key: key as string,
    state: state as 'draft' | 'open',
    writes: true,
    payload: payload as (id: string) => unknown,
    expected: ADMIN_ONLY,
  })),
  {
    key: 'binding/bind',
    state: 'draft',
    writes: true,
    payload: (campaignId) => ({ campaignId }),
    context: macroContext(),
    expected: {
      admin: ['OK', 'OK', 'NOT_FOUND', 'INVALID_PAYLOAD'],
      // Another team's campaign answers as if it did not exist (issue 7, item 9).
      team: ['OK', 'NOT_FOUND', 'NOT_FOUND', 'INVALID_PAYLOAD'],
      quality: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'INVALID_PAYLOAD'],
      customer: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'INVALID_PAYLOAD'],
    },
  },
];

describe.each(MATRIX)('$key', ({ key, state, writes, payload, context, expected }) => {
  it.each(Object.keys(PERSONAS) as Role[])('as %s: own / foreign / missing / malformed ids', async (role) => {
    const f = await fixture();
    for (const [i, kind] of KINDS.entries()) {
      const before = dump();
      const { result } = await call(PERSONAS[role], key, payload(idOf(f, kind, state)), context);
      expect([kind, code(result)]).toEqual([kind, expected[role][i]]);
      if (result.ok && writes) {
        expect(dump()).not.toEqual(before);
        // Leave the next id kinds a store as the fixture made it.
        await fixture().then((next) => Object.assign(f, next));
      } else {
        expect([kind, dump()]).toEqual([kind, before]);
      }
    }
  });
});

describe('resolvers without ids: allowed and denied roles', () => {
  const roleTable: [string, unknown, Record<Role, string>][] = [
    ['roles/getAccess', {}, { admin: 'OK', team: 'OK', quality: 'OK', customer: 'OK' }],
    [
      'roles/bootstrap',
      {},
      { admin: 'CONFLICT', team: 'CONFLICT', quality: 'CONFLICT', customer: 'CONFLICT' },
    ],
    ['roles/get', {}, { admin: 'OK', team: 'FORBIDDEN', quality: 'FORBIDDEN', customer: 'FORBIDDEN' }],
    [
      'roles/set',
      { admins: [PEOPLE.jean], team: [PEOPLE.grace, PEOPLE.hugo], quality: [PEOPLE.ines] },
      { admin: 'OK', team: 'FORBIDDEN', quality: 'FORBIDDEN', customer: 'FORBIDDEN' },
    ],
    [
      'directory/search',
      { query: 'a' },
      { admin: 'OK', team: 'OK', quality: 'FORBIDDEN', customer: 'FORBIDDEN' },
    ],
    [
      'directory/users',
      { accountIds: [PEOPLE.alice] },
      // Quality managers read campaigns: they may name the people in them (issue 7, item 14), not search.
      { admin: 'OK', team: 'OK', quality: 'OK', customer: 'FORBIDDEN' },
    ],
    ['model/get', {}, { admin: 'OK', team: 'OK', quality: 'OK', customer: 'FORBIDDEN' }],
    [
      'model/get',
      { modelId: 'no-such-model' },
      { admin: 'NOT_FOUND', team: 'NOT_FOUND', quality: 'NOT_FOUND', customer: 'FORBIDDEN' },
    ],
    [
      'model/get',
      { modelId: '../model' },
      {
        admin: 'INVALID_PAYLOAD',
        team: 'INVALID_PAYLOAD',
        quality: 'INVALID_PAYLOAD',
        customer: 'INVALID_PAYLOAD',
      },
    ],
    [
      'model/save',
      { model: (({ version: _v, ...m }) => m)(DEFAULT_MODEL), baseVersion: 2 },
      { admin: 'CONFLICT', team: 'FORBIDDEN', quality: 'FORBIDDEN', customer: 'FORBIDDEN' },
    ],
    [
      'model/save',
      { model: { ...(({ version: _v, ...m }) => m)(DEFAULT_MODEL), id: 'other-model' }, baseVersion: 3 },
      { admin: 'CONFLICT', team: 'FORBIDDEN', quality: 'FORBIDDEN', customer: 'FORBIDDEN' },
    ],
    ['campaigns/list', {}, { admin: 'OK', team: 'OK', quality: 'OK', customer: 'FORBIDDEN' }],
  ];

  it.each(roleTable.map(([key, payload, expected], i) => [`${key} #${i}`, key, payload, expected] as const))(
    '%s',
    async (_label, key, payload, expected) => {
      await fixture();
      for (const role of Object.keys(PERSONAS) as Role[]) {
        const before = dump();
        const { result } = await call(PERSONAS[role], key, payload);
        expect([role, code(result)]).toEqual([role, expected[role]]);
        // setRoles with the same roles rewrites them (revision + 1); every other answer here writes nothing.
        if (key !== 'roles/set' || !result.ok) expect([role, dump()]).toEqual([role, before]);
      }
      // No signed-in user: refused whatever the resolver (a malformed payload is refused first).
      const anonymous = code((await call(undefined, key, payload)).result);
      expect(anonymous).toBe(expected.admin === 'INVALID_PAYLOAD' ? 'INVALID_PAYLOAD' : 'FORBIDDEN');
    },
  );
});
