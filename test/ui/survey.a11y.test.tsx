/**
 * axe-core on the survey macro's views (jsdom): open, submitted, the team's tabs with proxy entry, each state,
 * refused and failing. No serious or critical violation; colour contrast needs a real browser (see ./axe.ts).
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { bootApp, showMain } from './app';
import { seriousViolations } from './axe';
import {
  errorResult,
  fakeBackend,
  fullAnswers,
  responseView,
  surveyStateView,
  type HostOptions,
  type UiBackend,
} from './backend';
import { surveyBackend } from './survey-page';

// axe over the full questionnaire takes a few seconds in jsdom.
jest.setTimeout(30_000);

beforeAll(bootApp);

describe('accessibility (axe)', () => {
  it('the check itself catches a serious violation', async () => {
    render(<input type="checkbox" />);
    // (and, without the app: no <title>, no lang)
    expect(await seriousViolations()).toEqual(expect.arrayContaining([expect.stringMatching(/^label:/)]));
  });

  const survey = (b: UiBackend, options: HostOptions = {}) => {
    showMain({ moduleKey: 'survey-macro', config: { campaignId: 'survey-2026' }, backend: b, ...options });
  };
  const team = { eligibility: 'member' as const, isTeam: true, canProxy: true, canSeeParticipation: true };

  it('survey macro: open, with submit problems', async () => {
    survey(surveyBackend(surveyStateView({ campaign: { anonymous: true } })));
    await screen.findAllByRole('radiogroup');
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Submit answers' }));
    await screen.findByRole('heading', { name: /Before submitting/ });
    expect(await seriousViolations()).toEqual([]);
  });

  it('survey macro: submitted, in French, with a required comment', async () => {
    const answers = { ...fullAnswers(3), 'hse-suppliers': { value: 1 as const } };
    survey(
      surveyBackend(
        surveyStateView({ locale: 'fr-FR', response: responseView({ status: 'submitted', answers }) }),
      ),
      { locale: 'fr-FR' },
    );
    await screen.findByRole('heading', { name: /Merci/ });
    expect(await seriousViolations()).toEqual([]);
  });

  it('survey macro: team tabs, participation and proxy', async () => {
    survey(surveyBackend(surveyStateView({ me: team })));
    await screen.findAllByRole('tab');
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: 'Participation' }));
    await screen.findByRole('table', { name: 'By department' });
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: 'Enter answers for a customer' }));
    await screen.findByRole('combobox', { name: 'Customer' });
    expect(await seriousViolations()).toEqual([]);
  });

  it.each([
    ['not set up', null],
    ['not open yet', surveyStateView({ campaign: { status: 'draft' } })],
    ['not in the audience', surveyStateView({ me: { eligibility: 'not-in-audience' } })],
    [
      'closed',
      surveyStateView({
        campaign: { status: 'closed' },
        response: responseView({ answers: fullAnswers(2) }),
      }),
    ],
  ])('survey macro: %s', async (_name, state) => {
    if (state) survey(surveyBackend(state));
    else {
      showMain({ moduleKey: 'survey-macro' });
    }
    await screen.findByRole('heading', { level: state ? 2 : 1 });
    expect(await seriousViolations()).toEqual([]);
  });

  it('survey macro: binding refused', async () => {
    const b = surveyBackend();
    b.on('survey/getState', () => errorResult('FORBIDDEN', 'survey.otherPage'));
    survey(b);
    await screen.findByText('This survey belongs to another page.');
    expect(await seriousViolations()).toEqual([]);
  });

  it('survey macro, error state', async () => {
    showMain({
      moduleKey: 'survey-macro',
      config: { campaignId: 'x' },
      backend: fakeBackend().on('survey/getState', () => errorResult('UNAVAILABLE')),
    });
    await screen.findByRole('button', { name: 'Retry' });
    expect(await seriousViolations()).toEqual([]);
  });
});
