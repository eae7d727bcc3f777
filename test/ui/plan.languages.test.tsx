/**
 * An action's text in English and, optionally, French (issue 16, item 19): the action dialog sends both (a blank
 * French text is no translation), and every screen that shows an action shows it in the reader's language, else
 * in the other one, marked with its `lang` for screen readers.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bootApp, showMain } from './app';
import {
  actionView,
  commitmentsView,
  createdAction,
  fakeBackend,
  issuePanelFound,
  ME,
  planView,
  surveyStateView,
  weighingView,
  type Seed,
  type UiBackend,
} from './backend';
import { actionsTable, openPlan, planBackend } from './plan-page';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

const P = en.ui.plan;
const BOTH = { 'en-US': 'Weekly status mail', 'fr-FR': 'Courriel hebdomadaire' };
const ENGLISH_ONLY = { 'en-US': 'Supplier safety files checked' };

let backend: UiBackend;

/** The language the team's text `text` is marked with (null: none, so the page's own). */
const langOf = (text: string) => screen.getByText(text).closest('bdi')?.getAttribute('lang') ?? null;

describe('the action dialog', () => {
  it('sends the English and the French texts, and an edit shows the French and can remove it', async () => {
    backend = planBackend();
    const user = await openPlan(backend);
    await user.click(screen.getByRole('button', { name: P.actions.add }));
    const dialog = await screen.findByRole('dialog', { name: P.form.newTitle });
    await user.type(within(dialog).getByLabelText(/^Title in English/), BOTH['en-US']);
    await user.type(within(dialog).getByLabelText(P.form.titleFr), `  ${BOTH['fr-FR']} `);
    await user.type(within(dialog).getByLabelText(P.form.descriptionFr), 'Chaque lundi.');
    await user.click(within(dialog).getByRole('button', { name: P.form.save }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(backend.payloadsOf('plan/saveAction')).toEqual([
      expect.objectContaining({
        title: BOTH,
        description: { 'en-US': '', 'fr-FR': 'Chaque lundi.' },
      }),
    ]);
    // The English reader reads the English title, unmarked; the French description is theirs only by fallback.
    expect(within(actionsTable()).getByText(BOTH['en-US'])).toBeInTheDocument();
    expect(langOf(BOTH['en-US'])).toBeNull();
    expect(langOf('Chaque lundi.')).toBe('fr-FR');

    await user.click(screen.getByRole('button', { name: `Edit “${BOTH['en-US']}”` }));
    const edit = await screen.findByRole('dialog', { name: P.form.editTitle });
    const french = within(edit).getByLabelText(P.form.titleFr);
    expect(french).toHaveValue(BOTH['fr-FR']);
    expect(french).toHaveAttribute('lang', 'fr');
    await user.clear(french);
    await user.click(within(edit).getByRole('button', { name: P.form.save }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(backend.payloadsOf('plan/saveAction')[1]).toMatchObject({ title: { 'en-US': BOTH['en-US'] } });
    expect(backend.payloadsOf('plan/saveAction')[1]).not.toHaveProperty(['title', 'fr-FR']);
  });

  it('checks the French title’s length like the English one, and sends nothing', async () => {
    backend = planBackend();
    const user = await openPlan(backend);
    await user.click(screen.getByRole('button', { name: P.actions.add }));
    const dialog = await screen.findByRole('dialog', { name: P.form.newTitle });
    await user.type(within(dialog).getByLabelText(/^Title in English/), 'Fine');
    const french = within(dialog).getByLabelText(P.form.titleFr);
    await user.click(french);
    await user.paste('x'.repeat(201));
    await user.click(within(dialog).getByRole('button', { name: P.form.save }));
    expect(await within(dialog).findByText('At most 200 characters.')).toBeInTheDocument();
    expect(french).toHaveAttribute('aria-invalid', 'true');
    expect(backend.payloadsOf('plan/saveAction')).toEqual([]);
  });
});

describe('the plan’s actions in the reader’s language', () => {
  const seed = (): Seed => ({
    plan: planView({ actions: [actionView({ title: BOTH }), actionView({ title: ENGLISH_ONLY })] }),
  });

  it('a French reader reads the French title, and the English one, marked as English, where none was given', async () => {
    backend = planBackend(seed());
    await openPlan(backend, 'fr-FR');
    const table = actionsTable(fr.ui.plan.actions.caption);
    expect(within(table).getByText(BOTH['fr-FR'])).toBeInTheDocument();
    expect(within(table).queryByText(BOTH['en-US'])).not.toBeInTheDocument();
    expect(langOf(BOTH['fr-FR'])).toBeNull();
    expect(langOf(ENGLISH_ONLY['en-US'])).toBe('en-US');
    // Names that carry the title (a row's buttons) use the shown text too.
    expect(screen.getByRole('button', { name: `Modifier « ${BOTH['fr-FR']} »` })).toBeInTheDocument();
  });

  it('an English reader reads the English titles, unmarked', async () => {
    backend = planBackend(seed());
    await openPlan(backend);
    expect(within(actionsTable()).getByText(BOTH['en-US'])).toBeInTheDocument();
    expect(screen.queryByText(BOTH['fr-FR'])).not.toBeInTheDocument();
    expect(langOf(ENGLISH_ONLY['en-US'])).toBeNull();
  });
});

describe('the other screens that show an action, for a French reader', () => {
  const show = (moduleKey: string, seed: Seed, config: object = { campaignId: 'survey-2026' }) => {
    const b = fakeBackend({ access: { accountId: ME, roles: ['team'], canBootstrap: false }, ...seed });
    showMain({ moduleKey, locale: 'fr-FR', config: config as Record<string, unknown>, backend: b });
    return userEvent.setup();
  };
  const [first, ...others] = commitmentsView().commitments;

  const screens: [string, Seed, object][] = [
    [
      'commitments-macro',
      { commitments: commitmentsView({ commitments: [{ ...first!, title: BOTH }, ...others] }) },
      { campaignId: 'survey-2026' },
    ],
    [
      'followup-macro',
      { plan: planView({ actions: [createdAction('PROC-1', 'indeterminate', { title: BOTH })] }) },
      { campaignId: 'survey-2026' },
    ],
    [
      'action-issue-panel',
      { issuePanel: issuePanelFound({ action: { id: 'act-00000000000000d1', title: BOTH } }) },
      {},
    ],
  ];

  it.each(screens)('%s shows the French title', async (moduleKey, seed, config) => {
    show(moduleKey, seed, config);
    expect(await screen.findByText(BOTH['fr-FR'])).toBeInTheDocument();
    expect(screen.queryByText(BOTH['en-US'])).not.toBeInTheDocument();
  });

  it('the weighing shows the French title, and the English one marked where none was given', async () => {
    const [a, b, c] = weighingView().candidates;
    showMain({
      moduleKey: 'survey-macro',
      locale: 'fr-FR',
      config: { campaignId: 'survey-2026' },
      backend: fakeBackend({
        survey: surveyStateView({
          campaign: { status: 'closed' },
          me: { eligibility: 'member' },
          locale: 'fr-FR',
        }),
        weighing: weighingView({ candidates: [{ ...a!, title: BOTH }, { ...b!, title: ENGLISH_ONLY }, c!] }),
      }),
    });
    expect(await screen.findByRole('heading', { level: 3, name: BOTH['fr-FR'] })).toBeInTheDocument();
    expect(screen.getByLabelText(`${fr.ui.weighing.points}, pour « ${BOTH['fr-FR']} »`)).toBeInTheDocument();
    expect(langOf(ENGLISH_ONLY['en-US'])).toBe('en-US');
  });
});
