/**
 * Following the plan up (issue 9): the follow-up macro (progress, each action as Jira tells it, its history,
 * refresh, reviews recorded and listed), the customers' commitments macro, the Jira issue panel, and the config
 * screen of the two new macros (a campaign, bound to nothing). Each renders loading, data, empty and its failures
 * worded from their reason, in English and French.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fail } from '../../src/shared/result';
import { adminBackend, ME, USERS } from './admin-harness';
import { failure, FakeSurveyBackend, installBridge, plain, useHost } from './harness';
import {
  actionView,
  ALICE,
  commitmentsView,
  createdAction,
  criterionText,
  CRITERIA,
  FakePlanBackend,
  GRACE,
  issuePanelFound,
  planView,
  reviewSnapshot,
  type PlanState,
} from './plan-harness';
import type * as Boot from '../../static/app/src/app/boot';
import type * as EntryConfig from '../../static/app/src/entry-config';
import type * as EntryMain from '../../static/app/src/entry-main';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

let App: typeof Boot.App;
let renderMain: typeof EntryMain.renderMain;
let renderConfig: typeof EntryConfig.renderConfig;
beforeAll(async () => {
  installBridge();
  ({ App } = await import('../../static/app/src/app/boot'));
  ({ renderMain } = await import('../../static/app/src/entry-main'));
  ({ renderConfig } = await import('../../static/app/src/entry-config'));
});

const F = en.ui.followup;
const C = en.ui.commitments;
const I = en.ui.issuePanel;

let backend: FakePlanBackend | undefined;
afterEach(() => {
  expect(backend?.invalid ?? []).toEqual([]);
  backend = undefined;
});

function show(
  moduleKey: string,
  seed: Partial<PlanState> = {},
  locale = 'en-US',
  config: object = { campaignId: 'survey-2026' },
) {
  const people = adminBackend({ access: { accountId: ME, roles: ['team'], canBootstrap: false } });
  const b = new FakePlanBackend(seed, people.resolve);
  backend = b;
  useHost({ moduleKey, locale, config: config as Record<string, unknown>, resolve: b.resolve });
  render(<App render={renderMain} />);
  return { user: userEvent.setup(), backend: b };
}

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
    await user.click(within(row).getByRole('button', { name: 'History of “Weekly status mail”, 3 entries' }));
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

  it('readers who may not change the plan record no review', async () => {
    show('followup-macro', { plan: planView({ canEdit: false, actions: [] }) });
    expect(await screen.findByText(F.empty)).toBeInTheDocument();
    expect(screen.getByText(F.reviews.empty)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: F.review.button })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: F.refresh })).toBeInTheDocument();
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
    b.override('followup/get', () => fail('FORBIDDEN', 'plan.notClosed'));
    expect(await screen.findByText(plain(texts.ui.reasons.plan.notClosed))).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: texts.ui.followup.unavailableTitle })).toBeInTheDocument();
    document.body.innerHTML = '';
    const again = show('followup-macro', {}, locale);
    let calls = 0;
    again.backend.override('followup/get', () =>
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
    b.override('plan/refresh', () => fail('UNAVAILABLE', 'jira.unavailable'));
    await user.click(screen.getByRole('button', { name: fr.ui.followup.refresh }));
    expect(await screen.findByText(plain(fr.ui.reasons.jira.unavailable))).toBeInTheDocument();
    expect(screen.getByRole('table', { name: fr.ui.followup.caption })).toHaveTextContent('1 mai 2026');
  });

  it('not set up: says so, asks nothing', async () => {
    const { backend: b } = show('followup-macro', {}, 'en-US', {});
    expect(await screen.findByText(F.notSetUp)).toBeInTheDocument();
    expect(b.keys()).toEqual([]);
  });
});

describe('the commitments macro', () => {
  it('lists what was committed to, where each stands and when, with the share done; no names or keys', async () => {
    show('commitments-macro');
    expect(await screen.findByRole('heading', { level: 2, name: C.title })).toBeInTheDocument();
    expect(
      screen.getByText('Following “Survey 2026”, Procurement committed to these actions.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: C.progressLabel })).toHaveAttribute(
      'aria-valuetext',
      '1 of 3 done',
    );
    expect(screen.getByText('1 in progress · 1 planned')).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: C.title })).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Weekly status mail');
    expect(items[0]).toHaveTextContent(C.status.inProgress);
    expect(items[0]).toHaveTextContent(`${C.criteria} ${criterionText(CRITERIA[0]!.id)}`);
    expect(items[0]).toHaveTextContent('Planned for June 30, 2026');
    expect(items[1]).toHaveTextContent(C.status.done);
    expect(items[2]).toHaveTextContent(C.status.planned);
    expect(document.body).not.toHaveTextContent(/PROC-|Grace|Okafor/);
  });

  it('empty: says when commitments come', async () => {
    show('commitments-macro', {
      commitments: commitmentsView({
        commitments: [],
        progress: { total: 0, done: 0, inProgress: 0, planned: 0 },
      }),
    });
    expect(await screen.findByText(C.empty)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('in French, and its failures worded from their reason', async () => {
    show('commitments-macro', {}, 'fr-FR');
    expect(
      await screen.findByRole('heading', { level: 2, name: fr.ui.commitments.title }),
    ).toBeInTheDocument();
    expect(screen.getByText('Prévu pour le 30 juin 2026')).toBeInTheDocument();
    expect(screen.getByText(fr.ui.commitments.status.inProgress)).toBeInTheDocument();
    document.body.innerHTML = '';
    const { backend: b } = show('commitments-macro', {}, 'fr-FR');
    b.override('commitments/get', () => fail('NOT_FOUND', 'campaign.missing'));
    expect(await screen.findByText(plain(fr.ui.reasons.campaign.missing))).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: fr.ui.commitments.unavailableTitle })).toBeInTheDocument();
  });
});

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
    b.override('issue-panel/get', () =>
      ++calls === 1 ? fail('UNAVAILABLE', 'jira.unavailable') : { ok: true, data: { found: false } },
    );
    expect(await screen.findByText(plain(fr.ui.reasons.jira.unavailable))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: fr.ui.errors.retry }));
    expect(await screen.findByText(fr.ui.issuePanel.notAction)).toBeInTheDocument();
  });
});

describe('the new macros’ config screen', () => {
  it.each([
    ['followup-macro', en.ui.followup.configTitle, en.ui.followup.configHelp],
    ['commitments-macro', en.ui.commitments.configTitle, en.ui.commitments.configHelp],
  ])('%s picks a campaign and binds nothing', async (moduleKey, title, help) => {
    const survey = new FakeSurveyBackend();
    survey.access = { accountId: USERS[0]!.accountId, roles: ['team'], canBootstrap: false };
    survey.campaigns = [
      {
        id: 'survey-2025',
        name: { 'en-US': 'Survey 2025', 'fr-FR': 'Survey 2025' },
        period: '2025',
        status: 'closed',
        opensOn: '2025-03-01',
        closesOn: '2025-03-31',
        anonymous: false,
        bound: true,
      },
    ];
    const host = useHost({ moduleKey, resolve: survey.resolve });
    render(<App render={renderConfig} />);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByText(help)).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: /Campaign/ }));
    await user.click(await screen.findByRole('option', { name: 'Survey 2025 (2025) — Closed' }));
    await user.click(screen.getByRole('button', { name: en.ui.config.save }));
    await waitFor(() => expect(host.named('submit')).toHaveLength(1));
    expect(host.named('submit')[0]!.payload).toEqual({ config: { campaignId: 'survey-2025' } });
    expect(survey.keys()).not.toContain('binding/bind');
    expect(survey.invalid).toEqual([]);
  });
});
