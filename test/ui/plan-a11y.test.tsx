/**
 * axe-core on the improvement plan's views (jsdom): the admin Plan and Jira tabs with their dialogs, the survey's
 * weighing, the follow-up, commitments and issue panel, in English and French. No serious or critical violation;
 * colour contrast needs a real browser, as in a11y.test.tsx.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { adminBackend, campaignView, ME } from './admin-harness';
import { FakeSurveyBackend, installBridge, surveyStateView, useHost } from './harness';
import {
  actionView,
  createdAction,
  FakePlanBackend,
  issuePanelFound,
  planView,
  reviewSnapshot,
  weighingSummary,
} from './plan-harness';
import type * as Boot from '../../static/app/src/app/boot';
import type * as EntryMain from '../../static/app/src/entry-main';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

let App: typeof Boot.App;
let renderMain: typeof EntryMain.renderMain;
beforeAll(async () => {
  installBridge();
  ({ App } = await import('../../static/app/src/app/boot'));
  ({ renderMain } = await import('../../static/app/src/entry-main'));
});

async function seriousViolations() {
  const results = await axe.run(document.documentElement, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const plan = () => {
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

describe.each([
  ['en-US', en],
  ['fr-FR', fr],
] as const)('plan views accessibility (%s)', (locale, texts) => {
  const admin = () =>
    adminBackend({
      campaigns: [
        campaignView({
          id: 'survey-2026',
          name: { 'en-US': 'Survey 2026', 'fr-FR': 'Enquête 2026' },
          status: 'closed',
          closedAt: Date.UTC(2026, 2, 31),
        }),
      ],
    });

  it('admin Plan tab, its history and its action dialog', async () => {
    const backend = new FakePlanBackend({ plan: plan() }, admin().resolve);
    useHost({ moduleKey: 'admin-page', locale, resolve: backend.resolve });
    render(<App render={renderMain} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: texts.ui.plan.tab }));
    const table = await screen.findByRole('table', { name: texts.ui.plan.actions.caption });
    expect(await seriousViolations()).toEqual([]);
    const created = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Created one'))!;
    await user.click(within(created).getByRole('button', { expanded: false }));
    expect(await seriousViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: texts.ui.plan.actions.add }));
    await screen.findByRole('dialog');
    expect(await seriousViolations()).toEqual([]);
  });

  it('admin Jira tab with a project found', async () => {
    const backend = new FakePlanBackend(
      { jiraTarget: { projectKey: 'PROC', issueTypeId: '10001' } },
      admin().resolve,
    );
    useHost({ moduleKey: 'admin-page', locale, resolve: backend.resolve });
    render(<App render={renderMain} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: texts.ui.plan.jiraTab }));
    await user.click(await screen.findByRole('button', { name: texts.ui.plan.jiraSettings.find }));
    await screen.findByRole('radiogroup');
    expect(await seriousViolations()).toEqual([]);
  });

  it('weighing in the survey macro', async () => {
    const survey = new FakeSurveyBackend(surveyStateView({ campaign: { status: 'closed' } }));
    const backend = new FakePlanBackend();
    useHost({
      moduleKey: 'survey-macro',
      locale,
      config: { campaignId: 'survey-2026' },
      resolve: (key, payload) =>
        key.startsWith('weighing/') ? backend.resolve(key, payload) : survey.resolve(key, payload),
    });
    render(<App render={renderMain} />);
    await screen.findByRole('heading', { level: 2, name: texts.ui.weighing.title });
    expect(await seriousViolations()).toEqual([]);
  });

  it('follow-up macro with its reviews, and its review dialog', async () => {
    const backend = new FakePlanBackend({ plan: plan(), reviews: [reviewSnapshot()] }, admin().resolve);
    useHost({
      moduleKey: 'followup-macro',
      locale,
      config: { campaignId: 'survey-2026' },
      resolve: backend.resolve,
    });
    render(<App render={renderMain} />);
    const user = userEvent.setup();
    await screen.findByRole('table', { name: texts.ui.followup.caption });
    await user.click(screen.getByRole('button', { name: texts.ui.followup.reviews.show }));
    expect(await seriousViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: texts.ui.followup.review.button }));
    await screen.findByRole('dialog');
    expect(await seriousViolations()).toEqual([]);
  });

  it('commitments macro', async () => {
    const backend = new FakePlanBackend();
    useHost({
      moduleKey: 'commitments-macro',
      locale,
      config: { campaignId: 'survey-2026' },
      resolve: backend.resolve,
    });
    render(<App render={renderMain} />);
    await screen.findByRole('heading', { level: 2, name: texts.ui.commitments.title });
    expect(await seriousViolations()).toEqual([]);
  });

  it.each([
    ['with scores', issuePanelFound()],
    ['without scores', issuePanelFound({ scoresShown: false })],
  ])('issue panel %s', async (_name, view) => {
    const backend = new FakePlanBackend({ issuePanel: view });
    useHost({ moduleKey: 'action-issue-panel', locale, resolve: backend.resolve });
    render(<App render={renderMain} />);
    await screen.findByRole('heading', { level: 2 });
    expect(await seriousViolations()).toEqual([]);
  });
});
