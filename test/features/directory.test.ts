/**
 * The directory slice through the real routing and the Confluence sandbox: searching people by name and looking
 * them up by account id, for the roles allowed to.
 */
import { PEOPLE } from '../helpers/people';
import { type Call, code, setUpRoles, onAdminPage } from './support/admin-page';

let call: Call;
onAdminPage((started) => ({ call } = started));

describe('directory', () => {
  beforeEach(() => setUpRoles(call));

  it('searches people by name through Confluence, for admins and the team only', async () => {
    const found = await call(PEOPLE.grace, 'directory/search', { query: 'mar' });
    expect(found.result).toEqual({
      ok: true,
      data: [{ accountId: PEOPLE.alice, displayName: 'Alice Martin' }],
    });
    expect(found.counts.confluence).toBe(1);
    expect(code((await call(PEOPLE.alice, 'directory/search', { query: 'mar' })).result)).toBe('FORBIDDEN');
    expect(code((await call(PEOPLE.ines, 'directory/search', { query: 'mar' })).result)).toBe('FORBIDDEN');
  });

  it('escapes the query: quotes and backslashes cannot change the CQL', async () => {
    for (const query of ['Jean" OR user.fullname~"', 'a\\" or type=page or "', '"', '\\']) {
      const answer = await call(PEOPLE.jean, 'directory/search', { query });
      expect(answer.result).toEqual({ ok: true, data: [] });
    }
  });

  it('looks up several people in one request, keeping the order and leaving unknown ids out', async () => {
    const answer = await call(PEOPLE.jean, 'directory/users', {
      accountIds: [PEOPLE.hugo, '557058:nobody', PEOPLE.alice, PEOPLE.hugo],
    });
    expect(answer.result.data).toEqual([
      { accountId: PEOPLE.hugo, displayName: 'Hugo Moreau' },
      { accountId: PEOPLE.alice, displayName: 'Alice Martin' },
    ]);
    expect(answer.counts.confluence).toBe(1);
    expect((await call(PEOPLE.jean, 'directory/users', { accountIds: [] })).counts.confluence).toBe(0);
  });
});
