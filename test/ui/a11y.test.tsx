/**
 * axe-core on the rendered views (jsdom): no serious or critical violations. Colour contrast cannot be computed in
 * jsdom (axe reports it as "incomplete"); it comes from the design tokens and is checked in a real browser.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import {
  errorResult,
  FakeSurveyBackend,
  fullAnswers,
  installBridge,
  participationView,
  responseView,
  surveyStateView,
  useHost,
  type HostOptions,
} from './harness';
import { adminBackend } from './admin-harness';
import type * as Boot from '../../static/app/src/app/boot';
import type * as EntryMain from '../../static/app/src/entry-main';
import type * as EntryConfig from '../../static/app/src/entry-config';

// axe over the full questionnaire takes a few seconds in jsdom.
jest.setTimeout(30_000);

let App: typeof Boot.App;
let renderMain: typeof EntryMain.renderMain;
let renderConfig: typeof EntryConfig.renderConfig;

beforeAll(async () => {
  installBridge();
  ({ App } = await import('../../static/app/src/app/boot'));
  ({ renderMain } = await import('../../static/app/src/entry-main'));
  ({ renderConfig } = await import('../../static/app/src/entry-config'));
});

async function seriousViolations() {
  const results = await axe.run(document.documentElement, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false } }, // needs layout and canvas: real-browser check
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe)', () => {
  it('the check itself catches a serious violation', async () => {
    render(<input type="checkbox" />);
    // (and, without the app: no <title>, no lang)
    expect(await seriousViolations()).toEqual(expect.arrayContaining([expect.stringMatching(/^label:/)]));
  });

  const survey = (b: FakeSurveyBackend, options: HostOptions = {}) => {
    useHost({
      moduleKey: 'survey-macro',
      config: { campaignId: 'survey-2026' },
      resolve: b.resolve,
      ...options,
    });
    render(<App render={renderMain} />);
  };
  const team = { eligibility: 'member' as const, isTeam: true, canProxy: true, canSeeParticipation: true };

  it('survey macro: open, with submit problems', async () => {
    survey(new FakeSurveyBackend(surveyStateView({ campaign: { anonymous: true } })));
    await screen.findAllByRole('radiogroup');
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Submit answers' }));
    await screen.findByRole('heading', { name: /Before submitting/ });
    expect(await seriousViolations()).toEqual([]);
  });

  it('survey macro: submitted, in French, with a required comment', async () => {
    const answers = { ...fullAnswers(3), 'hse-suppliers': { value: 1 as const } };
    survey(
      new FakeSurveyBackend(
        surveyStateView({ locale: 'fr-FR', response: responseView({ status: 'submitted', answers }) }),
      ),
      { locale: 'fr-FR' },
    );
    await screen.findByRole('heading', { name: /Merci/ });
    expect(await seriousViolations()).toEqual([]);
  });

  it('survey macro: team tabs, participation and proxy', async () => {
    survey(new FakeSurveyBackend(surveyStateView({ me: team })));
    await screen.findAllByRole('tab');
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: 'Participation' }));
    await screen.findByRole('table', { name: 'By department' });
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: 'Enter answers for a customer' }));
    await screen.findByRole('combobox', { name: 'Customer' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('survey macro: participation with groups below the anonymity threshold', async () => {
    const b = new FakeSurveyBackend(surveyStateView({ me: { ...team, canProxy: false } }));
    b.participation = participationView({
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
    if (state) survey(new FakeSurveyBackend(state));
    else {
      useHost({ moduleKey: 'survey-macro' });
      render(<App render={renderMain} />);
    }
    await screen.findByRole('heading', { level: state ? 2 : 1 });
    expect(await seriousViolations()).toEqual([]);
  });

  it('survey macro: binding refused', async () => {
    const b = new FakeSurveyBackend();
    b.override['survey/getState'] = () => errorResult('FORBIDDEN', 'survey.otherPage');
    survey(b);
    await screen.findByText('This survey belongs to another page.');
    expect(await seriousViolations()).toEqual([]);
  });

  it('survey macro, error state', async () => {
    useHost({
      moduleKey: 'survey-macro',
      config: { campaignId: 'x' },
      resolve: () => errorResult('UNAVAILABLE'),
    });
    render(<App render={renderMain} />);
    await screen.findByRole('button', { name: 'Retry' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('admin page', async () => {
    // Every tab and state of the admin page: admin-a11y.test.tsx.
    useHost({ moduleKey: 'admin-page', locale: 'fr-FR', resolve: adminBackend().resolve });
    render(<App render={renderMain} />);
    await screen.findAllByRole('tab');
    expect(await seriousViolations()).toEqual([]);
  });

  it('macro config: picker, then a refused binding', async () => {
    const b = new FakeSurveyBackend();
    b.campaigns = [
      {
        id: 'survey-2026',
        name: { 'en-US': 'Survey 2026', 'fr-FR': 'Survey 2026' },
        period: '2026',
        status: 'open',
        opensOn: '2026-03-01',
        closesOn: '2026-03-31',
        anonymous: false,
        bound: false,
      },
    ];
    b.override['binding/bind'] = () => errorResult('FORBIDDEN', 'forbidden.moveBinding');
    useHost({ resolve: b.resolve, config: { campaignId: 'survey-2026' } });
    render(<App render={renderConfig} />);
    await screen.findByRole('combobox');
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(
      'You are not allowed to move this campaign to another page: it is bound elsewhere, ask an admin.',
    );
    expect(await seriousViolations()).toEqual([]);
  });

  it('macro config: not allowed', async () => {
    const b = new FakeSurveyBackend();
    b.access = { ...b.access, roles: [] };
    useHost({ resolve: b.resolve });
    render(<App render={renderConfig} />);
    await screen.findByRole('heading', { level: 2 });
    expect(await seriousViolations()).toEqual([]);
  });
});
