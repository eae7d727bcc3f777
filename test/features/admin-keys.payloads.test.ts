/**
 * The admin page's keys (roles, directory, model, campaigns, binding) under arbitrary and oversized payloads: a
 * typed Result every time, and nothing written. What each role gets for each id is in admin-keys.matrix.test.ts.
 */
import fc from 'fast-check';
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

const ADMIN_KEYS = [
  'roles/getAccess',
  'roles/bootstrap',
  'roles/get',
  'roles/set',
  'directory/search',
  'directory/users',
  'model/get',
  'model/save',
  'campaigns/list',
  'campaigns/get',
  'campaigns/save',
  'campaigns/open',
  'campaigns/close',
  'binding/bind',
];
const CODES = ['INVALID_PAYLOAD', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAVAILABLE'];

describe('arbitrary payloads', () => {
  let f: TeamCampaigns;
  beforeAll(async () => {
    f = await fixture();
  });

  it.each(ADMIN_KEYS)('%s answers a typed Result and writes nothing', async (key) => {
    const before = dump();
    await fc.assert(
      fc.asyncProperty(
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
        async (payload) => {
          const { result } = await call(PEOPLE.jean, key, payload, macroContext());
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(CODES).toContain(result.error!.code);
          expect(dump()).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses oversized strings with INVALID_PAYLOAD, without writing', async () => {
    const huge = 'x'.repeat(1_000_000);
    const longId = 'a'.repeat(65);
    const before = dump();
    const payloads: [string, unknown][] = [
      ['directory/search', { query: 'x'.repeat(101) }],
      ['directory/search', { query: huge }],
      ['directory/users', { accountIds: ['1'.repeat(129)] }],
      ['directory/users', { accountIds: Array.from({ length: 101 }, () => PEOPLE.alice) }],
      ['roles/set', { admins: [huge], team: [], quality: [] }],
      ['model/get', { modelId: longId }],
      [
        'model/save',
        {
          model: { ...(({ version: _v, ...m }) => m)(DEFAULT_MODEL), name: { 'en-US': huge, 'fr-FR': 'x' } },
          baseVersion: 1,
        },
      ],
      ['campaigns/get', { campaignId: longId }],
      [
        'campaigns/save',
        {
          campaign: campaignInput({ id: f.own.draft, name: { 'en-US': huge, 'fr-FR': 'x' } }),
          baseRevision: 1,
        },
      ],
      [
        'campaigns/save',
        { campaign: campaignInput({ id: f.own.draft, period: 'x'.repeat(41) }), baseRevision: 1 },
      ],
      [
        'campaigns/save',
        { campaign: { ...campaignInput({ id: f.own.draft }), extra: huge }, baseRevision: 1 },
      ],
      ['campaigns/open', { campaignId: huge, baseRevision: 1 }],
      ['campaigns/close', { campaignId: f.own.open, baseRevision: 10_000_000 }],
      ['binding/bind', { campaignId: huge }],
    ];
    for (const [key, payload] of payloads) {
      const { result, counts } = await call(PEOPLE.jean, key, payload, macroContext());
      expect([key, code(result)]).toEqual([key, 'INVALID_PAYLOAD']);
      expect(counts.storage).toBe(0);
    }
    // A page id or macro id of the wrong size in the context is refused too.
    const bad = await call(
      PEOPLE.jean,
      'binding/bind',
      { campaignId: f.own.draft },
      macroContext('1'.repeat(40)),
    );
    expect(code(bad.result)).toBe('INVALID_PAYLOAD');
    const badLocal = await call(
      PEOPLE.jean,
      'binding/bind',
      { campaignId: f.own.draft },
      macroContext(undefined, huge),
    );
    expect(code(badLocal.result)).toBe('INVALID_PAYLOAD');
    expect(dump()).toEqual(before);
  });
});
