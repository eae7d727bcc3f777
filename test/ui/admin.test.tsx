import { render, screen, within } from '@testing-library/react';
import { DEFAULT_MODEL } from '../../src/domain/model';
import { installBridge, modelView, useHost } from './harness';
import type * as Boot from '../../static/app/src/boot';
import type * as EntryMain from '../../static/app/src/entry-main';

let App: typeof Boot.App;
let renderMain: typeof EntryMain.renderMain;

beforeAll(async () => {
  installBridge();
  ({ App } = await import('../../static/app/src/boot'));
  ({ renderMain } = await import('../../static/app/src/entry-main'));
});

describe('admin page', () => {
  it('loads for moduleKey admin-page and shows the model read-only', async () => {
    const host = useHost({ moduleKey: 'admin-page' });
    render(<App render={renderMain} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Procurement CRM' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'More administration is on its way' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Current evaluation model' })).toBeInTheDocument();
    for (const section of DEFAULT_MODEL.sections) {
      const heading = await screen.findByRole('heading', { level: 3, name: section.title['en-US'] });
      const list = within(heading.closest('section')!).getByRole('list');
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(section.criteria.map((c) => c.text['en-US']));
    }
    expect(
      screen.getByText('No campaign is open: the survey shows the default evaluation model.'),
    ).toBeInTheDocument();
    // Read-only: no rating controls on the admin page.
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(host.invocations()).toEqual([{ functionKey: 'survey/getModel', payload: {} }]);
  });

  it('is translated in French and names the open campaign', async () => {
    useHost({
      moduleKey: 'admin-page',
      locale: 'fr-FR',
      resolve: () => modelView('fr-FR', { id: 'c-2025', name: 'Enquête 2025', period: '2025' }),
    });
    render(<App render={renderMain} />);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Modèle d’évaluation actuel' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Campagne ouverte : Enquête 2025 (2025)')).toBeInTheDocument();
    for (const section of DEFAULT_MODEL.sections) {
      expect(screen.getByRole('heading', { level: 3, name: section.title['fr-FR'] })).toBeInTheDocument();
    }
  });
});
