/**
 * The macro config screen: a campaign picker fed by campaigns/list (admin and team only), and on save `binding/bind`
 * first, then `view.submit({ config })` only once the binding is recorded. The results, follow-up and commitments
 * macros bind nothing.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CampaignView } from '../../src/shared/contract/campaigns';
import { fail, ok } from '../../src/shared/result';
import { bootApp, showConfig } from './app';
import {
  campaignView,
  fakeBackend,
  plain,
  TEST_ACCOUNT_ID,
  type HostOptions,
  type UiBackend,
} from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

beforeAll(bootApp);

const campaign = (overrides: Partial<CampaignView>): CampaignView =>
  campaignView({
    id: 'survey-2026',
    name: { 'en-US': 'Survey 2026', 'fr-FR': 'Survey 2026' },
    period: '2026',
    status: 'open',
    opensOn: '2026-03-01',
    closesOn: '2026-03-31',
    anonymous: false,
    bound: false,
    ...overrides,
  });

let backend: UiBackend;

function show(options: HostOptions = {}, setup: (b: UiBackend) => void = () => undefined) {
  backend = fakeBackend({ access: { accountId: TEST_ACCOUNT_ID, roles: ['admin'], canBootstrap: false } });
  backend.state.campaigns = [
    campaign({
      id: 'survey-2025',
      name: { 'en-US': 'Survey 2025', 'fr-FR': 'Survey 2025' },
      period: '2025',
      status: 'closed',
      opensOn: '2025-03-01',
    }),
    campaign({}),
    campaign({
      id: 'survey-2027',
      name: { 'en-US': 'Survey 2027', 'fr-FR': 'Survey 2027' },
      period: '2027',
      status: 'draft',
      opensOn: '2027-03-01',
    }),
  ];
  setup(backend);
  return showConfig({ backend, ...options });
}

const picker = () => screen.findByRole('radiogroup', { name: /Campaign/ });
const radio = (name: string) => screen.findByRole('radio', { name });
/** What each radio shows, in order. */
const listed = () => screen.getAllByRole('radio').map((r) => r.closest('label')?.textContent);

describe('macro config', () => {
  it('lists the campaigns (open first) in a labelled picker, pre-selecting the bound one', async () => {
    show({ config: { campaignId: 'survey-2025' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Survey settings' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Survey settings' })).toBeInTheDocument();
    await picker();
    expect(screen.getByRole('radio', { name: 'Survey 2025 (2025) — Closed' })).toBeChecked();
    expect(screen.getAllByRole('radio', { checked: true })).toHaveLength(1);
    expect(listed()).toEqual([
      'Survey 2026 (2026) — Open',
      'Survey 2027 (2027) — Not open yet',
      'Survey 2025 (2025) — Closed',
    ]);
    expect(backend.keys()).toEqual(['roles/getAccess', 'campaigns/list']);
  });

  it('binds the campaign to this page first, then submits the config', async () => {
    const user = userEvent.setup();
    const order: string[] = [];
    const host = show({ submit: () => (order.push('view.submit'), true) }, (b) => {
      b.on('binding/bind', (payload, slice) => {
        order.push('binding/bind');
        return slice(payload);
      });
    });
    await user.click(await radio('Survey 2026 (2026) — Open'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(host.named('submit')).toHaveLength(1));
    expect(order).toEqual(['binding/bind', 'view.submit']);
    expect(backend.payloadsOf('binding/bind')).toEqual([{ campaignId: 'survey-2026' }]);
    expect(host.named('submit')[0]!.payload).toEqual({ config: { campaignId: 'survey-2026' } });
  });

  it('the results macro binds nothing: it submits the chosen campaign at once, under its own title', async () => {
    const user = userEvent.setup();
    const host = show({ moduleKey: 'results-macro' });
    expect(
      await screen.findByRole('heading', { level: 1, name: en.ui.config.resultsTitle }),
    ).toBeInTheDocument();
    await user.click(await radio('Survey 2025 (2025) — Closed'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(host.named('submit')).toHaveLength(1));
    expect(host.named('submit')[0]!.payload).toEqual({ config: { campaignId: 'survey-2025' } });
    expect(backend.payloadsOf('binding/bind')).toEqual([]);
  });

  it('asks for a campaign before saving', async () => {
    const user = userEvent.setup();
    const host = show();
    await picker();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(en.ui.config.required)).toBeInTheDocument();
    // The keyboard lands on the picker, which now says what is missing.
    const first = screen.getByRole('radio', { name: 'Survey 2026 (2026) — Open' });
    expect(first).toHaveFocus();
    expect(first).toHaveAccessibleDescription(en.ui.config.required);
    expect(first).toBeRequired();
    expect(backend.payloadsOf('binding/bind')).toEqual([]);
    expect(host.named('submit')).toHaveLength(0);
  });

  it('shows a refused binding (FORBIDDEN) with the server’s reason and does not submit', async () => {
    const user = userEvent.setup();
    const host = show({}, (b) => {
      b.on('binding/bind', () => fail('FORBIDDEN', 'forbidden.moveBinding'));
    });
    await user.click(await radio('Survey 2026 (2026) — Open'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: en.ui.config.bindFailed })).toBeInTheDocument();
    expect(
      screen.getByText(
        'You are not allowed to move this campaign to another page: it is bound elsewhere, ask an admin.',
      ),
    ).toHaveAttribute('data-error-code', 'FORBIDDEN');
    expect(host.named('submit')).toHaveLength(0);
  });

  it('words a refused binding in French', async () => {
    const user = userEvent.setup();
    show({ locale: 'fr-FR' }, (b) => {
      b.on('binding/bind', () => fail('FORBIDDEN', 'forbidden.moveBinding'));
    });
    await user.click(await radio('Survey 2026 (2026) — Ouverte'));
    await user.click(screen.getByRole('button', { name: fr.ui.config.save }));
    expect(await screen.findByText(plain(fr.ui.reasons.forbidden.moveBinding))).toHaveAttribute(
      'data-error-code',
      'FORBIDDEN',
    );
  });

  it('a network failure while binding says so and does not submit', async () => {
    const user = userEvent.setup();
    const host = show();
    await user.click(await radio('Survey 2026 (2026) — Open'));
    backend.offline = true;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(en.ui.errors.UNAVAILABLE)).toBeInTheDocument();
    expect(host.named('submit')).toHaveLength(0);
  });

  it('says so when the host refuses the submit', async () => {
    const user = userEvent.setup();
    show({ submit: () => false });
    await user.click(await radio('Survey 2026 (2026) — Open'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(en.ui.config.saveFailed)).toBeInTheDocument();
  });

  it('people who are neither admin nor team cannot configure it', async () => {
    const user = userEvent.setup();
    const host = show({}, (b) => {
      b.state.access = { accountId: TEST_ACCOUNT_ID, roles: ['quality'], canBootstrap: false };
    });
    expect(await screen.findByRole('heading', { name: en.ui.config.denied.title })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(host.named('close')).toHaveLength(1));
  });

  it('no campaign yet: points to the admin page', async () => {
    show({}, (b) => {
      b.on('campaigns/list', () => ok([]));
    });
    expect(await screen.findByRole('heading', { name: en.ui.config.noCampaigns.title })).toBeInTheDocument();
    expect(screen.queryAllByRole('radio')).toEqual([]);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled();
  });

  it('is usable from the keyboard: Tab to the chosen campaign, arrows to another, Enter saves it', async () => {
    const user = userEvent.setup();
    const host = show({ moduleKey: 'results-macro', config: { campaignId: 'survey-2026' } });
    await picker();
    await user.tab();
    expect(await radio('Survey 2026 (2026) — Open')).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Survey 2026 (2026) — Open' })).toHaveAccessibleDescription(
      en.ui.config.resultsHelp,
    );
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Survey 2027 (2027) — Not open yet' })).toBeChecked();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(host.named('submit')).toHaveLength(1));
    expect(host.named('submit')[0]!.payload).toEqual({ config: { campaignId: 'survey-2027' } });
  });

  it('Cancel closes the config with view.close()', async () => {
    const user = userEvent.setup();
    const host = show();
    await picker();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(host.named('close')).toHaveLength(1));
    expect(host.named('submit')).toHaveLength(0);
  });

  it('shows its title once: the host’s dialog shows it, the form keeps it as its accessible name', async () => {
    show();
    const heading = await screen.findByRole('heading', { level: 1, name: 'Survey settings' });
    expect(heading.parentElement).toHaveStyle({ position: 'absolute', overflow: 'hidden' });
    expect(screen.getByRole('form', { name: 'Survey settings' })).toBeInTheDocument();
  });

  it('lists a scheduled campaign with its status, after the open ones', async () => {
    show({}, (b) => {
      b.state.campaigns = [
        ...b.state.campaigns,
        campaign({
          id: 'survey-2026b',
          name: { 'en-US': 'Pulse', 'fr-FR': 'Pulse' },
          status: 'scheduled',
          opensOn: '2026-04-06',
        }),
      ];
    });
    await picker();
    expect(listed()).toEqual([
      'Survey 2026 (2026) — Open',
      'Pulse (2026) — Scheduled',
      'Survey 2027 (2027) — Not open yet',
      'Survey 2025 (2025) — Closed',
    ]);
  });

  it('is translated in French', async () => {
    const user = userEvent.setup();
    show({ locale: 'fr-FR' });
    expect(await screen.findByRole('heading', { level: 1, name: fr.ui.config.title })).toBeInTheDocument();
    await screen.findByRole('radiogroup', { name: /Campagne/ });
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(fr.ui.config.required)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Annuler' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr-FR');
  });
});

describe('issue 16, item 19: a reader who may not change a macro’s settings', () => {
  it.each([
    ['commitments-macro', 'en-US', en, en.ui.config.denied.showsBody],
    ['followup-macro', 'fr-FR', fr, fr.ui.config.denied.showsBody],
    ['survey-macro', 'en-US', en, en.ui.config.denied.surveyBody],
  ] as const)(
    '%s (%s): is told about this macro, never about “this survey” elsewhere',
    async (moduleKey, locale, texts, body) => {
      show({ moduleKey, locale }, (b) => {
        b.state.access = { accountId: TEST_ACCOUNT_ID, roles: [], canBootstrap: false };
      });
      expect(
        await screen.findByRole('heading', { name: plain(texts.ui.config.denied.title) }),
      ).toBeInTheDocument();
      expect(screen.getByText(plain(body))).toBeInTheDocument();
      if (moduleKey !== 'survey-macro') expect(document.body).not.toHaveTextContent(/survey|enquête/i);
    },
  );

  it('the results macro’s settings say what the results macro does, not what the survey’s do', async () => {
    show({ moduleKey: 'results-macro' });
    expect(await screen.findByText(en.ui.config.resultsHelp)).toBeInTheDocument();
    expect(screen.queryByText(en.ui.config.campaignHelp)).not.toBeInTheDocument();
  });
});
