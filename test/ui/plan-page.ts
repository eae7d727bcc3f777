/** The improvement plan on the admin page, on the fake host: its backend, how to reach it, its actions table. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AppRole } from '../../src/domain/roles';
import { showMain } from './app';
import { campaignView, fakeBackend, ME, type Seed, type UiBackend } from './backend';
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
