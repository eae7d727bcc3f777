/**
 * The campaign editor's "Include supplier evaluation" option: sent with the draft, shown as saved, fixed (and
 * said so) once the campaign has opened, in both languages.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CONTRACT } from '../../src/shared/contract';
import { bootApp, showMain } from './app';
import { campaignView, fakeBackend, type UiBackend } from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

const A = en.ui.admin;

function show(backend: UiBackend, locale = 'en-US') {
  return showMain({ moduleKey: 'admin-page', locale, backend });
}

it('sends the option with the draft, and shows it as saved', async () => {
  const backend = fakeBackend({ campaigns: [campaignView()] });
  const user = userEvent.setup();
  show(backend);
  await user.click(await screen.findByRole('button', { name: 'Survey 2025' }));
  const option = await screen.findByRole('checkbox', { name: A.campaign.suppliers });
  expect(option).not.toBeChecked();
  expect(option).toHaveAccessibleDescription(A.campaign.suppliersHelp);
  await user.click(option);
  await user.click(screen.getByRole('button', { name: A.campaign.save }));
  expect(await screen.findByText(A.campaign.saved)).toBeInTheDocument();
  const [payload] = backend.payloadsOf('campaigns/save');
  expect(CONTRACT['campaigns/save'].input.parse(payload).campaign.suppliers).toEqual({ enabled: true });
  expect(screen.getByRole('checkbox', { name: A.campaign.suppliers })).toBeChecked();
});

it('fixes the option once the campaign has opened, and says why', async () => {
  const open = campaignView({ status: 'open', suppliers: { enabled: true, modelVersion: 1 } });
  const backend = fakeBackend({ campaigns: [open] });
  const user = userEvent.setup();
  show(backend, 'fr-FR');
  const F = fr.ui.admin;
  await user.click(await screen.findByRole('button', { name: 'Survey 2025' }));
  const option = await screen.findByRole('checkbox', { name: F.campaign.suppliers });
  expect(option).toBeChecked();
  expect(option).toBeDisabled();
  expect(option).toHaveAccessibleDescription(F.campaign.suppliersLocked);
});
