/**
 * Shared start-up for both builds: enable theming, read the Forge context, load translations, then render the
 * entry's view inside one <main> landmark. Nothing here depends on which view is shown, so the entry chunk stays
 * small and each view arrives as its own chunk.
 */
import '@atlaskit/css-reset';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { token } from '@atlaskit/tokens';
import { toLocale } from '@shared/i18n';
import { loadContext, type AppContext } from './context';
import { I18nProvider, loadI18n, type I18n } from './i18n';
import { enableTheme } from './theme';
import { ErrorState, Loading } from '../components/states';

export type RenderView = (ctx: AppContext) => ReactNode;
/** Called once the context is read, before the translations are: starts what the view will load (its chunk). */
export type PrepareView = (ctx: AppContext) => void;

type BootState =
  { status: 'loading' } | { status: 'ready'; ctx: AppContext; i18n: I18n } | { status: 'failed'; i18n: I18n };

const browserLocale = () => toLocale(typeof navigator === 'undefined' ? undefined : navigator.language);

async function start(prepare: PrepareView | undefined): Promise<BootState> {
  void enableTheme();
  try {
    const ctx = await loadContext();
    // The view's chunk downloads while the translations are fetched, rather than after (one round trip less).
    prepare?.(ctx);
    return { status: 'ready', ctx, i18n: await loadI18n(ctx.locale) };
  } catch {
    return { status: 'failed', i18n: await loadI18n(browserLocale()) };
  }
}

function Frame({ children }: { children: ReactNode }) {
  return (
    <main
      style={{
        color: token('color.text'),
        backgroundColor: token('elevation.surface'),
        padding: token('space.200'),
      }}
    >
      {children}
    </main>
  );
}

export function App({ render, prepare }: { render: RenderView; prepare?: PrepareView }) {
  const [state, setState] = useState<BootState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    let live = true;
    void start(prepare).then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [attempt, prepare]);

  useEffect(() => {
    if (state.status !== 'loading') document.title = state.i18n.t('ui.app.name');
  }, [state]);

  if (state.status === 'loading') {
    // Translations are not loaded yet: the one string shown before them follows the browser language.
    return (
      <Frame>
        <Loading label={browserLocale() === 'fr-FR' ? 'Chargement…' : 'Loading…'} />
      </Frame>
    );
  }
  return (
    <I18nProvider value={state.i18n}>
      <Frame>
        {state.status === 'ready' ? (
          render(state.ctx)
        ) : (
          <ErrorState
            error={{ code: 'UNAVAILABLE', message: 'getContext failed' }}
            messageKey="ui.errors.boot"
            onRetry={retry}
          />
        )}
      </Frame>
    </I18nProvider>
  );
}

/** Renders the app into `element`; returns the React root (tests unmount it). */
export function mount(element: HTMLElement, render: RenderView, prepare?: PrepareView): Root {
  const root = createRoot(element);
  root.render(<App render={render} prepare={prepare} />);
  return root;
}
