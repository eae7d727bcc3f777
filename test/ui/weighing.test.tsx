/**
 * The weighing step in a closed campaign's survey macro (issue 9): customers split exactly 100 points over the
 * candidate actions (the form counts the points left and refuses another total; the server is the authority and
 * its issues are shown), see and change their saved ballot while open, and read a clear state when it is not
 * open or closed. English and French.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fail } from '../../src/shared/result';
import { bootApp, showMain } from './app';
import {
  criterionText,
  CRITERIA,
  fakeBackend,
  plain,
  surveyStateView,
  weighingView,
  type Seed,
} from './backend';
import type * as Ballot from '../../static/app/src/features/weighing/ballot';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

let ballot: typeof Ballot;
beforeAll(async () => {
  await bootApp();
  ballot = await import('../../static/app/src/features/weighing/ballot');
});

const W = en.ui.weighing;
const [A1, A2, A3] = ['act-00000000000000a1', 'act-00000000000000a2', 'act-00000000000000a3'];

type SurveyState = ReturnType<typeof surveyStateView>;

/** The survey macro of a campaign (closed unless `status` says otherwise) whose weighing is open. */
function show(
  seed: Seed = {},
  {
    locale = 'en-US',
    status = 'closed',
    eligibility = 'member',
  }: {
    locale?: string;
    status?: SurveyState['campaign']['status'];
    eligibility?: SurveyState['me']['eligibility'];
  } = {},
) {
  const backend = fakeBackend({
    survey: surveyStateView({
      campaign: { status },
      me: { eligibility },
      locale: locale === 'fr-FR' ? 'fr-FR' : 'en-US',
    }),
    weighing: weighingView(),
    ...seed,
  });
  showMain({ moduleKey: 'survey-macro', locale, config: { campaignId: 'survey-2026' }, backend });
  return { user: userEvent.setup(), backend };
}

const points = (title: string) => screen.getByLabelText(`${W.points}, for “${title}”`);
const counter = () => screen.getByRole('status', { name: W.counterLabel });

describe('the 100-point rule', () => {
  it('counts whole points of 0 or more; only exactly 100 is a ballot', () => {
    const ids = ['a', 'b'];
    expect(ballot.checkBallot(ids, { a: '60', b: '40' })).toEqual({
      total: 100,
      invalid: [],
      left: 0,
      ok: true,
    });
    expect(ballot.checkBallot(ids, { a: '60', b: '' })).toMatchObject({ total: 60, left: 40, ok: false });
    expect(ballot.checkBallot(ids, { a: '70', b: '40' })).toMatchObject({ left: -10, ok: false });
    expect(ballot.checkBallot(ids, { a: '50.5', b: '49.5' })).toMatchObject({
      invalid: ['a', 'b'],
      ok: false,
    });
    expect(ballot.checkBallot(ids, { a: '-5', b: '105' })).toMatchObject({ invalid: ['a'], ok: false });
    expect(ballot.ballotOf(ids, { a: '100', b: '' })).toEqual({ a: 100, b: 0 });
  });
});

describe('weighing in the survey macro', () => {
  it('shows each candidate with its criteria, keeps the points left in view, and sends only a 100-point ballot', async () => {
    const { user, backend } = show();
    expect(await screen.findByRole('heading', { level: 2, name: W.title })).toBeInTheDocument();
    expect(screen.getByText('You can change your weighing until May 15, 2026.')).toBeInTheDocument();
    expect(screen.getByText(`${W.criteria} ${criterionText(CRITERIA[0]!.id)}`)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Supplier safety files checked' }),
    ).toBeInTheDocument();
    expect(counter()).toHaveTextContent('100 points left');
    await user.type(points('Weekly status mail'), '60');
    await user.type(points('One contact per department'), '30');
    expect(counter()).toHaveTextContent('10 points left');
    await user.click(screen.getByRole('button', { name: W.submit }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your points add up to 90: split exactly 100 points.',
    );
    expect(backend.payloadsOf('weighing/submit')).toEqual([]);
    await user.type(points('Supplier safety files checked'), '20');
    expect(counter()).toHaveTextContent('10 points too many');
    await user.clear(points('One contact per department'));
    await user.type(points('One contact per department'), '20');
    expect(counter()).toHaveTextContent(W.complete);
    // Fixed: the message goes, the ballot is sent whole (zeros included).
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: W.submit }));
    expect(
      await screen.findByText(`${W.saved} You can change your weighing until May 15, 2026.`),
    ).toBeInTheDocument();
    expect(backend.payloadsOf('weighing/submit')).toEqual([
      { campaignId: 'survey-2026', points: { [A1]: 60, [A2]: 20, [A3]: 20 } },
    ]);
    // The saved ballot stays editable while the weighing is open.
    expect(screen.getByRole('button', { name: W.submitChanges })).toBeInTheDocument();
  });

  it('refuses points that are not whole numbers before sending', async () => {
    const { user, backend } = show();
    await screen.findByRole('heading', { level: 2, name: W.title });
    await user.type(points('Weekly status mail'), '99.5');
    await user.type(points('Supplier safety files checked'), '0.5');
    await user.click(screen.getByRole('button', { name: W.submit }));
    expect(await screen.findByRole('alert')).toHaveTextContent(W.wholeNumbers);
    expect(points('Weekly status mail')).toHaveAttribute('aria-invalid', 'true');
    expect(backend.payloadsOf('weighing/submit')).toEqual([]);
  });

  it('shows the saved ballot in the boxes, and the server’s issues when it refuses', async () => {
    const { user, backend } = show({ weighing: weighingView({ myBallot: { [A1]: 50, [A3]: 50 } }) });
    expect(await screen.findByRole('button', { name: W.submitChanges })).toBeInTheDocument();
    expect(points('Weekly status mail')).toHaveValue(50);
    expect(points('Supplier safety files checked')).toHaveValue(null);
    expect(points('One contact per department')).toHaveValue(50);
    expect(counter()).toHaveTextContent(W.complete);
    backend.on('weighing/submit', () =>
      fail('INVALID_PAYLOAD', 'weighing.invalid', undefined, [
        { path: `points.${A1}`, reason: 'weighing.unknownAction', message: 'x' },
        { path: 'points', reason: 'weighing.total', params: { total: 90 }, message: 'x' },
      ]),
    );
    await user.click(screen.getByRole('button', { name: W.submitChanges }));
    expect(await screen.findByText(en.ui.reasons.weighing.invalid)).toBeInTheDocument();
    expect(screen.getByText(en.ui.reasons.weighing.unknownAction)).toBeInTheDocument();
    expect(screen.getByText('add up to 90: split exactly 100 points')).toBeInTheDocument();
    expect(points('Weekly status mail')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says when the weighing closed under them (worded from the reason)', async () => {
    const { user, backend } = show({ weighing: weighingView({ myBallot: { [A1]: 100 } }) });
    await screen.findByRole('button', { name: W.submitChanges });
    backend.on('weighing/submit', () => fail('CONFLICT', 'weighing.notOpen'));
    await user.click(screen.getByRole('button', { name: W.submitChanges }));
    expect(await screen.findByRole('heading', { name: W.failedTitle })).toBeInTheDocument();
    expect(screen.getByText(en.ui.reasons.weighing.notOpen)).toHaveAttribute('data-error-code', 'CONFLICT');
  });

  it('not open yet: a clear state, no form', async () => {
    show({ weighing: weighingView({ status: 'notOpen', candidates: [] }) });
    expect(await screen.findByRole('heading', { name: W.notOpenTitle })).toBeInTheDocument();
    expect(screen.getByText(W.notOpen)).toBeInTheDocument();
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
  });

  it('closed: says so, with the ballot as cast, read-only', async () => {
    show({ weighing: weighingView({ status: 'closed', myBallot: { [A1]: 70, [A3]: 30 } }) });
    expect(await screen.findByRole('heading', { name: W.closedTitle })).toBeInTheDocument();
    expect(
      screen.getByText('The weighing closed on May 15, 2026. Thank you for taking part.'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: W.ballotCaption });
    expect(within(table).getByRole('row', { name: 'Weekly status mail 70' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Supplier safety files checked 0' })).toBeInTheDocument();
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: W.submit })).not.toBeInTheDocument();
  });

  it('is not asked for while the survey is open, nor for people outside the audience', async () => {
    const open = show({}, { status: 'open' });
    await screen.findAllByRole('radiogroup');
    expect(open.backend.keys('weighing')).toEqual([]);
    document.body.innerHTML = '';
    const outside = show({}, { eligibility: 'not-in-audience' });
    await screen.findByRole('heading', { name: en.ui.survey.notInAudience.title });
    await waitFor(() => expect(outside.backend.keys()).toEqual(['survey/getState']));
    expect(outside.backend.keys('weighing')).toEqual([]);
  });

  it('a reader the server does not let weigh sees nothing of it', async () => {
    const { backend } = show();
    backend.on('weighing/get', () => fail('NOT_FOUND', 'campaign.missing'));
    await screen.findByText(/It closed on/);
    await waitFor(() => expect(backend.keys('weighing')).toEqual(['weighing/get']));
    expect(screen.queryByRole('heading', { name: W.title })).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    const { user } = show({}, { locale: 'fr-FR' });
    expect(await screen.findByRole('heading', { level: 2, name: fr.ui.weighing.title })).toBeInTheDocument();
    expect(
      screen.getByText(plain('Vous pouvez modifier votre pondération jusqu’au 15 mai 2026.')),
    ).toBeInTheDocument();
    const box = screen.getByLabelText('Points, pour « Weekly status mail »');
    await user.type(box, '99');
    expect(screen.getByRole('status', { name: fr.ui.weighing.counterLabel })).toHaveTextContent(
      '1 point restant',
    );
    await user.click(screen.getByRole('button', { name: fr.ui.weighing.submit }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      plain('Vos points totalisent 99 : répartissez exactement 100 points.'),
    );
  });
});

describe('issue 16, item 19: a named survey’s weighing', () => {
  it.each([
    ['en-US', en],
    ['fr-FR', fr],
  ] as const)(
    'says the weighing is kept without names, and the naming notice sits with the answers, below it (%s)',
    async (locale, texts) => {
      show({}, { locale });
      const weighing = await screen.findByRole('region', { name: texts.ui.weighing.title });
      expect(within(weighing).getByText(plain(texts.ui.weighing.pseudonymous))).toBeInTheDocument();
      const naming = screen.getByText(plain(texts.ui.survey.named));
      // The notice about names comes after the weighing: it is about the answers, not the ballots.
      expect(weighing.compareDocumentPosition(naming) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    },
  );
});
