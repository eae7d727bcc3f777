/** The improvement plan on the admin page, on the fake host: its backend, how to reach it, its actions table. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AppRole } from '../../src/domain/roles';
import { showMain } from './app';
import {
  actionView,
  campaignView,
  createdAction,
  fakeBackend,
  ME,
  planView,
  weighingSummary,
  type Seed,
  type UiBackend,
} from './backend';
import en from '../../locales/en-US.json';

/** A backend with Survey 2026 closed, read by someone with `roles`, and what `seed` gives. */
export function planBackend(seed: Seed = {}, roles: AppRole[] = ['admin']): UiBackend {
  return fakeBackend({
    access: { accountId: ME, roles, canBootstrap: false },
    campaigns: [
      campaignView({
        id: 'survey-2026',
        name: { 'en-US': 'Survey 2026', 'fr-FR': 'Enquête 2026' },
        status: 'closed',
        closedAt: Date.UTC(2026, 2, 31),
      }),
    ],
    ...seed,
  });
}

/** The admin page, then the campaign list's "Plan" of Survey 2026. */
export async function clickPlan(backend: UiBackend, locale: 'en-US' | 'fr-FR' = 'en-US') {
  showMain({ moduleKey: 'admin-page', locale, backend });
  const user = userEvent.setup();
  // French names the campaign after « de la campagne », so no elision depends on its first letter.
  const name =
    locale === 'fr-FR'
      ? 'Plan d’amélioration de la campagne Enquête 2026'
      : 'Improvement plan of Survey 2026';
  await user.click(await screen.findByRole('button', { name }));
  return user;
}

export async function openPlan(backend: UiBackend, locale: 'en-US' | 'fr-FR' = 'en-US') {
  const user = await clickPlan(backend, locale);
  await screen.findByRole('heading', { level: 2, name: locale === 'fr-FR' ? 'Enquête 2026' : 'Survey 2026' });
  return user;
}

export const actionsTable = (caption = en.ui.plan.actions.caption) =>
  screen.getByRole('table', { name: caption });

/** The row of the actions table (captioned `caption`) whose text has `title`. */
export const rowIn = (title: string, caption = en.ui.plan.actions.caption) =>
  within(actionsTable(caption))
    .getAllByRole('row')
    .find((r) => r.textContent?.includes(title))!;

/** A plan with an action in each of Jira's states (failed, created and overdue, pending, none) and an open weighing. */
export const planInEveryJiraState = () => {
  const failed = actionView({
    title: 'Failed one',
    selected: true,
    jira: { state: 'failed', problem: 'rejected', messages: ['Summary is required.'], at: 1, attempt: 1 },
  });
  const created = createdAction('PROC-1', 'indeterminate', { title: 'Created one', overdue: true });
  return planView({
    actions: [
      failed,
      created,
      actionView({
        title: 'Pending one',
        selected: true,
        jira: { state: 'pending', attempt: 1, since: 1, by: ME },
      }),
      actionView({ title: 'Candidate' }),
    ],
    weighing: weighingSummary({
      status: 'open',
      closesOn: '2026-05-15',
      ballots: 8,
      suppressed: false,
      values: { [created.id]: { value: 40, voters: 8, supporters: 6, rank: 1 } },
    }),
  });
};
