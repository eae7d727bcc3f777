import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installBridge, useHost } from './harness';
import type * as Boot from '../../static/app/src/boot';
import type * as EntryConfig from '../../static/app/src/entry-config';

let App: typeof Boot.App;
let renderConfig: typeof EntryConfig.renderConfig;

beforeAll(async () => {
  installBridge();
  ({ App } = await import('../../static/app/src/boot'));
  ({ renderConfig } = await import('../../static/app/src/entry-config'));
});

const show = () => render(<App render={renderConfig} />);
const INVALID = 'Use 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.';

describe('macro config', () => {
  it('labels the field and pre-fills the bound campaign', async () => {
    useHost({ config: { campaignId: 'survey-2024' } });
    show();
    expect(await screen.findByRole('heading', { level: 1, name: 'Survey settings' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Campaign ID/ })).toHaveValue('survey-2024');
    expect(screen.getByRole('form', { name: 'Survey settings' })).toBeInTheDocument();
  });

  it('rejects an invalid id and does not submit', async () => {
    const host = useHost();
    const user = userEvent.setup();
    show();
    const field = await screen.findByRole('textbox', { name: /Campaign ID/ });
    await user.type(field, 'not an id!');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(INVALID)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(host.named('submit')).toHaveLength(0);
  });

  it('submits a valid id with view.submit({ config })', async () => {
    const host = useHost();
    const user = userEvent.setup();
    show();
    const field = await screen.findByRole('textbox', { name: /Campaign ID/ });
    await user.type(field, '  survey-2025 ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(host.named('submit')).toHaveLength(1));
    expect(host.named('submit')[0]!.payload).toEqual({ config: { campaignId: 'survey-2025' } });
    expect(screen.queryByText(INVALID)).not.toBeInTheDocument();
  });

  it('submits an empty config to follow the open campaign', async () => {
    const host = useHost({ config: { campaignId: 'old' } });
    const user = userEvent.setup();
    show();
    await user.clear(await screen.findByRole('textbox', { name: /Campaign ID/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(host.named('submit')).toHaveLength(1));
    expect(host.named('submit')[0]!.payload).toEqual({ config: {} });
  });

  it('says so when the host refuses the submit', async () => {
    useHost({ submit: () => false });
    const user = userEvent.setup();
    show();
    await user.type(await screen.findByRole('textbox', { name: /Campaign ID/ }), 'survey-2025');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The settings could not be saved. Try again.')).toBeInTheDocument();
  });

  it('Cancel closes the config with view.close()', async () => {
    const host = useHost();
    const user = userEvent.setup();
    show();
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(host.named('close')).toHaveLength(1));
    expect(host.named('submit')).toHaveLength(0);
  });

  it('is translated in French', async () => {
    useHost({ locale: 'fr-FR' });
    const user = userEvent.setup();
    show();
    const field = await screen.findByRole('textbox', { name: /Identifiant de la campagne/ });
    await user.type(field, '-bad');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(/Utilisez de 1 à 64 lettres/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Annuler' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr-FR');
  });
});
