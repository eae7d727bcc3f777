/**
 * The page banner's DOM (issue 18, item 1), without React: what it says of each thing waiting, in English and
 * French, the buyer who asked, the plural of days left, and Dismiss (gone when it worked, the reason when not).
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { BannerItemView } from '../../src/shared/contract/reminders';
import { renderBanner } from '../../static/app/src/banner/render';

const item = (overrides: Partial<BannerItemView> = {}): BannerItemView => ({
  kind: 'survey',
  campaignId: 'campaign-2026',
  campaignName: { 'en-US': 'Procurement survey 2026', 'fr-FR': 'Enquête Achats 2026' },
  closesOn: '2026-12-18',
  daysLeft: 11,
  contentId: '65601',
  remindedBy: null,
  ...overrides,
});

function draw(items: BannerItemView[], locale: 'en-US' | 'fr-FR' = 'en-US', dismissed = true) {
  document.body.innerHTML = '<div id="root"></div>';
  const root = document.getElementById('root')!;
  const actions = { answer: jest.fn(), dismiss: jest.fn(() => Promise.resolve(dismissed)) };
  renderBanner(root, items, locale, actions);
  return { root, actions };
}

it('draws nothing at all when nothing waits, or nothing it can link to', () => {
  expect(draw([]).root.childElementCount).toBe(0);
  expect(draw([item({ contentId: null })]).root.childElementCount).toBe(0);
});

it('says what waits, the days left and who asked, and its button opens the survey', async () => {
  const { actions } = draw([item({ remindedBy: { accountId: 'g', displayName: 'Grace Okafor' } })]);
  expect(screen.getByRole('region', { name: 'Procurement CRM: waiting for you' })).toHaveTextContent(
    'Procurement survey 2026: your answer is awaited. 11 days left.Grace Okafor asked you to answer.',
  );
  await userEvent.click(screen.getByRole('button', { name: 'Answer the survey Procurement survey 2026' }));
  expect(actions.answer).toHaveBeenCalledWith(expect.objectContaining({ contentId: '65601' }));
});

it.each([
  [0, 'Last day to answer.', 'Dernier jour pour répondre.'],
  [1, '1 day left.', '1 jour restant.'],
  [5, '5 days left.', '5 jours restants.'],
])('words %i days left in both languages', (days, en, fr) => {
  draw([item({ daysLeft: days })]);
  expect(screen.getByText(en)).toBeInTheDocument();
  draw([item({ daysLeft: days })], 'fr-FR');
  expect(screen.getByText(fr)).toBeInTheDocument();
  expect(screen.getByText('Enquête Achats 2026 : votre réponse est attendue.')).toBeInTheDocument();
});

it('asks for a weighing with its own words and button, in both languages', async () => {
  const { actions } = draw([item({ kind: 'weighing', daysLeft: 0 })]);
  expect(screen.getByRole('region', { name: 'Procurement CRM: waiting for you' })).toHaveTextContent(
    'Procurement survey 2026: the improvement plan awaits your weighing of its candidate actions. Last day to weigh.',
  );
  await userEvent.click(screen.getByRole('button', { name: 'Weigh the actions: Procurement survey 2026' }));
  expect(actions.answer).toHaveBeenCalledWith(
    expect.objectContaining({ kind: 'weighing', contentId: '65601' }),
  );
  draw([item({ kind: 'weighing', daysLeft: 3 })], 'fr-FR');
  expect(
    screen.getByText(
      'Enquête Achats 2026 : le plan d’amélioration attend votre pondération de ses actions candidates.',
    ),
  ).toBeInTheDocument();
  expect(screen.getByText('3 jours restants.')).toBeInTheDocument();
  expect(
    screen.getByRole('button', { name: 'Pondérer les actions : Enquête Achats 2026' }),
  ).toBeInTheDocument();
});

it('is gone once dismissed, and says so when the dismissal failed', async () => {
  const { root } = draw([item()]);
  await userEvent.click(screen.getByRole('button', { name: 'Dismiss for today' }));
  await waitFor(() => expect(root.childElementCount).toBe(0));
  draw([item()], 'en-US', false);
  await userEvent.click(screen.getByRole('button', { name: 'Dismiss for today' }));
  expect(await screen.findByRole('status')).toHaveTextContent(
    'The banner could not be dismissed. Try again.',
  );
});

it('lists several waiting surveys, each with its own button, and one Dismiss for all', () => {
  draw([item(), item({ campaignId: 'b', campaignName: { 'en-US': 'Buyer pulse', 'fr-FR': 'Baromètre' } })]);
  expect(screen.getAllByRole('listitem')).toHaveLength(2);
  expect(screen.getByRole('button', { name: 'Answer the survey Buyer pulse' })).toBeInTheDocument();
  expect(screen.getAllByRole('button', { name: 'Dismiss for today' })).toHaveLength(1);
});
