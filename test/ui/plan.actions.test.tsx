/**
 * Changing the improvement plan on the admin page: actions drafted (from scratch or from a suggestion), the
 * server's field issues and conflicts, selected and deleted at the revision read, due dates adjusted with their
 * reason and history, and the customers' weighing opened and closed.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { fail, ok } from '../../src/shared/result';
import type { AppRole } from '../../src/domain/roles';
import { bootApp } from './app';
import {
  actionView,
  createdAction,
  criterionText,
  CRITERIA,
  idOf,
  plain,
  planView,
  weighingSummary,
  type Seed,
  type UiBackend,
} from './backend';
import { actionsTable, openPlan, planBackend, rowIn } from './plan-page';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

const P = en.ui.plan;

let backend: UiBackend;
const setUp = (seed: Seed = {}, roles?: AppRole[]) => (backend = planBackend(seed, roles));
const rowOf = (title: string) => rowIn(title);

describe('the plan tab', () => {
  it('drafts an action: the form checks the title, then sends what the contract accepts', async () => {
    setUp();
    const user = await openPlan(backend);
    expect(screen.getByText(P.actions.emptyEditor)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: P.actions.add }));
    const dialog = await screen.findByRole('dialog', { name: P.form.newTitle });
    await user.click(within(dialog).getByRole('button', { name: P.form.save }));
    expect(await within(dialog).findByText(P.form.titleRequired)).toBeInTheDocument();
    expect(backend.payloadsOf('plan/saveAction')).toEqual([]);
    await user.type(within(dialog).getByLabelText(/^Title in English/), 'Weekly status mail');
    await user.type(within(dialog).getByLabelText(/^Description in English/), 'Every Monday.');
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
        title: { 'en-US': 'Weekly status mail' },
        description: { 'en-US': 'Every Monday.' },
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
    const user = await openPlan(backend);
    const text = criterionText(CRITERIA[1]!.id);
    await user.click(screen.getByRole('button', { name: `Add an action for “${text}”` }));
    const dialog = await screen.findByRole('dialog', { name: P.form.newTitle });
    expect(within(dialog).getByText(text)).toBeInTheDocument();
  });

  it('shows the server’s field issues on the fields, and a stale action as a conflict to reload', async () => {
    const action = actionView({ title: 'Old title' });
    setUp({ plan: planView({ actions: [action] }) });
    backend.on('plan/saveAction', () =>
      fail('INVALID_PAYLOAD', 'request.invalid', { key: 'plan/saveAction' }, [
        { path: 'criterionIds.0', reason: 'plan.unknownCriterion', message: 'x' },
      ]),
    );
    const user = await openPlan(backend);
    await user.click(within(rowOf('Old title')).getByRole('button', { name: 'Edit “Old title”' }));
    const dialog = await screen.findByRole('dialog', { name: P.form.editTitle });
    await user.click(within(dialog).getByRole('button', { name: P.form.save }));
    expect(await within(dialog).findByText(en.ui.reasons.plan.unknownCriterion)).toBeInTheDocument();
    backend.on('plan/saveAction', () => fail('CONFLICT', 'plan.stale'));
    await user.click(within(dialog).getByRole('button', { name: P.form.save }));
    expect(await within(dialog).findByText(en.ui.admin.conflict.message)).toBeInTheDocument();
  });

  it('selects and deletes actions, each sent at the revision it was read', async () => {
    const keep = actionView({ title: 'Keep me', revision: 4 });
    const drop = actionView({ title: 'Drop me', revision: 2 });
    setUp({ plan: planView({ actions: [keep, drop] }) });
    const user = await openPlan(backend);
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
    const user = await openPlan(backend);
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
    // The server read the issue back: Jira has the new date too, so no other date shows beside it.
    expect(rowOf('Late one')).toHaveTextContent('Sep 30, 2026');
    expect(rowOf('Late one')).not.toHaveTextContent('Jira: Jun 30, 2026');
    const toggle = within(rowOf('Late one')).getByRole('button', {
      name: 'History (2) of “Late one”',
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
    const user = await openPlan(backend);
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
});

describe('issue 16, item 12: after “Adjust date”', () => {
  it('the row shows the new date and is no longer late, and the counters follow', async () => {
    const late = createdAction('PROC-7', 'indeterminate', {
      title: 'Late one',
      overdue: true,
      dueDate: '2026-05-01',
      current: {
        updated: Date.UTC(2026, 3, 2),
        statusCategory: 'indeterminate',
        statusName: 'In Progress',
        assigneeAccountId: idOf('Grace'),
        dueDate: '2026-05-01',
      },
    });
    const other = createdAction('PROC-8', 'indeterminate', { title: 'Also late', overdue: true });
    setUp({ plan: planView({ actions: [late, other] }) });
    const user = await openPlan(backend);
    // The counter's tile, above the table (the rows' lozenges say "Overdue" too).
    const overdueTile = () => screen.getAllByText(P.progress.overdue).find((e) => !e.closest('table'))!;
    expect(within(rowOf('Late one')).getByText(P.jira.overdue)).toBeInTheDocument();
    expect(overdueTile().parentElement).toHaveTextContent(/2$/);
    await user.click(
      within(rowOf('Late one')).getByRole('button', { name: 'Adjust the due date of “Late one”' }),
    );
    const dialog = await screen.findByRole('dialog', { name: P.adjust.title });
    const date = within(dialog).getByLabelText(/^New due date/);
    await user.clear(date);
    await user.type(date, '2030-09-30');
    await user.type(within(dialog).getByLabelText(/^Reason/), 'Waiting for Legal');
    await user.click(within(dialog).getByRole('button', { name: P.adjust.save }));
    expect(await screen.findByText('The due date of “Late one” is now Sep 30, 2030.')).toBeInTheDocument();
    const row = rowOf('Late one');
    expect(row).toHaveTextContent('Sep 30, 2030');
    expect(row).not.toHaveTextContent('May 1, 2026');
    expect(within(row).queryByText(P.jira.overdue)).not.toBeInTheDocument();
    expect(within(rowOf('Also late')).getByText(P.jira.overdue)).toBeInTheDocument();
    expect(overdueTile().parentElement).toHaveTextContent(/1$/);
  });
});

describe('issue 16, item 15: the action dialog', () => {
  it('Escape in a dropdown closes the dropdown only: the dialog and what was typed stay', async () => {
    setUp();
    const user = await openPlan(backend);
    await user.click(screen.getByRole('button', { name: P.actions.add }));
    const dialog = await screen.findByRole('dialog', { name: P.form.newTitle });
    await user.type(within(dialog).getByLabelText(/^Title in English/), 'Weekly status mail');
    await user.click(within(dialog).getByLabelText(P.form.criteria));
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(screen.getByRole('dialog', { name: P.form.newTitle })).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Title in English/)).toHaveValue('Weekly status mail');
    const owner = within(dialog).getByLabelText(P.form.owner);
    await user.click(owner);
    await user.type(owner, 'Gra');
    expect(await screen.findByRole('option', { name: 'Grace Okafor' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('option', { name: 'Grace Okafor' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('dialog', { name: P.form.newTitle })).toBeInTheDocument();
    // With no list open, Escape is the dialog's again: it closes it.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('once the dialog has closed, its confirmation takes the focus and is scrolled to the middle of the view', async () => {
    const action = actionView({ title: 'Far down' });
    setUp({ plan: planView({ actions: [action] }) });
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = jest.fn(function (this: Element, options?: ScrollIntoViewOptions) {
      if (options?.block === 'center') scrolled.push(this);
    });
    try {
      const user = await openPlan(backend);
      await user.click(within(rowOf('Far down')).getByRole('button', { name: 'Edit “Far down”' }));
      const dialog = await screen.findByRole('dialog', { name: P.form.editTitle });
      await user.click(within(dialog).getByRole('button', { name: P.form.save }));
      const confirmation = await screen.findByText('“Far down” is saved.');
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      // The dialog gives the focus back to its opener as it goes: the confirmation takes it after that, and keeps it.
      const notice = confirmation.closest<HTMLElement>('[tabindex="-1"]')!;
      await waitFor(() => expect(notice).toHaveFocus());
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(notice).toHaveFocus();
      expect(scrolled).toContain(notice);
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });
});

describe('issue 16, item 20: the weighing says its minimum group size', () => {
  it.each([
    ['open', 40, 'whileOpen', 'hiddenWhileOpen'],
    ['closed', 3, 'tooFew', 'hiddenTooFew'],
    ['closed', 12, 'settling', 'hiddenSettling'],
  ] as const)(
    '%s with %i ballots: says why the values are hidden, and k',
    async (status, ballots, text, cell) => {
      const a = actionView({ title: 'Weighed' });
      const weighing = weighingSummary({
        status,
        closesOn: '2026-05-15',
        ballots,
        minimumGroup: 7,
        candidateIds: [a.id],
      });
      setUp({ plan: planView({ actions: [a], weighing }) });
      await openPlan(backend);
      const section = screen.getByRole('region', { name: P.weighing.title });
      expect(section).toHaveTextContent(P.weighing.suppressedWhy[text].replace('{k}', '7'));
      expect(rowOf('Weighed')).toHaveTextContent(P.weighing[cell].replace('{k}', '7'));
    },
  );
});

describe('failures, worded from their reason', () => {
  it('a stale selection says someone changed it and offers to reload', async () => {
    setUp({ plan: planView({ actions: [actionView({ title: 'Contested' })] }) });
    backend.on('plan/select', () => fail('CONFLICT', 'plan.stale'));
    const user = await openPlan(backend);
    await user.click(within(rowOf('Contested')).getByRole('checkbox'));
    expect(await screen.findByText(en.ui.admin.conflict.message)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.ui.admin.conflict.reload }));
    await waitFor(() => expect(backend.payloadsOf('plan/get')).toHaveLength(2));
  });
});

describe('issue 16, item 9: an action the customers are weighing', () => {
  const weighingOf = (candidate: { id: string }) =>
    weighingSummary({ status: 'open', closesOn: '2026-05-15', ballots: 3, candidateIds: [candidate.id] });

  it('offers no Edit or Delete while it is weighed, and says why; one drafted since is edited as usual', async () => {
    const weighed = actionView({ title: 'Weighed one' });
    const later = actionView({ title: 'Drafted since' });
    setUp({ plan: planView({ actions: [weighed, later], weighing: weighingOf(weighed) }) });
    await openPlan(backend);
    const row = rowOf('Weighed one');
    expect(within(row).queryByRole('button', { name: 'Edit “Weighed one”' })).not.toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Delete “Weighed one”' })).not.toBeInTheDocument();
    expect(row).toHaveTextContent(P.actions.inWeighing);
    expect(
      within(rowOf('Drafted since')).getByRole('button', { name: 'Edit “Drafted since”' }),
    ).toBeEnabled();
    expect(rowOf('Drafted since')).not.toHaveTextContent(P.actions.inWeighing);
  });

  it.each([
    ['en-US', en],
    ['fr-FR', fr],
  ] as const)(
    'a refusal that is no conflict says its reason, never “changed by someone else” (%s)',
    async (locale, texts) => {
      // The weighing opened in another tab: this page still offers Edit, the server refuses.
      const action = actionView({ title: 'Weighed elsewhere' });
      setUp({ plan: planView({ actions: [action] }) });
      backend.state.plan = { ...backend.state.plan, weighing: weighingOf(action) };
      backend.on('plan/get', () => ok(planView({ actions: [action] })));
      const user = await openPlan(backend, locale);
      const name = texts.ui.plan.actions.editOf.replace('{title}', 'Weighed elsewhere');
      await user.click(
        within(rowIn('Weighed elsewhere', texts.ui.plan.actions.caption)).getByRole('button', { name }),
      );
      const dialog = await screen.findByRole('dialog', { name: texts.ui.plan.form.editTitle });
      await user.click(within(dialog).getByRole('button', { name: texts.ui.plan.form.save }));
      expect(await within(dialog).findByText(plain(texts.ui.reasons.plan.inWeighing))).toBeInTheDocument();
      expect(within(dialog).queryByText(texts.ui.admin.conflict.title)).not.toBeInTheDocument();
      // Nothing went wrong: it is not possible now, and the reason says why.
      expect(within(dialog).getByRole('heading', { name: texts.ui.errors.refusedTitle })).toBeInTheDocument();
      expect(within(dialog).queryByText(texts.ui.errors.title)).not.toBeInTheDocument();
      expect(
        within(dialog).queryByRole('button', { name: texts.ui.admin.conflict.reload }),
      ).not.toBeInTheDocument();
      // Deleting it: the same reason above the plan.
      await user.click(within(dialog).getByRole('button', { name: texts.ui.admin.cancel }));
      const remove = texts.ui.plan.actions.deleteOf.replace('{title}', 'Weighed elsewhere');
      await user.click(
        within(rowIn('Weighed elsewhere', texts.ui.plan.actions.caption)).getByRole('button', {
          name: remove,
        }),
      );
      const confirm = await screen.findByRole('dialog', { name: texts.ui.plan.actions.deleteTitle });
      await user.click(within(confirm).getByRole('button', { name: texts.ui.plan.actions.deleteConfirm }));
      expect(await screen.findByText(plain(texts.ui.reasons.plan.inWeighing))).toBeInTheDocument();
      expect(screen.queryByText(texts.ui.admin.conflict.title)).not.toBeInTheDocument();
    },
  );
});

describe('issue 16, item 19: the history button', () => {
  it.each([
    ['en-US', en],
    ['fr-FR', fr],
  ] as const)(
    'is named by what it shows, open or closed, with the action it is for (%s)',
    async (locale, texts) => {
      setUp({
        plan: planView({ actions: [createdAction('PROC-4', 'indeterminate', { title: 'Late one' })] }),
      });
      const user = await openPlan(backend, locale);
      const button = within(rowIn('Late one', texts.ui.plan.actions.caption)).getByRole('button', {
        expanded: false,
        name: new RegExp(`^${texts.ui.plan.history.show.replace('{count}', '1').replace(/[()]/g, '\\$&')}`),
      });
      // The accessible name starts with the visible label (WCAG 2.5.3), then says which action.
      const visible = button.textContent;
      expect(button).toHaveAccessibleName(
        expect.stringMatching(new RegExp(`^${visible.replace(/[()]/g, '\\$&')}`)),
      );
      expect(button).toHaveAccessibleName(expect.stringContaining('Late one'));
      await user.click(button);
      expect(button).toHaveAttribute('aria-expanded', 'true');
      expect(button.textContent).toBe(texts.ui.plan.history.hide);
      expect(button).toHaveAccessibleName(
        expect.stringMatching(new RegExp(`^${texts.ui.plan.history.hide}`)),
      );
      expect(button).toHaveAccessibleName(expect.stringContaining('Late one'));
    },
  );
});
