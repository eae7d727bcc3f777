/**
 * Text is cleaned once, where it enters: an action's title and description keep no control character (NUL, the
 * escape of terminal colour sequences, DEL, C1) and no bidi override, a title is one line, and what is stored is
 * what the plan shows and what Jira receives. The French texts are cleaned the same way.
 */
import { ADMIN_PAGE, aCampaign, aModel, draftSelected, JIRA_TARGET } from '../helpers/builders';
import { startBackend, type HostBackend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';

let p: HostBackend;
beforeAll(async () => {
  p = await startBackend({ products: 'host', context: ADMIN_PAGE });
});
afterAll(() => p.close());

const campaignId = 'cmp-2026';
const DIRTY_TITLE = 'Weekly\u0000 status\u001b[31m mail\u007f to \u202Erequesters\u0085\nand buyers';
const DIRTY_DESCRIPTION = 'Line one\u0007\r\nLine\u009b two\u2066';
const DIRTY_FRENCH_TITLE = 'Courriel\u0000 hebdo\u001b[31m\u202E aux demandeurs\u0085\net acheteurs';
const DIRTY_FRENCH_DESCRIPTION = 'Ligne un\u0007\r\nLigne\u009b deux\u2066';

it('stores, shows and sends to Jira the cleaned text, the same everywhere', async () => {
  await p.seed({
    campaigns: [aCampaign({ status: 'closed', closedAt: Date.UTC(2026, 2, 1) })],
    models: [aModel()],
    roles: {},
    jira: JIRA_TARGET,
  });
  const [id] = await draftSelected(p, 1, () => ({
    title: { 'en-US': DIRTY_TITLE, 'fr-FR': DIRTY_FRENCH_TITLE },
    description: { 'en-US': DIRTY_DESCRIPTION, 'fr-FR': DIRTY_FRENCH_DESCRIPTION },
  }));
  const plan = (await p.call(PEOPLE.grace, 'plan/get', { campaignId })).result.data;
  const action = plan.actions.find((a) => a.id === id)!;
  expect(action.title).toEqual({
    'en-US': 'Weekly status[31m mail to requesters and buyers',
    'fr-FR': 'Courriel hebdo[31m aux demandeurs et acheteurs',
  });
  expect(action.description).toEqual({ 'en-US': 'Line one\nLine two', 'fr-FR': 'Ligne un\nLigne deux' });

  const created = await p.call(PEOPLE.grace, 'plan/createIssues', { campaignId });
  expect(created.result.ok).toBe(true);
  await p.idle();
  const [issue] = p.host.jira.issues();
  // The issue has one text, the English one (docs/decisions/plan.md): no French reaches Jira.
  expect(issue!.summary).toBe(action.title['en-US']);
  const sent = p.host.jira.requests().find((r) => r.path === '/rest/api/3/issue/bulk')!;
  expect(JSON.stringify(sent.body)).toContain('"text":"Line one\\nLine two"');
  expect(JSON.stringify(sent.body)).not.toMatch(/\\u00(0|1|7f|9b)/i);
  expect(JSON.stringify(sent.body)).not.toMatch(/Courriel|Ligne/);
});
