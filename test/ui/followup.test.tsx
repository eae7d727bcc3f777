/**
 * The follow-up macro (issue 9): progress, each selected action as Jira tells it with its history, refresh from
 * Jira, reviews recorded and listed with the plan frozen in them; loading, empty, not set up, and failures worded
 * from their reason, in English and French.
 */
import { screen, within } from '@testing-library/react';
import { fail } from '../../src/shared/result';
import { bootApp, showAsTeam } from './app';
import {
  actionView,
  ALICE,
  createdAction,
  failure,
  GRACE,
  ME,
  plain,
  planView,
  reviewSnapshot,
} from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

const F = en.ui.followup;

const show = showAsTeam;

describe('the follow-up macro', () => {
  const plan = () =>
    planView({
      actions: [
        createdAction('PROC-1', 'indeterminate', {
          title: 'Weekly status mail',
          overdue: true,
          current: {
            updated: Date.UTC(2026, 4, 3),
            statusCategory: 'indeterminate',
            statusName: 'In Review',
            assigneeAccountId: ALICE.accountId,
            dueDate: '2026-05-01',
          },
          dueDate: '2026-05-01',
          history: [
            { at: Date.UTC(2026, 3, 2), to: 'new', toName: 'To Do' },
            { at: Date.UTC(2026, 4, 3), to: 'indeterminate', toName: 'In Review' },
          ],
          adjustments: [
            {
              at: Date.UTC(2026, 3, 20),
              by: GRACE.accountId,
              previousDueDate: '2026-04-15',
              dueDate: '2026-05-01',
              reason: 'Legal reviews the template',
            },
          ],
        }),
        createdAction('PROC-2', 'done', { title: 'One contact per department' }),
        actionView({ title: 'Not selected', selected: false }),
      ],
    });

  it('shows progress and each selected action as Jira tells it, with its history on demand', async () => {
    const { user } = show('followup-macro', { plan: plan(), reviews: [reviewSnapshot()] });
    expect(await screen.findByRole('heading', { level: 2, name: F.title })).toBeInTheDocument();
    expect(screen.getByText('Survey 2026').closest('p')).toHaveTextContent(/^Survey 2026 · 2026$/);
    expect(screen.getByRole('progressbar', { name: en.ui.plan.progress.label })).toHaveAttribute(
      'aria-valuetext',
      '1 of 2 done',
    );
    const table = screen.getByRole('table', { name: F.caption });
    expect(within(table).queryByText('Not selected')).not.toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /^Weekly status mail/ });
    expect(within(row).getByRole('link', { name: 'PROC-1, opens in Jira' })).toHaveAttribute(
      'href',
      'https://example.atlassian.net/browse/PROC-1',
    );
    expect(within(row).getByTestId('status-inprogress')).toHaveTextContent('In Review');
    // The assignee is Jira's (not the owner): named through the directory.
    expect(await within(row).findByText('Alice Martin')).toBeInTheDocument();
    expect(row).toHaveTextContent('May 1, 2026');
    expect(within(row).getByText(en.ui.plan.jira.overdue)).toBeInTheDocument();
    const done = within(table).getByRole('row', { name: /^One contact per department/ });
    expect(within(done).getByTestId('status-success')).toHaveTextContent('Done');
    await user.click(within(row).getByRole('button', { name: 'History (3) of “Weekly status mail”' }));
    const history = screen.getByRole('region', { name: 'History of “Weekly status mail”' });
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Apr 2, 2026To Do',
      'May 3, 2026In Review',
      'Apr 20, 2026, Grace Okafor: Apr 15, 2026 → May 1, 2026Legal reviews the template',
    ]);
  });

  it('refreshes from Jira and records a review, newest first, with the plan frozen in it', async () => {
    const { user, backend: b } = show('followup-macro', { plan: plan(), reviews: [reviewSnapshot()] });
    await screen.findByRole('heading', { level: 2, name: F.title });
    await user.click(screen.getByRole('button', { name: F.refresh }));
    expect(await screen.findByText(F.refreshed)).toBeInTheDocument();
    expect(b.payloadsOf('plan/refresh')).toEqual([{ campaignId: 'survey-2026' }]);

    await user.click(screen.getByRole('button', { name: F.review.button }));
    const dialog = await screen.findByRole('dialog', { name: F.review.title });
    await user.click(within(dialog).getByRole('button', { name: F.review.save }));
    expect(await within(dialog).findByText(F.review.commentRequired)).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/^Comment/), 'On track but for the mail.');
    await user.click(within(dialog).getByRole('button', { name: F.review.save }));
    expect(await screen.findByText(F.review.recorded)).toBeInTheDocument();
    expect(b.payloadsOf('followup/review')).toEqual([
      { campaignId: 'survey-2026', comment: 'On track but for the mail.' },
    ]);
    const reviews = screen.getByRole('region', { name: F.reviews.title });
    const items = within(reviews).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('On track but for the mail.');
    expect(items[1]).toHaveTextContent('May 20, 2026, by Grace Okafor');
    expect(items[1]).toHaveTextContent('Selected 2 · in Jira 2 · done 0 · overdue 1');
    await user.click(within(items[1]!).getByRole('button', { name: F.reviews.show }));
    const frozen = within(items[1]!).getByRole('table', { name: 'The plan at the review of May 20, 2026' });
    expect(
      within(frozen).getByRole('row', { name: /^Weekly status mail PROC-1 In Progress May 1, 2026/ }),
    ).toHaveTextContent(en.ui.plan.jira.overdue);
  });

  it('readers who may not change the plan (quality managers) record a review too (issue 16, item 20)', async () => {
    const { user, backend: b } = show('followup-macro', {
      access: { accountId: ME, roles: ['quality'], canBootstrap: false },
      plan: planView({ canEdit: false, actions: [] }),
    });
    expect(await screen.findByText(F.empty)).toBeInTheDocument();
    expect(screen.getByText(F.reviews.empty)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: F.refresh })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: F.review.button }));
    const dialog = await screen.findByRole('dialog', { name: F.review.title });
    await user.type(within(dialog).getByLabelText(/^Comment/), 'Checked for the management review.');
    await user.click(within(dialog).getByRole('button', { name: F.review.save }));
    expect(await screen.findByText(F.review.recorded)).toBeInTheDocument();
    expect(b.payloadsOf('followup/review')).toEqual([
      { campaignId: 'survey-2026', comment: 'Checked for the management review.' },
    ]);
  });

  it('an assignee the directory does not know is said to have no name available, never “…” for good (item 20)', async () => {
    const stranger = '712020:5a1e0000-0000-4000-8000-000000000999';
    const action = createdAction('PROC-3', 'indeterminate', { title: 'Assigned in Jira' });
    action.current = { ...action.current!, assigneeAccountId: stranger };
    show('followup-macro', { plan: planView({ actions: [action] }) });
    const row = await screen.findByRole('row', { name: /^Assigned in Jira/ });
    expect(await within(row).findByText(en.ui.plan.jira.nameUnavailable)).toBeInTheDocument();
    expect(row).not.toHaveTextContent('…');
  });

  it('loading, then Jira’s absence said with the plan still shown', async () => {
    show('followup-macro', { plan: planView({ jira: { kind: 'notConfigured' } }) });
    expect(screen.getByRole('status')).toBeInTheDocument();
    expect(await screen.findByText(en.ui.plan.jira.notConfiguredTitle)).toBeInTheDocument();
    expect(screen.getByText(en.ui.plan.jira.stillWorks)).toBeInTheDocument();
  });

  it.each([
    ['en-US', en],
    ['fr-FR', fr],
  ] as const)('failures are worded from their reason (%s)', async (locale, texts) => {
    const { backend: b } = show('followup-macro', {}, locale);
    b.on('followup/get', () => fail('FORBIDDEN', 'plan.notClosed'));
    expect(await screen.findByText(plain(texts.ui.reasons.plan.notClosed))).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: texts.ui.followup.unavailableTitle })).toBeInTheDocument();
    document.body.innerHTML = '';
    const again = show('followup-macro', {}, locale);
    let calls = 0;
    again.backend.on('followup/get', () =>
      ++calls === 1 ? failure('INTERNAL') : { ok: true, data: { plan: planView(), reviews: [] } },
    );
    expect(await screen.findByText(texts.ui.errors.INTERNAL)).toBeInTheDocument();
    await again.user.click(screen.getByRole('button', { name: texts.ui.errors.retry }));
    expect(
      await screen.findByRole('heading', { level: 2, name: texts.ui.followup.title }),
    ).toBeInTheDocument();
  });

  it('a refresh Jira refuses says why, in French', async () => {
    const { user, backend: b } = show('followup-macro', { plan: plan() }, 'fr-FR');
    await screen.findByRole('heading', { level: 2, name: fr.ui.followup.title });
    b.on('plan/refresh', () => fail('UNAVAILABLE', 'jira.unavailable'));
    await user.click(screen.getByRole('button', { name: fr.ui.followup.refresh }));
    expect(await screen.findByText(plain(fr.ui.reasons.jira.unavailable))).toBeInTheDocument();
    expect(screen.getByRole('table', { name: fr.ui.followup.caption })).toHaveTextContent('1 mai 2026');
  });

  describe('issue 16, item 11: a reader the follow-up is not for', () => {
    const missing = () => fail('NOT_FOUND', 'campaign.missing');

    it.each([
      ['en-US', en],
      ['fr-FR', fr],
    ] as const)(
      'a customer reads whom the follow-up is for, never that the campaign does not exist (%s)',
      async (locale, texts) => {
        const { backend: b } = show(
          'followup-macro',
          { access: { accountId: ME, roles: [], canBootstrap: false } },
          locale,
        );
        b.on('followup/get', missing);
        expect(await screen.findByText(plain(texts.ui.followup.notForYou))).toBeInTheDocument();
        expect(screen.queryByText(plain(texts.ui.reasons.campaign.missing))).not.toBeInTheDocument();
        expect(screen.queryByRole('button', { name: texts.ui.errors.retry })).not.toBeInTheDocument();
        expect(b.keys()).toEqual(['followup/get', 'roles/getAccess']);
      },
    );

    it('a buyer of another campaign’s team is told it is for that campaign’s team, or gone', async () => {
      const { backend: b } = show('followup-macro');
      b.on('followup/get', missing);
      expect(await screen.findByText(F.notYourTeam)).toBeInTheDocument();
      expect(screen.queryByText(en.ui.reasons.campaign.missing)).not.toBeInTheDocument();
    });

    it.each([
      ['an admin', 'admin'],
      ['a quality manager', 'quality'],
    ] as const)(
      '%s, who reads every campaign, is told the campaign is missing: it is',
      async (_who, role) => {
        const { backend: b } = show('followup-macro', {
          access: { accountId: ME, roles: [role], canBootstrap: false },
        });
        b.on('followup/get', missing);
        expect(await screen.findByText(en.ui.reasons.campaign.missing)).toBeInTheDocument();
        expect(screen.queryByText(F.notForYou)).not.toBeInTheDocument();
      },
    );

    it('without the reader’s roles, says both, truthfully', async () => {
      const { backend: b } = show('followup-macro');
      b.on('followup/get', missing);
      b.on('roles/getAccess', () => failure('UNAVAILABLE'));
      expect(await screen.findByText(F.notShown)).toBeInTheDocument();
    });
  });

  it.each([
    ['en-US', en],
    ['fr-FR', fr],
  ] as const)(
    'issue 16, item 14: a refresh that cannot reach Jira says so, and only so (%s)',
    async (locale, texts) => {
      const { user, backend: b } = show('followup-macro', { plan: plan() }, locale);
      await screen.findByRole('heading', { level: 2, name: texts.ui.followup.title });
      b.state.refreshJira = { kind: 'unavailable', problem: 'timeout', projectKey: 'PROC' };
      await user.click(screen.getByRole('button', { name: texts.ui.followup.refresh }));
      expect(await screen.findByText(texts.ui.plan.jira.unavailableTitle)).toBeInTheDocument();
      expect(screen.getByText(plain(texts.ui.plan.jira.lastKnown))).toBeInTheDocument();
      expect(screen.queryByText(plain(texts.ui.followup.refreshed))).not.toBeInTheDocument();
    },
  );

  it('not set up: says so, asks nothing', async () => {
    const { backend: b } = show('followup-macro', {}, 'en-US', {});
    expect(await screen.findByText(F.notSetUp)).toBeInTheDocument();
    expect(b.keys()).toEqual([]);
  });
});
