/** The admin page's Jira tab (admins): the project found by its key, its issue types listed, the choice saved. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bootApp, showMain } from './app';
import { plain, type Seed, type UiBackend } from './backend';
import { planBackend } from './plan-page';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

const P = en.ui.plan;

const FP = fr.ui.plan;

let backend: UiBackend;
const setUp = (seed: Seed = {}) => (backend = planBackend(seed));

describe('the Jira tab (admins)', () => {
  it('finds the project, lists its issue types, saves the choice', async () => {
    setUp();
    showMain({ moduleKey: 'admin-page', backend });
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
    showMain({ moduleKey: 'admin-page', locale: 'fr-FR', backend });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: FP.jiraTab }));
    expect(
      await screen.findByText(plain('Les tickets sont créés dans Procurement (PROC), de type Task.')),
    ).toBeInTheDocument();
  });
});
