/**
 * Binding a campaign to its survey macro through the real routing and the Confluence sandbox: who may bind, to
 * which page, and the contexts refused.
 */
import type { Backend } from '../helpers/backend';
import { SURVEY_PAGE } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';
import {
  type Call,
  code,
  createCampaign,
  CUSTOMERS,
  MACRO,
  macroContext,
  RESTRICTED_PAGE,
  setUpRoles,
  onAdminPage,
} from './support/admin-page';

let b: Backend;
let call: Call;
onAdminPage((started) => ({ b, call } = started));

const dump = () => b.kvs.dump();

describe('survey binding', () => {
  beforeEach(() => setUpRoles(call));

  it('binds a campaign to the macro it is configured in, for an admin or a member of its team', async () => {
    const draft = await createCampaign(call);
    const bound = await call(PEOPLE.grace, 'binding/bind', { campaignId: draft.id }, macroContext());
    expect(bound.result).toEqual({
      ok: true,
      data: { campaignId: draft.id, contentId: SURVEY_PAGE, localId: MACRO },
    });
    expect(bound.counts.confluence).toBe(1);
    const view = (await call(PEOPLE.jean, 'campaigns/get', { campaignId: draft.id })).result.data;
    expect(view).toMatchObject({ bound: true, revision: 2 });
    expect(view).not.toHaveProperty('binding');

    // Binding again the same macro writes nothing.
    const before = dump();
    expect(
      (await call(PEOPLE.grace, 'binding/bind', { campaignId: draft.id }, macroContext())).result.ok,
    ).toBe(true);
    expect(dump()).toEqual(before);

    // Moving it elsewhere: not for the team member, but the admin may.
    const elsewhere = macroContext('65602', 'c0ffee00-0000-4000-8000-000000000001');
    expect(code((await call(PEOPLE.grace, 'binding/bind', { campaignId: draft.id }, elsewhere)).result)).toBe(
      'FORBIDDEN',
    );
    expect(dump()).toEqual(before);
    expect(
      (await call(PEOPLE.jean, 'binding/bind', { campaignId: draft.id }, elsewhere)).result,
    ).toMatchObject({
      ok: true,
      data: { contentId: '65602' },
    });
  });

  it('refuses customers, team members of other campaigns, pages the caller cannot view and malformed contexts', async () => {
    const draft = await createCampaign(call);
    const before = dump();
    const refusals: [string, Record<string, unknown>, string][] = [
      [PEOPLE.alice, macroContext(), 'FORBIDDEN'],
      [PEOPLE.ines, macroContext(), 'FORBIDDEN'],
      [PEOPLE.hugo, macroContext(), 'NOT_FOUND'], // a buyer, but not in this campaign's team: not theirs to know
      [PEOPLE.grace, macroContext(RESTRICTED_PAGE), 'FORBIDDEN'], // restricted to admin and quality
      [PEOPLE.grace, macroContext('99999'), 'FORBIDDEN'], // no such page
      [PEOPLE.grace, {}, 'INVALID_PAYLOAD'],
      [PEOPLE.grace, { localId: MACRO, extension: { content: { id: '../65601' } } }, 'INVALID_PAYLOAD'],
      [PEOPLE.grace, { localId: '../../x', extension: { content: { id: SURVEY_PAGE } } }, 'INVALID_PAYLOAD'],
      [PEOPLE.grace, { localId: MACRO, extension: { content: { id: 65601 } } }, 'INVALID_PAYLOAD'],
      [PEOPLE.grace, { localId: MACRO, extension: 'macro' }, 'INVALID_PAYLOAD'],
    ];
    for (const [who, context, expected] of refusals) {
      const answer = await call(who, 'binding/bind', { campaignId: draft.id }, context);
      expect([who, context, code(answer.result)]).toEqual([who, context, expected]);
    }
    expect(dump()).toEqual(before);
    // The admin may view the restricted page, so may bind there.
    expect(
      (await call(PEOPLE.jean, 'binding/bind', { campaignId: draft.id }, macroContext(RESTRICTED_PAGE)))
        .result.ok,
    ).toBe(true);
    expect(CUSTOMERS).toContain(PEOPLE.alice);
  });
});
