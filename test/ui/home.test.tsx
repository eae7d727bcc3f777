/**
 * The home feed (issue 18, item 3): the viewer's open surveys, weighings, overdue actions and commitments, each opening its page
 * through the host's router; an empty feed says nothing waits; English and French; axe clean.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HomeFeedView } from '../../src/shared/contract/home';
import { bootApp, showMain } from './app';
import { seriousViolations } from './axe';
import { fakeBackend } from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

const NAME_2026 = { 'en-US': 'Survey 2026', 'fr-FR': 'Enquête 2026' };
const NAME_2025 = { 'en-US': 'Survey 2025', 'fr-FR': 'Enquête 2025' };

const FEED: HomeFeedView = {
  surveys: [
    {
      campaignId: 'survey-2026',
      campaignName: NAME_2026,
      closesOn: '2026-03-31',
      daysLeft: 29,
      contentId: '501',
    },
  ],
  weighings: [
    {
      campaignId: 'survey-2025',
      campaignName: NAME_2025,
      closesOn: '2026-03-06',
      daysLeft: 4,
      contentId: '503',
    },
  ],
  overdueActions: [
    {
      campaignId: 'survey-2025',
      campaignName: NAME_2025,
      actionId: 'act-1',
      title: { 'en-US': 'Publish lead times' },
      dueDate: '2026-02-15',
      contentId: '502',
    },
  ],
  commitments: [
    {
      campaignId: 'survey-2025',
      campaignName: NAME_2025,
      progress: { total: 3, done: 1, inProgress: 1, planned: 1, overdue: 1 },
      contentId: null,
    },
  ],
};

const show = (home: HomeFeedView, locale = 'en-US') =>
  showMain({ moduleKey: 'home-feed', locale, backend: fakeBackend({ home }) });

describe('the home feed', () => {
  it('lists the open survey, the weighing, the overdue action and the commitments; a link opens the page', async () => {
    const host = show(FEED);
    const surveys = await screen.findByRole('region', { name: en.ui.home.surveys });
    expect(surveys).toHaveTextContent('Closes on March 31, 2026: 29 days left');
    expect(screen.getByRole('region', { name: en.ui.home.weighings })).toHaveTextContent(
      'Survey 2025Closes on March 6, 2026: 4 days left',
    );
    const overdue = screen.getByRole('region', { name: en.ui.home.overdue });
    expect(overdue).toHaveTextContent('Publish lead times · was due on February 15, 2026');
    const commitments = screen.getByRole('region', { name: en.ui.home.commitments });
    expect(commitments).toHaveTextContent('1 of 3 done · 1 in progress · 1 planned · 1 late');
    // A campaign bound to no page has no link to follow.
    expect(within(commitments).queryByRole('button')).toBeNull();
    await userEvent.setup().click(within(surveys).getByRole('button', { name: 'Survey 2026' }));
    expect(host.named('navigate')).toEqual([
      { name: 'navigate', payload: { target: 'contentView', contentId: '501', type: 'same-tab' } },
    ]);
    expect(await seriousViolations()).toEqual([]);
  });

  it('says nothing is waiting when nothing is', async () => {
    show({ surveys: [], weighings: [], commitments: [], overdueActions: [] });
    expect(await screen.findByText(en.ui.home.empty)).toBeInTheDocument();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('speaks French', async () => {
    show(FEED, 'fr-FR');
    expect(await screen.findByRole('heading', { level: 2, name: fr.ui.home.title })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: fr.ui.home.surveys })).toHaveTextContent(
      'Se termine le 31 mars 2026 : 29 jours restants',
    );
    expect(screen.getByRole('button', { name: 'Enquête 2026' })).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });
});
