/**
 * The improvement plan on the admin page (issue 9): reached from the campaign list, where to act, the candidate
 * actions (drafted, selected, deleted, dates adjusted), the customers' weighing, Jira issues created with failures
 * shown and retried, Jira's state (status lozenges, overdue, pending), read-only for quality managers, Jira's
 * absence said, every failure worded from its reason in English and French; and the admins' Jira tab.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fail } from '../../src/shared/result';
import { adminBackend, campaignView, idOf, ME } from './admin-harness';
import { failure, installBridge, plain, useHost } from './harness';
import {
  actionView,
  createdAction,
  criterionText,
  CRITERIA,
  FakePlanBackend,
  GRACE,
  planView,
  suggestion,
  weighingSummary,
  type PlanState,
} from './plan-harness';
import type * as Boot from '../../static/app/src/app/boot';
import type * as EntryMain from '../../static/app/src/entry-main';
import type * as Jira from '../../static/app/src/components/plan/jira';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

let App: typeof Boot.App;
let renderMain: typeof EntryMain.renderMain;
let STATUS_APPEARANCE: typeof Jira.STATUS_APPEARANCE;
beforeAll(async () => {
  installBridge();
  ({ App } = await import('../../static/app/src/app/boot'));
  ({ renderMain } = await import('../../static/app/src/entry-main'));
  ({ STATUS_APPEARANCE } = await import('../../static/app/src/components/plan/jira'));
});

const P = en.ui.plan;
const FP = fr.ui.plan;

let backend: FakePlanBackend;
afterEach(() => expect(backend.invalid).toEqual([]));

function setUp(seed: Partial<PlanState> = {}, roles: ('admin' | 'team' | 'quality')[] = ['admin']) {
  const admin = adminBackend({
    access: { accountId: ME, roles, canBootstrap: false },
    campaigns: [
      campaignView({
        id: 'survey-2026',
        name: { 'en-US': 'Survey 2026', 'fr-FR': 'Enquête 2026' },
        status: 'closed',
        closedAt: Date.UTC(2026, 2, 31),
      }),
    ],
  });
  backend = new FakePlanBackend(seed, admin.resolve);
  return backend;
}

/** The admin page, then the campaign list's "Plan" of Survey 2026. */
async function clickPlan(locale: 'en-US' | 'fr-FR' = 'en-US') {
  useHost({ moduleKey: 'admin-page', locale, resolve: backend.resolve });
  render(<App render={renderMain} />);
  const user = userEvent.setup();
  // French names the campaign after « de la campagne », so no elision depends on its first letter.
  const name =
    locale === 'fr-FR'
      ? 'Plan d’amélioration de la campagne Enquête 2026'
      : 'Improvement plan of Survey 2026';
  await user.click(await screen.findByRole('button', { name }));
  return user;
}

async function openPlan(locale: 'en-US' | 'fr-FR' = 'en-US') {
  const user = await clickPlan(locale);
  await screen.findByRole('heading', { level: 2, name: locale === 'fr-FR' ? 'Enquête 2026' : 'Survey 2026' });
  return user;
}

let caption = P.actions.caption;
beforeEach(() => (caption = P.actions.caption));
const actionsTable = () => screen.getByRole('table', { name: caption });
const rowOf = (title: string) =>
  within(actionsTable())
    .getAllByRole('row')
    .find((r) => r.textContent?.includes(title))!;

describe('the plan tab', () => {
  it('opens from the campaign list on the Plan tab: progress, where to act, the actions', async () => {
    setUp({
      plan: planView({
        actions: [createdAction('PROC-1', 'indeterminate'), actionView({ title: 'Draft idea' })],
        suggestions: [
          suggestion({ criterionId: CRITERIA[1]!.id, gap: 1.2, reasons: ['blindSpot', 'falling'] }),
        ],
      }),
    });
    await openPlan();
    expect(screen.getByRole('tab', { name: P.tab, selected: true })).toBeInTheDocument();
    expect(backend.payloadsOf('plan/get')).toEqual([{ campaignId: 'survey-2026' }]);
    // Criteria read by their text (the model comes with the results), never by id.
    const suggestions = screen.getByRole('table', { name: P.suggestions.caption });
    const row = within(suggestions).getByRole('row', {
      name: new RegExp(criterionText(CRITERIA[1]!.id).slice(0, 20)),
    });
    expect(row).toHaveTextContent(P.suggestions.reason.blindSpot);
    expect(row).toHaveTextContent(P.suggestions.reason.falling);
    expect(row).toHaveTextContent('2.10');
    expect(row).toHaveTextContent('−0.90');
    expect(row).toHaveTextContent('+1.20');
    expect(row).toHaveTextContent(P.suggestions.quadrant.concentrate);
    // The quadrant grid is a picture of the table, with its summary.
    expect(
      screen.getByRole('img', { name: /^Suggested criteria by quadrant: concentrate here 1, keep up/ }),
    ).toBeInTheDocument();
    // Progress over the selected actions.
    expect(screen.getByRole('progressbar', { name: P.progress.label })).toHaveAttribute(
      'aria-valuetext',
      '0 of 1 done',
    );
    expect(rowOf('Draft idea')).toHaveTextContent(P.jira.none);
    expect(rowOf('Draft idea')).toHaveTextContent(`${P.actions.criteria} ${criterionText(CRITERIA[0]!.id)}`);
  });

  it('maps Jira status categories onto lozenges: To Do grey, In Progress blue, Done green; overdue said', async () => {
    expect(STATUS_APPEARANCE).toEqual({ new: 'default', indeterminate: 'inprogress', done: 'success' });
    setUp({
      plan: planView({
        actions: [
          createdAction('PROC-1', 'new', { title: 'First' }),
          createdAction('PROC-2', 'indeterminate', { title: 'Second', overdue: true }),
          createdAction('PROC-3', 'done', { title: 'Third' }),
        ],
      }),
    });
    await openPlan();
    expect(within(rowOf('First')).getByTestId('status-default')).toHaveTextContent('To Do');
    expect(within(rowOf('Second')).getByTestId('status-inprogress')).toHaveTextContent('In Progress');
    expect(within(rowOf('Third')).getByTestId('status-success')).toHaveTextContent('Done');
    expect(within(rowOf('Second')).getByText(P.jira.overdue)).toBeInTheDocument();
    expect(within(rowOf('First')).queryByText(P.jira.overdue)).not.toBeInTheDocument();
    // The key is a link to the issue, opening Jira in a new tab.
    const link = within(rowOf('Second')).getByRole('link', { name: 'PROC-2, opens in Jira' });
    expect(link).toHaveAttribute('href', 'https://example.atlassian.net/browse/PROC-2');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // The assignee by name (the owner's), the due date in the reader's language.
    expect(rowOf('First')).toHaveTextContent(`${P.actions.assignee} ${GRACE.displayName}`);
    expect(rowOf('First')).toHaveTextContent('Jun 30, 2026');
    expect(screen.getByRole('progressbar', { name: P.progress.label })).toHaveAttribute(
      'aria-valuetext',
      '1 of 3 done',
    );
  });

  it('creates the selected actions’ issues, shows a failure with Jira’s reason and retries it', async () => {
    setUp({
      plan: planView({
        actions: [
          actionView({ title: 'Mail template', selected: true }),
          actionView({ title: 'Safety files', selected: true }),
          actionView({ title: 'Not kept', selected: false }),
        ],
      }),
    });
    const create = backend.jiraCreate;
    backend.jiraCreate = (action, attempt) =>
      action.title === 'Safety files' && attempt === 1
        ? {
            state: 'failed',
            problem: 'rejected',
            messages: ['Field “duedate” cannot be set.'],
            at: 1,
            attempt,
          }
        : create(action, attempt);
    const user = await openPlan();
    await user.click(screen.getByRole('button', { name: 'Create 2 Jira issues' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create 2 issues in PROC?' });
    await user.click(within(dialog).getByRole('button', { name: P.create.confirm }));
    const report = await screen.findByText('1 issue created · 1 failed · 0 still being checked with Jira');
    expect(report).toHaveAttribute('role', 'status');
    expect(screen.getByText(P.create.reportFailed)).toBeInTheDocument();
    const failed = rowOf('Safety files');
    expect(failed).toHaveTextContent(P.jira.failed);
    expect(failed).toHaveTextContent(P.jira.problem.rejected);
    expect(within(failed).getByRole('list', { name: P.jira.messages })).toHaveTextContent(
      'Field “duedate” cannot be set.',
    );
    expect(
      within(rowOf('Mail template')).getByRole('link', { name: 'PROC-1, opens in Jira' }),
    ).toBeInTheDocument();
    expect(rowOf('Not kept')).toHaveTextContent(P.jira.none);
    // Retry sends the plan again: only the failed one is still waiting, the created one is never sent twice.
    await user.click(
      within(failed).getByRole('button', { name: 'Retry creating the issue of “Safety files”' }),
    );
    expect(
      await screen.findByText('1 issue created · 0 failed · 0 still being checked with Jira'),
    ).toBeInTheDocument();
    expect(
      within(rowOf('Safety files')).getByRole('link', { name: 'PROC-2, opens in Jira' }),
    ).toBeInTheDocument();
    expect(backend.payloadsOf('plan/createIssues')).toEqual([
      { campaignId: 'survey-2026' },
      { campaignId: 'survey-2026' },
    ]);
    expect(screen.getByRole('button', { name: P.create.nothing })).toBeDisabled();
  });

  it('says an action is being checked with Jira when an answer was lost, and refreshes from Jira', async () => {
    setUp({
      plan: planView({
        actions: [
          actionView({
            title: 'Lost answer',
            selected: true,
            jira: { state: 'pending', attempt: 1, since: 1, by: ME },
          }),
        ],
      }),
    });
    const user = await openPlan();
    expect(rowOf('Lost answer')).toHaveTextContent(P.jira.pending);
    expect(rowOf('Lost answer')).toHaveTextContent(P.jira.pendingHelp);
    // Kept selected: it may have its issue.
    expect(within(rowOf('Lost answer')).getByRole('checkbox')).toBeDisabled();
    backend.state.plan = planView({ actions: [createdAction('PROC-9', 'new', { title: 'Lost answer' })] });
    await user.click(screen.getByRole('button', { name: P.create.refresh }));
    expect(await screen.findByText(P.create.refreshed)).toBeInTheDocument();
    expect(
      within(rowOf('Lost answer')).getByRole('link', { name: 'PROC-9, opens in Jira' }),
    ).toBeInTheDocument();
    expect(backend.payloadsOf('plan/refresh')).toEqual([{ campaignId: 'survey-2026' }]);
  });

  it('drafts an action: the form checks the title, then sends what the contract accepts', async () => {
    setUp();
    const user = await openPlan();
    expect(screen.getByText(P.actions.emptyEditor)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: P.actions.add }));
    const dialog = await screen.findByRole('dialog', { name: P.form.newTitle });
    await user.click(within(dialog).getByRole('button', { name: P.form.save }));
    expect(await within(dialog).findByText(P.form.titleRequired)).toBeInTheDocument();
    expect(backend.payloadsOf('plan/saveAction')).toEqual([]);
    await user.type(within(dialog).getByLabelText(/^Title/), 'Weekly status mail');
    await user.type(within(dialog).getByLabelText(/^Description/), 'Every Monday.');
    await user.click(within(dialog).getByLabelText(P.form.criteria));
    await user.click(await screen.findByRole('option', { name: criterionText(CRITERIA[2]!.id) }));
    const owner = within(dialog).getByLabelText(P.form.owner);
    await user.click(owner);
    await user.type(owner, 'Gra');
    await user.click(await screen.findByRole('option', { name: 'Grace Okafor' }));
    await user.type(within(dialog).getByLabelText(P.form.dueDate), '2026-06-30');
    await user.click(within(dialog).getByRole('button', { name: P.form.save }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(backend.payloadsOf('plan/saveAction')).toEqual([
      {
        campaignId: 'survey-2026',
        revision: 0,
        title: 'Weekly status mail',
        description: 'Every Monday.',
        criterionIds: [CRITERIA[2]!.id],
        ownerAccountId: idOf('Grace'),
        dueDate: '2026-06-30',
      },
    ]);
    expect(screen.getByText('“Weekly status mail” is saved.')).toBeInTheDocument();
    expect(rowOf('Weekly status mail')).toHaveTextContent('Grace Okafor');
  });

  it('starts an action from a suggestion, with its criterion chosen', async () => {
    setUp();
    const user = await openPlan();
    const text = criterionText(CRITERIA[1]!.id);
    await user.click(screen.getByRole('button', { name: `Add an action for “${text}”` }));
    const dialog = await screen.findByRole('dialog', { name: P.form.newTitle });
    expect(within(dialog).getByText(text)).toBeInTheDocument();
  });

  it('says the results are being prepared rather than that nothing stands out', async () => {
    setUp({ plan: planView({ suggestions: [], resultsPreparing: true }) });
    await openPlan();
    expect(await screen.findByText(P.suggestions.preparing)).toBeInTheDocument();
    expect(screen.queryByText(P.suggestions.empty)).not.toBeInTheDocument();
  });

  it('shows the server’s field issues on the fields, and a stale action as a conflict to reload', async () => {
    const action = actionView({ title: 'Old title' });
    setUp({ plan: planView({ actions: [action] }) });
    backend.override('plan/saveAction', () =>
      fail('INVALID_PAYLOAD', 'request.invalid', { key: 'plan/saveAction' }, [
        { path: 'criterionIds.0', reason: 'plan.unknownCriterion', message: 'x' },
      ]),
    );
    const user = await openPlan();
    await user.click(within(rowOf('Old title')).getByRole('button', { name: 'Edit “Old title”' }));
    const dialog = await screen.findByRole('dialog', { name: P.form.editTitle });
    await user.click(within(dialog).getByRole('button', { name: P.form.save }));
    expect(await within(dialog).findByText(en.ui.reasons.plan.unknownCriterion)).toBeInTheDocument();
    backend.override('plan/saveAction', () => fail('CONFLICT', 'plan.stale'));
    await user.click(within(dialog).getByRole('button', { name: P.form.save }));
    expect(await within(dialog).findByText(en.ui.admin.conflict.message)).toBeInTheDocument();
  });

  it('selects and deletes actions, each sent at the revision it was read', async () => {
    const keep = actionView({ title: 'Keep me', revision: 4 });
    const drop = actionView({ title: 'Drop me', revision: 2 });
    setUp({ plan: planView({ actions: [keep, drop] }) });
    const user = await openPlan();
    await user.click(
      within(rowOf('Keep me')).getByRole('checkbox', { name: 'Select “Keep me” for the plan' }),
    );
    await waitFor(() => expect(within(rowOf('Keep me')).getByRole('checkbox')).toBeChecked());
    expect(backend.payloadsOf('plan/select')).toEqual([
      { campaignId: 'survey-2026', actionId: keep.id, revision: 4, selected: true },
    ]);
    expect(screen.getByRole('button', { name: 'Create 1 Jira issue' })).toBeEnabled();
    await user.click(within(rowOf('Drop me')).getByRole('button', { name: 'Delete “Drop me”' }));
    const dialog = await screen.findByRole('dialog', { name: P.actions.deleteTitle });
    await user.click(within(dialog).getByRole('button', { name: P.actions.deleteConfirm }));
    expect(await screen.findByText('“Drop me” was deleted.')).toBeInTheDocument();
    expect(within(actionsTable()).queryByText('Drop me')).not.toBeInTheDocument();
    expect(backend.payloadsOf('plan/deleteAction')).toEqual([
      { campaignId: 'survey-2026', actionId: drop.id, revision: 2 },
    ]);
  });

  it('adjusts a due date with its reason, and the history shows it with the status changes', async () => {
    const action = createdAction('PROC-4', 'indeterminate', { title: 'Late one', revision: 3 });
    setUp({ plan: planView({ actions: [action] }) });
    const user = await openPlan();
    // An action with an issue is not edited here (Jira holds it): its date is adjusted.
    expect(
      within(rowOf('Late one')).queryByRole('button', { name: 'Edit “Late one”' }),
    ).not.toBeInTheDocument();
    await user.click(
      within(rowOf('Late one')).getByRole('button', { name: 'Adjust the due date of “Late one”' }),
    );
    const dialog = await screen.findByRole('dialog', { name: P.adjust.title });
    expect(dialog).toHaveTextContent('Current due date: Jun 30, 2026.');
    await user.click(within(dialog).getByRole('button', { name: P.adjust.save }));
    expect(await within(dialog).findByText(P.adjust.reasonRequired)).toBeInTheDocument();
    const date = within(dialog).getByLabelText(/^New due date/);
    await user.clear(date);
    await user.type(date, '2026-09-30');
    await user.type(within(dialog).getByLabelText(/^Reason/), 'Waiting for Legal');
    await user.click(within(dialog).getByRole('button', { name: P.adjust.save }));
    expect(await screen.findByText('The due date of “Late one” is now Sep 30, 2026.')).toBeInTheDocument();
    expect(backend.payloadsOf('plan/adjust')).toEqual([
      {
        campaignId: 'survey-2026',
        actionId: action.id,
        revision: 3,
        dueDate: '2026-09-30',
        reason: 'Waiting for Legal',
      },
    ]);
    // The plan's date, with Jira's beside it while Jira still has the old one.
    expect(rowOf('Late one')).toHaveTextContent('Sep 30, 2026');
    expect(rowOf('Late one')).toHaveTextContent('Jira: Jun 30, 2026');
    const toggle = within(rowOf('Late one')).getByRole('button', {
      name: 'History of “Late one”, 2 entries',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const history = screen.getByRole('region', { name: 'History of “Late one”' });
    expect(history).toHaveTextContent('Apr 2, 2026In Progress');
    expect(history).toHaveTextContent('May 2, 2026, Grace Okafor: Jun 30, 2026 → Sep 30, 2026');
    expect(history).toHaveTextContent('Waiting for Legal');
  });

  it('opens and closes the weighing; values show per action, hidden below the minimum group size', async () => {
    const a = actionView({ title: 'Valued' });
    setUp({ plan: planView({ actions: [a] }) });
    const user = await openPlan();
    expect(screen.getByText(P.weighing.notOpen)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: P.weighing.openButton }));
    const dialog = await screen.findByRole('dialog', { name: P.weighing.openTitle });
    await user.type(within(dialog).getByLabelText(/^Last day to weigh/), '2025-12-01');
    await user.click(within(dialog).getByRole('button', { name: P.weighing.openConfirm }));
    // The server refuses a day in the past: its issue is on the field.
    expect(await within(dialog).findByText(en.ui.reasons.weighing.closesInPast)).toBeInTheDocument();
    const day = within(dialog).getByLabelText(/^Last day to weigh/);
    await user.clear(day);
    await user.type(day, '2026-05-15');
    await user.click(within(dialog).getByRole('button', { name: P.weighing.openConfirm }));
    expect(await screen.findByText('The weighing is open until May 15, 2026.')).toBeInTheDocument();
    expect(screen.getByText(/^Open until May 15, 2026/)).toBeInTheDocument();
    expect(rowOf('Valued')).toHaveTextContent(P.weighing.hidden);
    await user.click(screen.getByRole('button', { name: P.weighing.closeButton }));
    const confirm = await screen.findByRole('dialog', { name: P.weighing.closeTitle });
    await user.click(within(confirm).getByRole('button', { name: P.weighing.closeConfirm }));
    expect(await screen.findByText(P.weighing.closedNow)).toBeInTheDocument();
    expect(backend.payloadsOf('weighing/open')).toEqual([
      { campaignId: 'survey-2026', closesOn: '2025-12-01' },
      { campaignId: 'survey-2026', closesOn: '2026-05-15' },
    ]);
  });

  it('shows each action’s value: mean points per voter, voters and rank', async () => {
    const a = actionView({ title: 'Most valued' });
    setUp({
      plan: planView({
        actions: [a],
        weighing: weighingSummary({
          status: 'closed',
          closesOn: '2026-05-15',
          ballots: 12,
          suppressed: false,
          values: { [a.id]: { value: 42.5, voters: 12, supporters: 9, rank: 1 } },
        }),
      }),
    });
    await openPlan();
    expect(screen.getByText('Closed on May 15, 2026.')).toBeInTheDocument();
    expect(screen.getByText('12 ballots cast.')).toBeInTheDocument();
    expect(rowOf('Most valued')).toHaveTextContent('42.5 pts');
    expect(within(rowOf('Most valued')).getByLabelText('42.5 points per voter')).toBeInTheDocument();
    expect(rowOf('Most valued')).toHaveTextContent('12 voters · rank 1');
    expect(screen.queryByRole('button', { name: P.weighing.openButton })).not.toBeInTheDocument();
  });
});

describe('Jira’s absence and read-only readers', () => {
  it('says Jira is not set up, why, and that the plan still works; issues cannot be created', async () => {
    setUp({
      plan: planView({
        jira: { kind: 'notConfigured' },
        actions: [actionView({ title: 'A', selected: true })],
      }),
    });
    await openPlan();
    expect(screen.getByRole('heading', { name: P.jira.notConfiguredTitle })).toBeInTheDocument();
    expect(screen.getByText(P.jira.notConfiguredAdmin)).toBeInTheDocument();
    expect(screen.getByText(P.jira.stillWorks)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create 1 Jira issue' })).toBeDisabled();
    expect(screen.getByRole('button', { name: P.actions.add })).toBeEnabled();
  });

  it('says which project cannot be reached and why', async () => {
    setUp({ plan: planView({ jira: { kind: 'unavailable', problem: 'forbidden', projectKey: 'PROC' } }) });
    await openPlan();
    expect(screen.getByRole('heading', { name: P.jira.unavailableTitle })).toBeInTheDocument();
    expect(screen.getByText(`Project PROC: ${P.jira.problem.forbidden}`)).toBeInTheDocument();
    expect(screen.getByText(P.jira.stillWorks)).toBeInTheDocument();
  });

  it('quality managers read the plan: no drafting, selecting, creating or adjusting', async () => {
    setUp(
      {
        plan: planView({
          canEdit: false,
          actions: [
            actionView({ title: 'Candidate', selected: true }),
            createdAction('PROC-1', 'new', { title: 'Created' }),
            actionView({
              title: 'Broken',
              selected: true,
              jira: { state: 'failed', problem: 'timeout', messages: [], at: 1, attempt: 1 },
            }),
          ],
        }),
      },
      ['quality'],
    );
    await openPlan();
    expect(screen.getByText(P.readOnly)).toBeInTheDocument();
    for (const box of within(actionsTable()).getAllByRole('checkbox')) expect(box).toBeDisabled();
    for (const name of [
      P.actions.add,
      /^Create/,
      P.weighing.openButton,
      /^Edit/,
      /^Delete/,
      /^Adjust/,
      /^Retry/,
      /^Add an action/,
    ]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(rowOf('Broken')).toHaveTextContent(P.jira.problem.timeout);
    // Reading Jira's latest state is reading.
    expect(screen.getByRole('button', { name: P.create.refresh })).toBeEnabled();
    expect(screen.queryByRole('tab', { name: P.jiraTab })).not.toBeInTheDocument();
  });
});

describe('failures, worded from their reason', () => {
  it.each([
    ['en-US', en],
    ['fr-FR', fr],
  ] as const)('a campaign not closed yet is information (%s)', async (locale, texts) => {
    setUp();
    backend.override('plan/get', () => fail('FORBIDDEN', 'plan.notClosed'));
    await clickPlan(locale);
    expect(await screen.findByText(plain(texts.ui.reasons.plan.notClosed))).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: texts.ui.plan.unavailableTitle })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: texts.ui.errors.retry })).not.toBeInTheDocument();
  });

  it('a failure without a reason says its kind and offers a retry', async () => {
    setUp();
    let calls = 0;
    backend.override('plan/get', () =>
      ++calls === 1 ? failure('UNAVAILABLE') : { ok: true, data: planView() },
    );
    const user = await clickPlan();
    expect(await screen.findByText(en.ui.errors.UNAVAILABLE)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.ui.errors.retry }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Survey 2026' })).toBeInTheDocument();
  });

  it.each([
    ['forbidden.editPlan', 'FORBIDDEN'],
    ['jira.notConfigured', 'FORBIDDEN'],
    ['jira.unavailable', 'UNAVAILABLE'],
  ] as const)('creating issues refused with %s is worded in English and French', async (reason, code) => {
    for (const locale of ['en-US', 'fr-FR'] as const) {
      setUp({ plan: planView({ actions: [actionView({ title: 'A', selected: true })] }) });
      backend.override('plan/createIssues', () => fail(code, reason));
      const user = await openPlan(locale);
      const texts = locale === 'fr-FR' ? fr : en;
      await user.click(
        screen.getByRole('button', {
          name: locale === 'fr-FR' ? 'Créer 1 ticket Jira' : 'Create 1 Jira issue',
        }),
      );
      const dialog = await screen.findByRole('dialog');
      await user.click(within(dialog).getByRole('button', { name: texts.ui.plan.create.confirm }));
      const [group, key] = reason.split('.') as [keyof typeof en.ui.reasons, string];
      const wording = (texts.ui.reasons[group] as Record<string, string>)[key]!;
      expect(await screen.findByText(plain(wording))).toHaveAttribute('data-error-code', code);
      document.body.innerHTML = '';
    }
  });

  it('a stale selection says someone changed it and offers to reload', async () => {
    setUp({ plan: planView({ actions: [actionView({ title: 'Contested' })] }) });
    backend.override('plan/select', () => fail('CONFLICT', 'plan.stale'));
    const user = await openPlan();
    await user.click(within(rowOf('Contested')).getByRole('checkbox'));
    expect(await screen.findByText(en.ui.admin.conflict.message)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.ui.admin.conflict.reload }));
    await waitFor(() => expect(backend.payloadsOf('plan/get')).toHaveLength(2));
  });
});

describe('in French', () => {
  it('the plan speaks French: figures, lozenges, buttons, dates', async () => {
    const unnamed = createdAction('PROC-1', 'new', { title: 'Courrier hebdomadaire' });
    unnamed.current = { ...unnamed.current!, statusName: '' };
    setUp({ plan: planView({ actions: [unnamed, actionView({ title: 'Idée', selected: true })] }) });
    caption = FP.actions.caption;
    await openPlan('fr-FR');
    expect(screen.getByRole('tab', { name: FP.tab, selected: true })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: FP.suggestions.title })).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: FP.suggestions.caption })).getByText(
        FP.suggestions.quadrant.concentrate,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Créer 1 ticket Jira' })).toBeEnabled();
    expect(screen.getByRole('button', { name: FP.create.refresh })).toBeInTheDocument();
    // A status Jira did not name is worded by its category.
    expect(within(rowOf('Courrier hebdomadaire')).getByTestId('status-default')).toHaveTextContent('À faire');
    expect(rowOf('Courrier hebdomadaire')).toHaveTextContent('30 juin 2026');
    expect(rowOf('Idée')).toHaveTextContent(FP.jira.toCreate);
    expect(screen.getByRole('progressbar', { name: FP.progress.label })).toHaveAttribute(
      'aria-valuetext',
      '0 sur 2 terminées',
    );
  });
});

describe('the Jira tab (admins)', () => {
  it('finds the project, lists its issue types, saves the choice', async () => {
    setUp();
    useHost({ moduleKey: 'admin-page', resolve: backend.resolve });
    render(<App render={renderMain} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: P.jiraTab }));
    expect(await screen.findByText(P.jiraSettings.none)).toBeInTheDocument();
    const key = screen.getByLabelText(/^Project key/);
    await user.type(key, 'p');
    await user.click(screen.getByRole('button', { name: P.jiraSettings.find }));
    expect(await screen.findByText(P.jiraSettings.projectKeyInvalid)).toBeInTheDocument();
    expect(backend.payloadsOf('jira-settings/project')).toEqual([]);
    await user.clear(key);
    await user.type(key, 'nope');
    expect(key).toHaveValue('NOPE');
    await user.click(screen.getByRole('button', { name: P.jiraSettings.find }));
    expect(await screen.findByText(en.ui.reasons.jira.notFound)).toBeInTheDocument();
    await user.clear(key);
    await user.type(key, 'proc');
    await user.click(screen.getByRole('button', { name: P.jiraSettings.find }));
    const types = await screen.findByRole('group', { name: P.jiraSettings.issueType });
    await user.click(screen.getByRole('button', { name: P.jiraSettings.save }));
    expect(await screen.findByText(P.jiraSettings.chooseType)).toBeInTheDocument();
    await user.click(within(types).getByRole('radio', { name: 'Improvement' }));
    await user.click(screen.getByRole('button', { name: P.jiraSettings.save }));
    expect(
      await screen.findByText('Saved: issues are created in Procurement (PROC), as Improvement.'),
    ).toBeInTheDocument();
    expect(backend.payloadsOf('jira-settings/save')).toEqual([{ projectKey: 'PROC', issueTypeId: '10002' }]);
  });

  it('shows the saved project with Jira’s names', async () => {
    setUp({ jiraTarget: { projectKey: 'PROC', issueTypeId: '10001' } });
    useHost({ moduleKey: 'admin-page', locale: 'fr-FR', resolve: backend.resolve });
    render(<App render={renderMain} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: FP.jiraTab }));
    expect(
      await screen.findByText(plain('Les tickets sont créés dans Procurement (PROC), de type Task.')),
    ).toBeInTheDocument();
  });
});
