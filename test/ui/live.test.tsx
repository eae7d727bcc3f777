/**
 * Live follow-up (issue 18, item 4): an open view re-reads through its own resolver on the campaign's realtime
 * hints, once per burst, and says when it last read; without realtime it polls with backoff, never while the tab
 * is hidden, and at once when it shows again.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ok } from '../../src/shared/result';
import { liveChannelOf } from '../../src/shared/live';
import type * as Live from '../../static/app/src/components/live';
import { bootApp, showMain } from './app';
import { commitmentsView, createdAction, fakeBackend, ME, planView, useHost } from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

let live: typeof Live;
beforeAll(async () => {
  await bootApp();
  live = await import('../../static/app/src/components/live');
});

let visibility: DocumentVisibilityState = 'visible';
beforeAll(() => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});
afterEach(() => {
  jest.useRealTimers();
  setVisibility('visible');
});

function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

const CHANNEL = liveChannelOf('survey-2026');

/** Lets the subscribe (or its rejection) and the re-reads' promises settle, timers frozen. */
const settle = () =>
  act(async () => {
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  });

const advance = (ms: number) =>
  act(async () => {
    jest.advanceTimersByTime(ms);
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  });

function Harness({ reread }: { reread: Live.Reread }) {
  live.useLiveRefresh('survey-2026', reread);
  return null;
}

describe('the hook', () => {
  it('a burst of hints is one re-read; other channels are not read', async () => {
    jest.useFakeTimers();
    const host = useHost({});
    const reread = jest.fn(() => Promise.resolve(true));
    render(<Harness reread={reread} />);
    await settle();
    expect(host.channels()).toEqual([CHANNEL]);
    // Global: the hints come from triggers and jobs, which have no module context.
    expect(host.named('subscribeRealtimeChannel')[0]!.payload).toMatchObject({ isGlobal: true });
    host.hint(CHANNEL);
    await advance(100);
    host.hint(CHANNEL);
    host.hint(CHANNEL);
    host.hint(liveChannelOf('other-campaign'));
    expect(reread).not.toHaveBeenCalled();
    await advance(live.HINT_QUIET_MS);
    expect(reread).toHaveBeenCalledTimes(1);
    await advance(10 * 60_000);
    expect(reread).toHaveBeenCalledTimes(1); // subscribed: no polling
  });

  it('a hint while the tab is hidden is read when it shows again, once', async () => {
    jest.useFakeTimers();
    const host = useHost({});
    const reread = jest.fn(() => Promise.resolve(true));
    render(<Harness reread={reread} />);
    await settle();
    setVisibility('hidden');
    host.hint(CHANNEL);
    host.hint(CHANNEL);
    await advance(60_000);
    expect(reread).not.toHaveBeenCalled();
    act(() => setVisibility('visible'));
    await settle();
    expect(reread).toHaveBeenCalledTimes(1);
  });

  it('without realtime it polls with backoff, pauses while hidden, and reads at once when visible', async () => {
    jest.useFakeTimers();
    const host = useHost({ realtimeUnavailable: true });
    const reread = jest.fn(() => Promise.resolve(true));
    render(<Harness reread={reread} />);
    await settle();
    expect(host.named('subscribeRealtimeChannel')).toHaveLength(1);
    await advance(live.POLL_FIRST_MS - 1);
    expect(reread).toHaveBeenCalledTimes(0);
    await advance(1);
    expect(reread).toHaveBeenCalledTimes(1);
    await advance(2 * live.POLL_FIRST_MS); // doubled
    expect(reread).toHaveBeenCalledTimes(2);
    await advance(4 * live.POLL_FIRST_MS - 1);
    expect(reread).toHaveBeenCalledTimes(2);
    setVisibility('hidden');
    await advance(60 * 60_000);
    expect(reread).toHaveBeenCalledTimes(2);
    act(() => setVisibility('visible'));
    await settle();
    expect(reread).toHaveBeenCalledTimes(3);
    await advance(live.POLL_FIRST_MS); // back to the first interval
    expect(reread).toHaveBeenCalledTimes(4);
  });

  it('polls no more often than every 5 minutes however long it runs', async () => {
    jest.useFakeTimers();
    useHost({ realtimeUnavailable: true });
    const reread = jest.fn(() => Promise.resolve(true));
    render(<Harness reread={reread} />);
    await settle();
    const minutes = async (n: number) => {
      for (let i = 0; i < n * 2; i += 1) await advance(30_000);
    };
    // 30 s, 1, 2, 4 min, then every 5 min: 4 reads in the first 7.5 min, then one per 5 min.
    await minutes(7.5);
    expect(reread).toHaveBeenCalledTimes(4);
    await minutes(60);
    expect(reread).toHaveBeenCalledTimes(4 + 12);
  });
});

describe('the views', () => {
  it('the follow-up re-reads once per burst and shows Jira’s new status, with when it was read', async () => {
    const first = planView({ actions: [createdAction('PROC-1', 'new', { title: 'Weekly status mail' })] });
    const backend = fakeBackend({
      access: { accountId: ME, roles: ['team'], canBootstrap: false },
      plan: first,
    });
    const host = showMain({ moduleKey: 'followup-macro', config: { campaignId: 'survey-2026' }, backend });
    expect(await screen.findByTestId('status-default')).toHaveTextContent('To Do');
    expect(screen.getByTestId('last-refreshed')).toHaveTextContent(/^Updated \d{1,2}:\d{2}\s[AP]M$/);
    expect(backend.payloadsOf('followup/get')).toHaveLength(1);
    backend.on('followup/get', () =>
      ok({
        plan: planView({ actions: [createdAction('PROC-1', 'done', { title: 'Weekly status mail' })] }),
        reviews: [],
      }),
    );
    host.hint(CHANNEL);
    host.hint(CHANNEL);
    host.hint(CHANNEL);
    expect(await screen.findByTestId('status-success')).toHaveTextContent('Done');
    expect(backend.payloadsOf('followup/get')).toHaveLength(2);
  });

  it('the follow-up’s own refresh from Jira moves its “Updated” time too', async () => {
    const start = Date.UTC(2026, 4, 20, 9, 5);
    const now = jest.spyOn(Date, 'now').mockReturnValue(start);
    const backend = fakeBackend({
      access: { accountId: ME, roles: ['team'], canBootstrap: false },
      plan: planView({ actions: [createdAction('PROC-1', 'new', { title: 'Weekly status mail' })] }),
    });
    showMain({ moduleKey: 'followup-macro', config: { campaignId: 'survey-2026' }, backend });
    const time = (at: number) =>
      new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: 'numeric' }).format(at);
    expect(await screen.findByTestId('last-refreshed')).toHaveTextContent(`Updated ${time(start)}`);
    now.mockReturnValue(start + 7 * 60_000);
    await userEvent.setup().click(screen.getByRole('button', { name: en.ui.followup.refresh }));
    await screen.findByText(en.ui.followup.refreshed);
    expect(screen.getByTestId('last-refreshed')).toHaveTextContent(`Updated ${time(start + 7 * 60_000)}`);
    now.mockRestore();
  });

  it('the commitments re-read through their own resolver; fr-FR says when', async () => {
    const backend = fakeBackend({
      access: { accountId: ME, roles: [], canBootstrap: false },
      commitments: commitmentsView(),
    });
    const host = showMain({
      moduleKey: 'commitments-macro',
      locale: 'fr-FR',
      config: { campaignId: 'survey-2026' },
      backend,
    });
    expect(await screen.findByTestId('last-refreshed')).toHaveTextContent(/^Mis à jour à \d{2}:\d{2}$/);
    host.hint(CHANNEL);
    await screen.findByText(fr.ui.commitments.title);
    await act(() => new Promise((resolve) => setTimeout(resolve, live.HINT_QUIET_MS + 200)));
    expect(backend.keys()).toEqual(expect.arrayContaining(['commitments/get']));
    expect(backend.payloadsOf('commitments/get')).toEqual([
      { campaignId: 'survey-2026' },
      { campaignId: 'survey-2026' },
    ]);
    expect(en.ui.live.updated).toContain('{at, time, short}');
  });
});
