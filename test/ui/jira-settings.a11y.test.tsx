/**
 * axe-core on the admin page's Jira tab (jsdom) with a project found, in English and French. No serious or critical
 * violation; colour contrast needs a real browser (see ./axe.ts).
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bootApp, showMain } from './app';
import { seriousViolations } from './axe';
import { planBackend } from './plan-page';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

describe.each([
  ['en-US', en],
  ['fr-FR', fr],
] as const)('plan views accessibility (%s)', (locale, texts) => {
  it('admin Jira tab with a project found, and the reminders’ settings', async () => {
    const backend = planBackend({ jiraTarget: { projectKey: 'PROC', issueTypeId: '10001' } });
    showMain({ moduleKey: 'admin-page', locale, backend });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: texts.ui.plan.jiraTab }));
    await user.click(await screen.findByRole('button', { name: texts.ui.plan.jiraSettings.find }));
    // The issue types (the reminders' languages are a second radio group, there from the start).
    await screen.findByRole('group', { name: texts.ui.plan.jiraSettings.issueType });
    expect(await seriousViolations()).toEqual([]);
  });
});
