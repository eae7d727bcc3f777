/**
 * The improvement plan on the admin page (issue 9): reached from the campaign list, where to act, the actions with
 * Jira's state (status lozenges, overdue), the weighing's values, Jira's absence said, read-only for quality
 * managers, failures worded from their reason, in English and French. Changing the plan: plan.actions.test.tsx;
 * creating its Jira issues: plan.issues.test.tsx; the Jira tab: jira-settings.test.tsx.
 */
import { screen, within } from '@testing-library/react';
import { fail } from '../../src/shared/result';
import type { AppRole } from '../../src/domain/roles';
import { bootApp } from './app';
import {
  actionView,
  createdAction,
  criterionText,
  CRITERIA,
  failure,
  GRACE,
  plain,
  planView,
  suggestion,
  weighingSummary,
  type Seed,
  type UiBackend,
} from './backend';
import { actionsTable as tableOf, clickPlan, openPlan, planBackend, rowIn } from './plan-page';
import type * as Jira from '../../static/app/src/components/plan/jira';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

let STATUS_APPEARANCE: typeof Jira.STATUS_APPEARANCE;
beforeAll(async () => {
  await bootApp();
  ({ STATUS_APPEARANCE } = await import('../../static/app/src/components/plan/jira'));
});

const P = en.ui.plan;

let backend: UiBackend;
const setUp = (seed: Seed = {}, roles?: AppRole[]) => (backend = planBackend(seed, roles));
const FP = fr.ui.plan;
let caption = P.actions.caption;
beforeEach(() => (caption = P.actions.caption));
const actionsTable = () => tableOf(caption);
const rowOf = (title: string) => rowIn(title, caption);

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
    await openPlan(backend);
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
      screen.getByRole('img', { name: 'Suggested criteria by quadrant: concentrate here 1.' }),
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
    await openPlan(backend);
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

  it('says the results are being prepared rather than that nothing stands out', async () => {
    setUp({ plan: planView({ suggestions: [], resultsPreparing: true }) });
    await openPlan(backend);
    expect(await screen.findByText(P.suggestions.preparing)).toBeInTheDocument();
    expect(screen.queryByText(P.suggestions.empty)).not.toBeInTheDocument();
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
    await openPlan(backend);
    expect(screen.getByText('Closed on May 15, 2026.')).toBeInTheDocument();
    expect(screen.getByText('12 ballots cast.')).toBeInTheDocument();
    expect(rowOf('Most valued')).toHaveTextContent('42.5 pts');
    expect(within(rowOf('Most valued')).getByLabelText('42.5 points per voter')).toBeInTheDocument();
    expect(rowOf('Most valued')).toHaveTextContent('12 voters · rank 1');
    expect(screen.queryByRole('button', { name: P.weighing.openButton })).not.toBeInTheDocument();
  });
});

describe('issue 16, item 10: where to act', () => {
  it.each([
    ['en-US', en],
    ['fr-FR', fr],
  ] as const)(
    'results too small to show are said as such, not as “nothing stands out” (%s)',
    async (locale, texts) => {
      setUp({ plan: planView({ suggestions: [], resultsHidden: true }) });
      if (locale === 'fr-FR') caption = FP.actions.caption;
      await openPlan(backend, locale);
      expect(screen.getByText(plain(texts.ui.plan.suggestions.tooSmall))).toBeInTheDocument();
      expect(screen.queryByText(plain(texts.ui.plan.suggestions.empty))).not.toBeInTheDocument();
    },
  );

  it('nothing weighed: importance is said to be the criteria’s weight in the score, never “important”', async () => {
    setUp({
      plan: planView({
        importanceSource: 'derived',
        suggestions: [suggestion({ reasons: ['lowest', 'concentrate'], priority: 0.6 })],
      }),
    });
    await openPlan(backend);
    const table = screen.getByRole('table', { name: P.suggestions.caption });
    expect(table).toHaveTextContent(P.suggestions.reason.concentrateWeights);
    expect(table).not.toHaveTextContent(P.suggestions.reason.concentrate);
    expect(screen.getByText(P.suggestions.importanceFromWeights)).toBeInTheDocument();
    const grid = screen.getByRole('img', { name: /^Suggested criteria by quadrant/ });
    expect(grid).toHaveTextContent(P.suggestions.weightHigh);
    expect(grid).not.toHaveTextContent(P.suggestions.importanceHigh);
  });

  it('weighed: importance is the customers’, and said so', async () => {
    setUp({
      plan: planView({
        importanceSource: 'weighing',
        suggestions: [suggestion({ reasons: ['concentrate'] })],
      }),
    });
    await openPlan(backend);
    expect(screen.getByRole('table', { name: P.suggestions.caption })).toHaveTextContent(
      P.suggestions.reason.concentrate,
    );
    expect(screen.getByText(P.suggestions.importanceFromWeighing)).toBeInTheDocument();
  });

  it('says what the priority means, and keeps empty quadrants out of the chart', async () => {
    setUp({ plan: planView({ suggestions: [suggestion({ quadrant: 'concentrate', priority: 0.6 })] }) });
    await openPlan(backend);
    const table = screen.getByRole('table', { name: P.suggestions.caption });
    // Two decimals: a small priority is not shown as 0.0.
    expect(within(table).getByRole('row', { name: /0\.60/ })).toBeInTheDocument();
    const header = screen.getByRole('columnheader', { name: P.suggestions.column.priority });
    expect(header).toHaveAccessibleDescription(P.suggestions.priorityHelp);
    expect(screen.getByText(P.suggestions.priorityHelp)).toBeVisible();
    const grid = screen.getByRole('img', { name: 'Suggested criteria by quadrant: concentrate here 1.' });
    expect(grid).toHaveTextContent(P.suggestions.quadrant.concentrate);
    for (const empty of ['keepUp', 'lowPriority', 'overkill'] as const)
      expect(grid).not.toHaveTextContent(P.suggestions.quadrant[empty]);
    expect(grid).not.toHaveTextContent('No criterion');
  });
});

describe('issue 16, item 19: a reader of the plan (quality manager) is told only what she can do', () => {
  it.each([
    ['en-US', en, /create (their )?Jira issues|draft, weigh and select/i],
    ['fr-FR', fr, /créez leurs tickets|rédigez, pondérez et retenez/i],
  ] as const)('nothing asks her to draft actions or create Jira issues (%s)', async (locale, texts, asks) => {
    setUp(
      {
        plan: planView({
          canEdit: false,
          jira: { kind: 'unavailable', problem: 'unavailable', projectKey: 'PROC' },
          actions: [actionView({ title: 'Drafted' })],
        }),
      },
      ['quality'],
    );
    if (locale === 'fr-FR') caption = FP.actions.caption;
    await openPlan(backend, locale);
    expect(screen.getByText(plain(texts.ui.plan.actions.introReader))).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(asks);
  });
});

describe('issue 16, item 17: the plan on a narrow screen', () => {
  it('keeps words whole and issue keys on one line; its tables scroll sideways in their own region', async () => {
    setUp({ plan: planView({ actions: [createdAction('PROC-1', 'indeterminate', { title: 'Keyed' })] }) });
    await openPlan(backend);
    // Layout is the browser's (test/e2e/plan-screens.test.ts measures it at 400 px); here, what it rests on.
    const key = within(rowOf('Keyed')).getByRole('link', { name: 'PROC-1, opens in Jira' });
    expect(key).toHaveStyle({ whiteSpace: 'nowrap' });
    for (const name of [P.actions.caption, P.suggestions.caption]) {
      const table = screen.getByRole('table', { name });
      expect(table).toHaveClass('app-table');
      expect(table.parentElement).toHaveStyle({ overflowX: 'auto', maxWidth: '100%' });
    }
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
    await openPlan(backend);
    expect(screen.getByRole('heading', { name: P.jira.notConfiguredTitle })).toBeInTheDocument();
    expect(screen.getByText(P.jira.notConfiguredAdmin)).toBeInTheDocument();
    expect(screen.getByText(P.jira.stillWorks)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create 1 Jira issue' })).toBeDisabled();
    expect(screen.getByRole('button', { name: P.actions.add })).toBeEnabled();
  });

  it('says which project cannot be reached and why', async () => {
    setUp({ plan: planView({ jira: { kind: 'unavailable', problem: 'forbidden', projectKey: 'PROC' } }) });
    await openPlan(backend);
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
    await openPlan(backend);
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
    backend.on('plan/get', () => fail('FORBIDDEN', 'plan.notClosed'));
    await clickPlan(backend, locale);
    expect(await screen.findByText(plain(texts.ui.reasons.plan.notClosed))).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: texts.ui.plan.unavailableTitle })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: texts.ui.errors.retry })).not.toBeInTheDocument();
  });

  it('a failure without a reason says its kind and offers a retry', async () => {
    setUp();
    let calls = 0;
    backend.on('plan/get', () => (++calls === 1 ? failure('UNAVAILABLE') : { ok: true, data: planView() }));
    const user = await clickPlan(backend);
    expect(await screen.findByText(en.ui.errors.UNAVAILABLE)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.ui.errors.retry }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Survey 2026' })).toBeInTheDocument();
  });
});

describe('in French', () => {
  it('the plan speaks French: figures, lozenges, buttons, dates', async () => {
    const unnamed = createdAction('PROC-1', 'new', { title: 'Courrier hebdomadaire' });
    unnamed.current = { ...unnamed.current!, statusName: '' };
    setUp({ plan: planView({ actions: [unnamed, actionView({ title: 'Idée', selected: true })] }) });
    caption = FP.actions.caption;
    await openPlan(backend, 'fr-FR');
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
