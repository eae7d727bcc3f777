/**
 * The campaign's reminder days (issue 18, item 1), an admin setting of the campaign editor: the default schedule
 * until changed, day lists typed as "0, 3", a list that is not whole days refused on the field and never sent.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bootApp, showMain } from './app';
import { campaignView, fakeBackend } from './backend';

jest.setTimeout(30_000);
beforeAll(bootApp);

async function editor() {
  const backend = fakeBackend({ campaigns: [campaignView()] });
  const user = userEvent.setup();
  showMain({ moduleKey: 'admin-page', locale: 'en-US', backend });
  await user.click(await screen.findByRole('button', { name: 'Survey 2025' }));
  await screen.findByRole('heading', { name: 'Reminders' });
  return { backend, user };
}

it('shows the default schedule, and saves the days and cap the admin typed', async () => {
  const { backend, user } = await editor();
  const after = screen.getByLabelText('Days after the opening');
  expect(after).toHaveValue('0, 7');
  expect(screen.getByLabelText('Days before the close')).toHaveValue('2');
  expect(screen.getByLabelText('Reminders a buyer may send one person')).toHaveValue(3);
  await user.clear(after);
  await user.type(after, '0, 3, 10');
  const cap = screen.getByLabelText('Reminders a buyer may send one person');
  await user.clear(cap);
  await user.type(cap, '1');
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  expect(await screen.findByText('Campaign saved.')).toBeInTheDocument();
  expect(backend.payloadsOf('campaigns/save')).toEqual([
    expect.objectContaining({
      campaign: expect.objectContaining({
        reminders: { afterOpening: [0, 3, 10], beforeClose: [2], cap: 1 },
      }),
    }),
  ]);
});

it('says on the field when a day list is not whole days, and keeps the last valid one', async () => {
  const { backend, user } = await editor();
  const before = screen.getByLabelText('Days before the close');
  await user.clear(before);
  await user.type(before, '2, soon');
  expect(
    screen.getByText('Enter whole numbers of days separated by commas, for example 0, 7.'),
  ).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  expect(await screen.findByText('Campaign saved.')).toBeInTheDocument();
  expect(backend.payloadsOf('campaigns/save')).toEqual([
    expect.objectContaining({
      campaign: expect.objectContaining({ reminders: { afterOpening: [0, 7], beforeClose: [2], cap: 3 } }),
    }),
  ]);
});
