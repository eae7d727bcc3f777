/**
 * The improvement plan's Jira issues on the admin page: the selected actions' issues created, a failure shown with
 * Jira's reason and retried (never a second issue), an answer lost and checked again with Jira, and a refusal
 * worded from its reason in English and French.
 */
import { screen, within } from '@testing-library/react';
import { fail } from '../../src/shared/result';
import type { AppRole } from '../../src/domain/roles';
import { bootApp } from './app';
import {
  actionView,
  createdAction,
  ME,
  PAGE_LINK,
  plain,
  planView,
  type Seed,
  type UiBackend,
} from './backend';
import { openPlan, planBackend, rowIn } from './plan-page';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

const P = en.ui.plan;

let backend: UiBackend;
const setUp = (seed: Seed = {}, roles?: AppRole[]) => (backend = planBackend(seed, roles));
const rowOf = (title: string) => rowIn(title);

describe('the plan tab', () => {
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
    const create = backend.state.jiraCreate;
    backend.state.jiraCreate = (action, attempt) =>
      action.title['en-US'] === 'Safety files' && attempt === 1
        ? {
            state: 'failed',
            problem: 'rejected',
            messages: ['Field “duedate” cannot be set.'],
            at: 1,
            attempt,
          }
        : create(action, attempt);
    const user = await openPlan(backend);
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
    // A row's Retry sends that action only.
    await user.click(
      within(failed).getByRole('button', { name: 'Retry creating the issue of “Safety files”' }),
    );
    expect(
      await screen.findByText('1 issue created · 0 failed · 0 still being checked with Jira'),
    ).toBeInTheDocument();
    expect(
      within(rowOf('Safety files')).getByRole('link', { name: 'PROC-2, opens in Jira' }),
    ).toBeInTheDocument();
    const safety = backend.state.plan.actions.find((a) => a.title['en-US'] === 'Safety files')!;
    expect(backend.payloadsOf('plan/createIssues')).toEqual([
      { campaignId: 'survey-2026' },
      { campaignId: 'survey-2026', actionIds: [safety.id] },
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
    const user = await openPlan(backend);
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
});

describe('issue 16, item 14: a refresh while Jira cannot be reached', () => {
  it.each([
    ['en-US', en],
    ['fr-FR', fr],
  ] as const)(
    'says one thing: Jira was not reached, and what is shown is what it said last (%s)',
    async (locale, texts) => {
      setUp({
        plan: planView({ actions: [createdAction('PROC-1', 'indeterminate', { title: 'Followed' })] }),
      });
      backend.state.refreshJira = { kind: 'unavailable', problem: 'unavailable', projectKey: 'PROC' };
      const user = await openPlan(backend, locale);
      await user.click(screen.getByRole('button', { name: texts.ui.plan.create.refresh }));
      expect(await screen.findByText(texts.ui.plan.jira.unavailableTitle)).toBeInTheDocument();
      expect(screen.getByText(plain(texts.ui.plan.jira.lastKnown))).toBeInTheDocument();
      expect(screen.queryByText(plain(texts.ui.plan.create.refreshed))).not.toBeInTheDocument();
    },
  );
});

describe('issue 16, item 20: the issue’s link back to the campaign’s page', () => {
  it.each([
    ['en-US', en],
    ['fr-FR', fr],
  ] as const)(
    'a row says when its issue has no link to the page, or is still getting it (%s)',
    async (locale, texts) => {
      const created = (
        title: string,
        key: string,
        link: { linked: boolean; linkTo?: { url: string; title: string } },
      ) =>
        createdAction(key, 'new', { title, jira: { state: 'created', id: key, key, createdAt: 1, ...link } });
      const page = PAGE_LINK;
      setUp({
        plan: planView({
          actions: [
            created('Without page', 'PROC-1', { linked: true }),
            created('Being linked', 'PROC-2', { linked: false, linkTo: page }),
            created('Linked', 'PROC-3', { linked: true, linkTo: page }),
          ],
        }),
      });
      await openPlan(backend, locale);
      const row = (title: string) => rowIn(title, texts.ui.plan.actions.caption);
      expect(row('Without page')).toHaveTextContent(plain(texts.ui.plan.jira.noPageLink));
      expect(row('Being linked')).toHaveTextContent(plain(texts.ui.plan.jira.linkPending));
      expect(row('Linked')).not.toHaveTextContent(plain(texts.ui.plan.jira.noPageLink));
      expect(row('Linked')).not.toHaveTextContent(plain(texts.ui.plan.jira.linkPending));
    },
  );
});

describe('issue 16, item 18: Jira’s own words', () => {
  const refused = (problem: 'forbidden' | 'rejected', message: string) =>
    actionView({
      title: 'Refused',
      selected: true,
      jira: { state: 'failed', problem, messages: [message], at: 1, attempt: 1 },
    });

  it.each([
    ['en-US', en],
    ['fr-FR', fr],
  ] as const)(
    'a refusal Jira explains is shown to the plan’s editors as Jira’s words, labelled, never as our sentence (%s)',
    async (locale, texts) => {
      setUp({ plan: planView({ actions: [refused('rejected', 'Field “duedate” cannot be set.')] }) });
      await openPlan(backend, locale);
      const row = rowIn('Refused', texts.ui.plan.actions.caption);
      expect(row).toHaveTextContent(plain(texts.ui.plan.jira.problem.rejected));
      const words = within(row).getByRole('list', { name: texts.ui.plan.jira.messages });
      expect(words).toHaveTextContent('Field “duedate” cannot be set.');
      // Labelled where it is seen, not only for assistive technology.
      expect(within(row).getByText(plain(texts.ui.plan.jira.messagesLabel))).toBeVisible();
    },
  );

  it('a refusal the app words itself shows no English “you” to its readers, and the reason says no “you” either', async () => {
    setUp({
      plan: planView({
        actions: [refused('forbidden', 'You do not have permission to create issues in this project.')],
      }),
    });
    await openPlan(backend, 'fr-FR');
    const row = rowIn('Refused', fr.ui.plan.actions.caption);
    expect(row).toHaveTextContent(plain(fr.ui.plan.jira.problem.forbidden));
    expect(row).not.toHaveTextContent('You do not have permission');
    expect(fr.ui.plan.jira.problem.forbidden).not.toMatch(/\bvous\b/);
    expect(en.ui.plan.jira.problem.forbidden).not.toMatch(/\byou\b/i);
  });

  it('readers who cannot retry (quality managers) get the reason only, not Jira’s words', async () => {
    setUp(
      {
        plan: planView({ canEdit: false, actions: [refused('rejected', 'Field “duedate” cannot be set.')] }),
      },
      ['quality'],
    );
    await openPlan(backend);
    const row = rowOf('Refused');
    expect(row).toHaveTextContent(P.jira.problem.rejected);
    expect(row).not.toHaveTextContent('Field “duedate” cannot be set.');
  });
});

describe('failures, worded from their reason', () => {
  it.each([
    ['forbidden.editPlan', 'FORBIDDEN'],
    ['jira.notConfigured', 'FORBIDDEN'],
    ['jira.unavailable', 'UNAVAILABLE'],
  ] as const)('creating issues refused with %s is worded in English and French', async (reason, code) => {
    for (const locale of ['en-US', 'fr-FR'] as const) {
      setUp({ plan: planView({ actions: [actionView({ title: 'A', selected: true })] }) });
      backend.on('plan/createIssues', () => fail(code, reason));
      const user = await openPlan(backend, locale);
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
});
