/**
 * Proxy entry in the survey macro: a buyer records a pending customer's answers after a face-to-face review, with
 * the customer's department when they are listed in none; refused entries are worded in the reader's language.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CONTRACT } from '../../src/shared/contract';
import {
  CRITERIA,
  errorResult,
  failure,
  fullAnswers,
  responseView,
  surveyStateView,
  type UiBackend,
} from './backend';
import { surveyBackend, teamState, onSurveyPage } from './survey-page';

import en from '../../locales/en-US.json';

let backend: UiBackend;
const show = onSurveyPage((b) => (backend = b));

/** A member of the procurement team outside the audience, who sees participation but does not enter by proxy. */
const team = (me: Partial<ReturnType<typeof surveyStateView>['me']> = {}, campaign = {}) =>
  surveyStateView({
    campaign,
    me: { eligibility: 'not-in-audience', isTeam: true, canProxy: false, canSeeParticipation: true, ...me },
  });

describe('survey macro: proxy entry', () => {
  it('proxy entry: picks a pending customer, loads, fills and submits by proxy', async () => {
    const user = userEvent.setup();
    const b = surveyBackend(teamState());
    const bruno = '712020:5a1e0000-0000-4000-8000-000000000002';
    show(b);
    await user.click(await screen.findByRole('tab', { name: 'Enter answers for a customer' }));
    const picker = await screen.findByRole('combobox', { name: en.ui.survey.proxy.customerLabel });
    await user.click(picker);
    // Only the signed-in buyer's own pending customers.
    expect(screen.queryByText('Chloé Dubois')).not.toBeInTheDocument();
    await user.click(await screen.findByText('Bruno Lefèvre'));
    await waitFor(() =>
      expect(backend.payloadsOf('proxy/get')).toEqual([
        { campaignId: 'survey-2026', customerAccountId: bruno },
      ]),
    );
    const panel = screen.getByRole('tabpanel', { name: 'Enter answers for a customer' });
    expect(
      await within(panel).findByText(
        /recorded as Bruno Lefèvre’s, marked as entered by proxy after a face-to-face review/,
      ),
    ).toBeInTheDocument();
    for (const criterion of CRITERIA) {
      await user.click(
        within(within(panel).getByRole('radiogroup', { name: criterion.text['en-US'] })).getByRole('radio', {
          name: '4 Very satisfied',
        }),
      );
    }
    await user.click(within(panel).getByRole('button', { name: 'Record answers for Bruno Lefèvre' }));
    await waitFor(() => expect(backend.payloadsOf('proxy/submit')).toHaveLength(1));
    expect(backend.payloadsOf('proxy/submit')[0]).toEqual({
      campaignId: 'survey-2026',
      customerAccountId: bruno,
      answers: fullAnswers(4),
      baseRevision: 0,
    });
    expect(await within(panel).findByText('Recorded by proxy for: Bruno Lefèvre.')).toBeInTheDocument();
    expect(backend.state.proxy[bruno]).toMatchObject({ enteredByProxy: true });
    // Bruno is listed in a department: nobody asked for one.
    expect(within(panel).queryByRole('combobox', { name: /department/ })).not.toBeInTheDocument();
  });

  const farid = '712020:5a1e0000-0000-4000-8000-000000000006';
  const proxyDepartmentLabel = en.ui.survey.proxy.department.label.replace('{name}', 'Farid Benali');

  async function openProxyFor(user: ReturnType<typeof userEvent.setup>, name: string) {
    await user.click(await screen.findByRole('tab', { name: 'Enter answers for a customer' }));
    await user.click(await screen.findByRole('combobox', { name: en.ui.survey.proxy.customerLabel }));
    await user.click(await screen.findByText(name));
    return screen.getByRole('tabpanel', { name: 'Enter answers for a customer' });
  }

  it('proxy entry for a customer listed in no department: asks for it, required, and sends it', async () => {
    const user = userEvent.setup();
    const b = surveyBackend(teamState());
    b.state.proxyUnlisted.add(farid);
    show(b);
    const panel = await openProxyFor(user, 'Farid Benali');
    const picker = await within(panel).findByRole('combobox', { name: proxyDepartmentLabel });
    expect(picker).toBeRequired();
    expect(picker).toHaveAccessibleDescription(
      expect.stringContaining(en.ui.survey.proxy.department.help.replace('{name}', 'Farid Benali')),
    );
    for (const criterion of CRITERIA) {
      await user.click(
        within(within(panel).getByRole('radiogroup', { name: criterion.text['en-US'] })).getByRole('radio', {
          name: '4 Very satisfied',
        }),
      );
    }
    const record = within(panel).getByRole('button', { name: 'Record answers for Farid Benali' });
    // Without a department the submit stays in the browser, names the problem and moves the focus there.
    await user.click(record);
    expect(
      await within(panel).findByRole('link', {
        name: en.ui.survey.proxy.department.problem.replace('{name}', 'Farid Benali'),
      }),
    ).toBeInTheDocument();
    await waitFor(() => expect(picker).toHaveFocus());
    expect(backend.payloadsOf('proxy/submit')).toEqual([]);
    await user.keyboard('{ArrowDown}');
    await user.click(await within(panel).findByText('Finance'));
    await user.click(record);
    await waitFor(() => expect(backend.payloadsOf('proxy/submit')).toHaveLength(1));
    const sent = CONTRACT['proxy/submit'].input.parse(backend.payloadsOf('proxy/submit')[0]);
    expect(sent).toEqual({
      campaignId: 'survey-2026',
      customerAccountId: farid,
      answers: fullAnswers(4),
      departmentId: 'finance',
      baseRevision: 0,
    });
    expect(await within(panel).findByText('Recorded by proxy for: Farid Benali.')).toBeInTheDocument();
    expect(backend.state.proxy[farid]).toMatchObject({ enteredByProxy: true, departmentId: 'finance' });
  });

  it('proxy entry for an unlisted customer who already answered: their department is preselected', async () => {
    const user = userEvent.setup();
    const b = surveyBackend(teamState());
    b.state.proxyUnlisted.add(farid);
    b.state.proxy[farid] = responseView({ answers: fullAnswers(3), departmentId: 'finance', revision: 2 });
    show(b);
    const panel = await openProxyFor(user, 'Farid Benali');
    await within(panel).findByRole('combobox', { name: proxyDepartmentLabel });
    expect(await within(panel).findByText('Finance')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Record answers for Farid Benali' }));
    await waitFor(() => expect(backend.payloadsOf('proxy/submit')).toHaveLength(1));
    expect(CONTRACT['proxy/submit'].input.parse(backend.payloadsOf('proxy/submit')[0])).toEqual({
      campaignId: 'survey-2026',
      customerAccountId: farid,
      answers: fullAnswers(3),
      departmentId: 'finance',
      baseRevision: 2,
    });
  });
});

describe('survey macro: refused proxy entries say why, in the reader’s language', () => {
  it('proxy entry: the translated reason; without one, only the code’s wording', async () => {
    const user = userEvent.setup();
    const b = surveyBackend(
      surveyStateView({
        me: { eligibility: 'not-in-audience', isTeam: true, canProxy: true, canSeeParticipation: true },
      }),
    );
    b.state.proxy['712020:5a1e0000-0000-4000-8000-000000000002'] = responseView({ answers: fullAnswers(4) });
    b.on('proxy/submit', () => errorResult('INVALID_PAYLOAD', 'proxy.notInPortfolio'));
    show(b);
    await user.click(await screen.findByRole('tab', { name: 'Enter answers for a customer' }));
    await user.click(await screen.findByRole('combobox', { name: en.ui.survey.proxy.customerLabel }));
    await user.click(await screen.findByText('Bruno Lefèvre'));
    const record = await screen.findByRole('button', { name: 'Record answers for Bruno Lefèvre' });
    await user.click(record);
    expect(
      await screen.findByText('This person is not one of your portfolio’s customers.'),
    ).toBeInTheDocument();
    expect(screen.getByText(en.ui.errors.INVALID_PAYLOAD)).toBeInTheDocument();
    b.on('proxy/submit', () => failure('FORBIDDEN', 'English only'));
    await user.click(record);
    expect(await screen.findByText(en.ui.errors.FORBIDDEN)).toBeInTheDocument();
    expect(screen.queryByText('English only')).not.toBeInTheDocument();
    expect(
      screen.queryByText('This person is not one of your portfolio’s customers.'),
    ).not.toBeInTheDocument();
  });
});

describe('issue 7, item 1: proxy entry for a customer who answered themselves', () => {
  it('says the answers are the customer’s own and offers no form to replace them', async () => {
    const user = userEvent.setup();
    const b = surveyBackend(team({ canProxy: true }));
    const bruno = '712020:5a1e0000-0000-4000-8000-000000000002';
    b.state.proxyAnsweredThemselves.add(bruno);
    show(b);
    await user.click(await screen.findByRole('tab', { name: 'Enter answers for a customer' }));
    await user.click(await screen.findByRole('combobox', { name: en.ui.survey.proxy.customerLabel }));
    await user.click(await screen.findByText('Bruno Lefèvre'));
    const panel = screen.getByRole('tabpanel', { name: 'Enter answers for a customer' });
    expect(
      await within(panel).findByText(en.ui.survey.proxy.customerAnswered.replace('{name}', 'Bruno Lefèvre')),
    ).toBeInTheDocument();
    expect(within(panel).queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /Record answers/ })).not.toBeInTheDocument();
    expect(b.payloadsOf('proxy/submit')).toEqual([]);
  });
});

describe('issue 16, item 8: the customer picker’s list is never clipped by the frame', () => {
  it('lays its menu out in the flow, as the macro config’s picker does (the frame grows with it)', async () => {
    const user = userEvent.setup();
    show(surveyBackend(teamState()));
    await user.click(await screen.findByRole('tab', { name: 'Enter answers for a customer' }));
    await user.click(await screen.findByRole('combobox', { name: en.ui.survey.proxy.customerLabel }));
    const listbox = await screen.findByRole('listbox');
    // react-select's menu is the listbox's parent: floating (absolute) it is cut at the frame's bottom edge.
    expect(listbox.parentElement).toHaveStyle({ position: 'relative' });
    expect(within(listbox).getByText('Bruno Lefèvre')).toBeInTheDocument();
  });
});
