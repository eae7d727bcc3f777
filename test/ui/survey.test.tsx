import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_MODEL } from '../../src/domain/model';
import { errorResult, installBridge, modelView, useHost } from './harness';
import type * as Boot from '../../static/app/src/boot';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

let App: typeof Boot.App;
let renderMain: Boot.RenderView;

beforeAll(async () => {
  installBridge(); // before the first import of @forge/bridge
  ({ App } = await import('../../static/app/src/boot'));
  ({ renderMain } = await import('../../static/app/src/entry-main'));
});

const show = () => render(<App render={renderMain} />);
const CRITERIA = DEFAULT_MODEL.sections.flatMap((s) => s.criteria).length;

describe('survey macro', () => {
  it('renders every section and criterion of the default model in English', async () => {
    const host = useHost({ moduleKey: 'survey-macro', locale: 'en-US' });
    show();
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'No campaign open yet — showing the default evaluation model',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Preview: answering opens when the campaign opens')).toBeInTheDocument();
    for (const section of DEFAULT_MODEL.sections) {
      expect(screen.getByRole('heading', { level: 2, name: section.title['en-US'] })).toBeInTheDocument();
      for (const criterion of section.criteria) {
        const group = screen.getByRole('radiogroup', { name: criterion.text['en-US'] });
        const radios = within(group).getAllByRole('radio');
        expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([
          '1 Dissatisfied',
          '2 Not really satisfied',
          '3 Satisfied',
          '4 Very satisfied',
          'Not applicable',
        ]);
      }
    }
    expect(screen.getAllByRole('radiogroup')).toHaveLength(
      DEFAULT_MODEL.sections.flatMap((s) => s.criteria).length,
    );
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en-US');
    expect(host.invocations()).toEqual([{ functionKey: 'survey/getModel', payload: {} }]);
    expect(host.named('enableTheming')).toHaveLength(1);
  });

  it('renders the model and the UI in French when the context locale is fr-FR', async () => {
    useHost({ moduleKey: 'survey-macro', locale: 'fr-FR' });
    show();
    expect(
      await screen.findByRole('heading', { level: 1, name: fr.ui.survey.noCampaign }),
    ).toBeInTheDocument();
    expect(screen.getByText(fr.ui.survey.preview)).toBeInTheDocument();
    for (const section of DEFAULT_MODEL.sections) {
      expect(screen.getByRole('heading', { level: 2, name: section.title['fr-FR'] })).toBeInTheDocument();
      for (const criterion of section.criteria) {
        expect(screen.getByRole('radiogroup', { name: criterion.text['fr-FR'] })).toBeInTheDocument();
      }
    }
    const first = screen.getAllByRole('radiogroup')[0]!;
    expect(within(first).getByRole('radio', { name: '1 Pas satisfait' })).toBeInTheDocument();
    expect(within(first).getByRole('radio', { name: '2 Plutôt pas satisfait' })).toBeInTheDocument();
    expect(within(first).getByRole('radio', { name: '3 Satisfait' })).toBeInTheDocument();
    expect(within(first).getByRole('radio', { name: '4 Très satisfait' })).toBeInTheDocument();
    expect(within(first).getByRole('radio', { name: 'Non applicable' })).toBeInTheDocument();
    expect(screen.queryByText(en.ui.survey.preview)).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr-FR');
  });

  it('asks for the campaign bound in the macro config and shows its name and period', async () => {
    const host = useHost({
      moduleKey: 'survey-macro',
      config: { campaignId: 'survey-2025' },
      resolve: () => modelView('en-US', { id: 'survey-2025', name: 'Survey 2025', period: '2025' }),
    });
    show();
    expect(await screen.findByRole('heading', { level: 1, name: 'Survey 2025' })).toBeInTheDocument();
    expect(screen.getByText('Period: 2025')).toBeInTheDocument();
    expect(screen.queryByText('Preview: answering opens when the campaign opens')).not.toBeInTheDocument();
    expect(host.invocations()).toEqual([
      { functionKey: 'survey/getModel', payload: { campaignId: 'survey-2025' } },
    ]);
  });

  it('shows a loading state with a label while the model loads', async () => {
    let answer: (value: unknown) => void = () => undefined;
    useHost({ resolve: () => new Promise((resolve) => (answer = resolve)) });
    show();
    expect(await screen.findByRole('img', { name: 'Loading the survey…' })).toBeInTheDocument();
    answer(modelView('en-US'));
    expect(await screen.findAllByRole('radiogroup')).not.toHaveLength(0);
  });

  it('shows the translated error message and Retry invokes again', async () => {
    let attempts = 0;
    const host = useHost({
      resolve: () => (++attempts === 1 ? errorResult('NOT_FOUND') : modelView('en-US')),
    });
    const user = userEvent.setup();
    show();
    expect(await screen.findByText(en.ui.errors.NOT_FOUND)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: en.ui.errors.title })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByRole('radiogroup')).toHaveLength(CRITERIA);
    expect(host.invocations()).toHaveLength(2);
    expect(screen.queryByText(en.ui.errors.NOT_FOUND)).not.toBeInTheDocument();
  });

  it('turns a rejected invoke into the UNAVAILABLE message (in French too)', async () => {
    useHost({
      locale: 'fr-FR',
      resolve: () => {
        throw new Error('network down');
      },
    });
    show();
    expect(await screen.findByText(fr.ui.errors.UNAVAILABLE)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });

  it('rating groups: one tab stop each, arrow keys move the selection', async () => {
    useHost();
    const user = userEvent.setup();
    show();
    const groups = await screen.findAllByRole('radiogroup');
    const [g1, g2] = [within(groups[0]!).getAllByRole('radio'), within(groups[1]!).getAllByRole('radio')];

    await user.tab();
    expect(g1[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(g1[1]).toHaveFocus();
    expect(g1[1]).toBeChecked();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(g1[3]).toBeChecked();
    await user.keyboard('{ArrowUp}');
    expect(g1[2]).toBeChecked();
    expect(g1.filter((r) => (r as HTMLInputElement).checked)).toHaveLength(1);

    // Tab leaves the group: next stop is the next criterion, not the next option.
    await user.tab();
    expect(g2[0]).toHaveFocus();
    await user.keyboard('{ArrowLeft}'); // wraps to "Not applicable"
    expect(g2[4]).toBeChecked();
    await user.tab({ shift: true });
    expect(g1[2]).toHaveFocus();
    // Answers of one criterion do not touch another.
    expect(g1[2]).toBeChecked();
    expect(g2[4]).toBeChecked();
  });

  it('says when the app cannot start (getContext fails) and Retry starts it again', async () => {
    useHost({ contextFailures: 1 });
    const user = userEvent.setup();
    show();
    expect(await screen.findByText(en.ui.errors.boot)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByRole('radiogroup')).toHaveLength(CRITERIA);
  });

  it('warns about a module key it does not know', async () => {
    useHost({ moduleKey: 'something-else' });
    show();
    expect(await screen.findByText(/not supported by the app: something-else/)).toBeInTheDocument();
  });

  it('still renders (light fallback) when the host has no theming', async () => {
    useHost({ themingFails: true });
    show();
    await waitFor(() => expect(screen.getAllByRole('radiogroup')).toHaveLength(CRITERIA));
  });
});
