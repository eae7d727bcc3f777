/**
 * Reminders through Confluence (issue 18, item 2): a buyer reminds one customer or all of their own portfolio who
 * have not answered; the list says who was reminded how often, when and by whom; a refusal says the server's reason.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bootApp } from './app';
import { fail } from '../../src/shared/result';
import { participationView, type UiBackend } from './backend';
import { showSurvey, surveyBackend, teamState } from './survey-page';

beforeAll(bootApp);
beforeEach(() => window.localStorage.clear());

const BRUNO = '712020:5a1e0000-0000-4000-8000-000000000002';
const GRACE = { accountId: '712020:5a1e0000-0000-4000-8000-000000000011', displayName: 'Grace Okafor' };

async function participation(b: UiBackend, locale?: 'fr-FR') {
  const user = userEvent.setup();
  showSurvey(b, locale ? { locale } : {});
  await user.click(await screen.findByRole('tab', { name: locale ? 'Participation' : 'Participation' }));
  await screen.findByRole('table', { name: locale ? /portefeuille/ : 'By buyer portfolio' });
  return user;
}

it('reminds one customer of the buyer’s own portfolio, says so, and reads the participation again', async () => {
  const b = surveyBackend(teamState());
  const user = await participation(b);
  const before = b.keys('participation').length;
  await user.click(screen.getByRole('button', { name: 'Remind Bruno Lefèvre in Confluence' }));
  expect(b.payloadsOf('reminders/remind')).toEqual([{ campaignId: expect.any(String), accountIds: [BRUNO] }]);
  const mine = screen.getByRole('list', { name: 'Grace Okafor’s customers: 2 not answered' }).parentElement!;
  expect(await within(mine).findByRole('status')).toHaveTextContent(
    'Bruno Lefèvre will see your reminder on their next Confluence page.',
  );
  await waitFor(() => expect(b.keys('participation').length).toBe(before + 1));
});

it('reminds all who have not answered in one go, and only offers it in the buyer’s own portfolio', async () => {
  const b = surveyBackend(teamState());
  const user = await participation(b);
  const buttons = screen.getAllByRole('button', { name: 'Remind all in Confluence' });
  expect(buttons).toHaveLength(1);
  expect(screen.queryByRole('button', { name: 'Remind Chloé Dubois in Confluence' })).not.toBeInTheDocument();
  await user.click(buttons[0]!);
  expect(b.payloadsOf('reminders/remind')).toEqual([
    { campaignId: expect.any(String), accountIds: [BRUNO, '712020:5a1e0000-0000-4000-8000-000000000006'] },
  ]);
  expect(
    await screen.findByText('2 people will see your reminder on their next Confluence page.'),
  ).toBeInTheDocument();
});

it('says who was reminded how often, when and by whom, and how many reminders went out', async () => {
  const b = surveyBackend(teamState());
  b.state.participation = participationView({
    reminders: {
      sent: 3,
      people: 2,
      byPerson: [{ accountId: BRUNO, count: 2, lastAt: Date.UTC(2026, 2, 4, 10), lastBy: GRACE }],
    },
  });
  await participation(b);
  expect(screen.getByText('Reminded 2 times, last on Mar 4, 2026 by Grace Okafor')).toBeInTheDocument();
  expect(screen.getByText('Reminders sent in Confluence: 3 reminders to 2 people.')).toBeInTheDocument();
});

it('words a refusal with the server’s reason, in French too', async () => {
  const b = surveyBackend(teamState());
  b.on('reminders/remind', () => fail('FORBIDDEN', 'reminders.capReached', { cap: 3 }));
  const user = await participation(b, 'fr-FR');
  await user.click(screen.getByRole('button', { name: 'Relancer Bruno Lefèvre dans Confluence' }));
  expect(
    await screen.findByText(
      'Certaines de ces personnes ont déjà été relancées 3 fois pendant cette campagne.',
    ),
  ).toBeInTheDocument();
});
