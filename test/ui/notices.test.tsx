/**
 * Due-date reminders in the UI (issue 18, item 5): a plan row and a follow-up row say when Jira last e-mailed the
 * action's owner (or that Jira refused), in English and French; the Jira tab turns reminders off and picks their
 * language.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bootApp, showAsTeam, showMain } from './app';
import { createdAction, plain, planView, type UiBackend } from './backend';
import { openPlan, planBackend, rowIn } from './plan-page';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

const AT = Date.UTC(2026, 4, 4, 9);
const withNotices = () =>
  planView({
    actions: [
      createdAction('PROC-1', 'indeterminate', {
        title: 'Weekly status mail',
        lastNotice: { at: AT, outcome: 'sent' },
      }),
      createdAction('PROC-2', 'indeterminate', {
        title: 'Lead times',
        lastNotice: { at: AT, outcome: 'refused', problem: 'forbidden' },
      }),
      createdAction('PROC-3', 'indeterminate', { title: 'Never reminded' }),
    ],
  });

const dateIn = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(AT);
const says = (message: string, locale: string) => plain(message.replace('{date}', dateIn(locale)));

describe('when the last reminder went out', () => {
  it.each([
    ['en-US', en],
    ['fr-FR', fr],
  ] as const)('a plan row says it (%s)', async (locale, texts) => {
    const backend: UiBackend = planBackend({ plan: withNotices() });
    await openPlan(backend, locale);
    const row = (title: string) => rowIn(title, texts.ui.plan.actions.caption);
    const words = texts.ui.plan.actions;
    expect(row('Weekly status mail')).toHaveTextContent(says(words.noticeSent, locale));
    expect(row('Lead times')).toHaveTextContent(says(words.noticeRefused, locale));
    expect(row('Never reminded')).not.toHaveTextContent(plain(words.noticeSent.split('{')[0]!.trim()));
  });

  it.each([
    ['en-US', en],
    ['fr-FR', fr],
  ] as const)('a follow-up row says it (%s)', async (locale, texts) => {
    showAsTeam('followup-macro', { plan: withNotices() }, locale);
    expect(await screen.findByText(says(texts.ui.plan.actions.noticeSent, locale))).toBeInTheDocument();
  });
});

describe('the Jira tab’s reminders (admins)', () => {
  it('turns reminders off and words them in French', async () => {
    const backend = planBackend({});
    showMain({ moduleKey: 'admin-page', backend });
    const user = userEvent.setup();
    const N = en.ui.plan.jiraSettings.notices;
    await user.click(await screen.findByRole('tab', { name: en.ui.plan.jiraTab }));
    const enabled = await screen.findByRole('checkbox', { name: N.enabled });
    expect(enabled).toBeChecked();
    await user.click(enabled);
    await user.click(screen.getByRole('radio', { name: N.fr }));
    await user.click(screen.getByRole('button', { name: N.save }));
    expect(await screen.findByText(N.saved)).toBeInTheDocument();
    expect(backend.payloadsOf('jira-settings/notices')).toEqual([{ enabled: false, locale: 'fr-FR' }]);
  });
});
