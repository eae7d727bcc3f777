/**
 * axe-core on participation in the survey macro (jsdom), with groups below the anonymity threshold. No serious or
 * critical violation; colour contrast needs a real browser (see ./axe.ts).
 */
import { fireEvent, screen } from '@testing-library/react';
import { bootApp, showMain } from './app';
import { seriousViolations } from './axe';
import { participationView, surveyStateView, type HostOptions, type UiBackend } from './backend';
import { surveyBackend } from './survey-page';

jest.setTimeout(30_000);

beforeAll(bootApp);

describe('accessibility (axe)', () => {
  const survey = (b: UiBackend, options: HostOptions = {}) => {
    showMain({ moduleKey: 'survey-macro', config: { campaignId: 'survey-2026' }, backend: b, ...options });
  };
  const team = { eligibility: 'member' as const, isTeam: true, canProxy: true, canSeeParticipation: true };

  it('survey macro: participation with groups below the anonymity threshold', async () => {
    const b = surveyBackend(surveyStateView({ me: { ...team, canProxy: false } }));
    b.state.participation = participationView({
      anonymous: true,
      threshold: 5,
      departments: [
        {
          id: 'engineering',
          name: { 'en-US': 'Engineering', 'fr-FR': 'Engineering' },
          invited: 12,
          responded: 6,
        },
        {
          id: 'legal',
          name: { 'en-US': 'Legal', 'fr-FR': 'Legal' },
          invited: 6,
          responded: null,
          hidden: true,
        },
        {
          id: 'finance',
          name: { 'en-US': 'Finance', 'fr-FR': 'Finance' },
          invited: 2,
          responded: null,
          hidden: true,
        },
      ],
      portfolios: participationView().portfolios.map((p) => ({
        ...p,
        responded: null,
        hidden: true as const,
        pending: null,
      })),
    });
    survey(b);
    fireEvent.click(await screen.findByRole('tab', { name: 'Participation' }));
    await screen.findByRole('table', { name: 'By department' });
    expect(screen.getAllByRole('cell', { name: 'Below threshold' }).length).toBeGreaterThan(0);
    expect(await seriousViolations()).toEqual([]);
  });
});
