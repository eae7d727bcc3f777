/**
 * The customers' commitments macro (issue 9): what Procurement committed to, where each stands and when, the share
 * done, no names or keys; empty, and failures worded from their reason, in English and French.
 */
import { screen, within } from '@testing-library/react';
import { fail } from '../../src/shared/result';
import { bootApp, showAsTeam } from './app';
import { commitmentsView, criterionText, CRITERIA, plain } from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

const C = en.ui.commitments;

const show = showAsTeam;

describe('the commitments macro', () => {
  it('lists what was committed to, where each stands and when, with the share done; no names or keys', async () => {
    show('commitments-macro');
    expect(await screen.findByRole('heading', { level: 2, name: C.title })).toBeInTheDocument();
    expect(
      screen.getByText('Following “Survey 2026”, Procurement committed to these actions.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: C.progressLabel })).toHaveAttribute(
      'aria-valuetext',
      '1 of 3 done',
    );
    expect(screen.getByText('1 in progress · 1 planned')).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: C.title })).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Weekly status mail');
    expect(items[0]).toHaveTextContent(C.status.inProgress);
    expect(items[0]).toHaveTextContent(`${C.criteria} ${criterionText(CRITERIA[0]!.id)}`);
    expect(items[0]).toHaveTextContent('Planned for June 30, 2026');
    expect(items[1]).toHaveTextContent(C.status.done);
    expect(items[2]).toHaveTextContent(C.status.planned);
    expect(document.body).not.toHaveTextContent(/PROC-|Grace|Okafor/);
  });

  it.each([
    ['en-US', en, 'Late: planned for June 30, 2026', '1 in progress · 1 planned · 1 late'],
    ['fr-FR', fr, 'En retard : prévu pour le 30 juin 2026', '1 en cours · 1 prévus · 1 en retard'],
  ] as const)(
    'issue 16, item 16: a late commitment says it is late, and the counts say how many are (%s)',
    async (locale, texts, dueLine, counts) => {
      const view = commitmentsView();
      view.commitments[0] = { ...view.commitments[0]!, overdue: true };
      show(
        'commitments-macro',
        { commitments: { ...view, progress: { ...view.progress, overdue: 1 } } },
        locale,
      );
      const list = await screen.findByRole('list', { name: texts.ui.commitments.title });
      const [late, done, planned] = within(list).getAllByRole('listitem');
      expect(within(late!).getByText(texts.ui.commitments.late)).toBeInTheDocument();
      expect(late).toHaveTextContent(plain(dueLine));
      expect(within(planned!).queryByText(texts.ui.commitments.late)).not.toBeInTheDocument();
      expect(within(done!).queryByText(texts.ui.commitments.late)).not.toBeInTheDocument();
      expect(screen.getByText(plain(counts))).toBeInTheDocument();
    },
  );

  it('empty: says when commitments come', async () => {
    show('commitments-macro', {
      commitments: commitmentsView({
        commitments: [],
        progress: { total: 0, done: 0, inProgress: 0, planned: 0, overdue: 0 },
      }),
    });
    expect(await screen.findByText(C.empty)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('in French, and its failures worded from their reason', async () => {
    show('commitments-macro', {}, 'fr-FR');
    expect(
      await screen.findByRole('heading', { level: 2, name: fr.ui.commitments.title }),
    ).toBeInTheDocument();
    expect(screen.getByText('Prévu pour le 30 juin 2026')).toBeInTheDocument();
    expect(screen.getByText(fr.ui.commitments.status.inProgress)).toBeInTheDocument();
    document.body.innerHTML = '';
    const { backend: b } = show('commitments-macro', {}, 'fr-FR');
    b.on('commitments/get', () => fail('NOT_FOUND', 'campaign.missing'));
    expect(await screen.findByText(plain(fr.ui.reasons.campaign.missing))).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: fr.ui.commitments.unavailableTitle })).toBeInTheDocument();
  });
});
