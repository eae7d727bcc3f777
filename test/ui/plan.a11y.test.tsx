/**
 * axe-core on the improvement plan's Plan tab on the admin page (jsdom): its actions with Jira's states, an
 * action's history and the action dialog, in English and French. No serious or critical violation; colour contrast
 * needs a real browser (see ./axe.ts).
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bootApp, showMain } from './app';
import { seriousViolations } from './axe';
import { planBackend, planInEveryJiraState as plan } from './plan-page';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

describe.each([
  ['en-US', en],
  ['fr-FR', fr],
] as const)('plan views accessibility (%s)', (locale, texts) => {
  it('admin Plan tab, its history and its action dialog', async () => {
    const backend = planBackend({ plan: plan() });
    showMain({ moduleKey: 'admin-page', locale, backend });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: texts.ui.plan.tab }));
    const table = await screen.findByRole('table', { name: texts.ui.plan.actions.caption });
    expect(await seriousViolations()).toEqual([]);
    const created = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Created one'))!;
    await user.click(within(created).getByRole('button', { expanded: false }));
    expect(await seriousViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: texts.ui.plan.actions.add }));
    await screen.findByRole('dialog');
    expect(await seriousViolations()).toEqual([]);
  });
});
