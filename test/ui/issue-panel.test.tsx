/**
 * The Jira issue panel of an action (issue 9): its campaign, its criteria with their scores (or why not), the
 * weighing and the plan's page; an issue that is no action, and failures worded and retried.
 */
import { screen, within } from '@testing-library/react';
import { fail } from '../../src/shared/result';
import { bootApp, showAsTeam } from './app';
import { criterionText, CRITERIA, issuePanelFound, plain } from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

const I = en.ui.issuePanel;

const show = showAsTeam;

describe('the Jira issue panel', () => {
  it('shows the campaign, the criteria with their scores, the weighing and the page', async () => {
    const { backend: b } = show('action-issue-panel', {}, 'en-US', {});
    expect(await screen.findByRole('heading', { level: 2, name: 'Weekly status mail' })).toBeInTheDocument();
    expect(screen.getByText('Improvement plan of Survey 2026 (2026)')).toBeInTheDocument();
    const scores = screen.getByRole('table', { name: I.caption });
    expect(
      within(scores).getByRole('row', { name: `${criterionText(CRITERIA[0]!.id)} 42 2.40 45%` }),
    ).toBeInTheDocument();
    expect(screen.getByText('Customers’ weighing: 31.5 points per voter (12 voters).')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: I.page })).toHaveAttribute(
      'href',
      'https://example.atlassian.net/wiki/spaces/PROC/pages/42',
    );
    // The issue comes from the panel's context on the server: nothing is sent.
    expect(b.payloadsOf('issue-panel/get')).toEqual([{}]);
  });

  it('without the results’ audience: the criteria, no scores, and why', async () => {
    show(
      'action-issue-panel',
      {
        issuePanel: issuePanelFound({
          scoresShown: false,
          criteria: [{ id: CRITERIA[0]!.id, text: CRITERIA[0]!.text }],
        }),
      },
      'fr-FR',
      {},
    );
    expect(await screen.findByText(CRITERIA[0]!.text['fr-FR'])).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(fr.ui.issuePanel.scoresHidden)).toBeInTheDocument();
  });

  it('an issue that is not an action says so; a failure is worded and retried', async () => {
    show('action-issue-panel', { issuePanel: { found: false } }, 'en-US', {});
    expect(await screen.findByText(I.notAction)).toBeInTheDocument();
    document.body.innerHTML = '';
    const { user, backend: b } = show('action-issue-panel', {}, 'fr-FR', {});
    let calls = 0;
    b.on('issue-panel/get', () =>
      ++calls === 1 ? fail('UNAVAILABLE', 'jira.unavailable') : { ok: true, data: { found: false } },
    );
    expect(await screen.findByText(plain(fr.ui.reasons.jira.unavailable))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: fr.ui.errors.retry }));
    expect(await screen.findByText(fr.ui.issuePanel.notAction)).toBeInTheDocument();
  });
});
