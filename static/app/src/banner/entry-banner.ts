/**
 * Entry of the `banner` resource (`confluence:pageBanner`): what waits for the person viewing any Confluence page.
 * It renders on every page view, so it is its own small bundle: the bridge, one resolver call, the DOM.
 */
import { invoke, router, view } from '@forge/bridge';
import { toLocale } from '@shared/i18n';
import type { BannerView } from '@shared/contract/reminders';
import type { Result } from '@shared/result';
import { renderBanner } from './render';

async function call<T>(key: string): Promise<T | undefined> {
  try {
    const answer = (await invoke(key, {})) as Result<T> | null;
    return answer?.ok === true ? answer.data : undefined;
  } catch {
    return undefined;
  }
}

async function start(root: HTMLElement): Promise<void> {
  const [context, banner] = await Promise.all([
    view.getContext().catch(() => undefined),
    call<BannerView>('reminders/banner'),
    view.theme.enable().catch(() => undefined),
  ]);
  const locale = toLocale(typeof context?.locale === 'string' ? context.locale : undefined);
  document.documentElement.lang = locale;
  // A banner that cannot be read shows nothing: it is a reminder, not worth an error on every page.
  renderBanner(root, banner?.items ?? [], locale, {
    answer: (item) => {
      if (item.contentId) void router.navigate({ target: 'contentView', contentId: item.contentId });
    },
    dismiss: async () => (await call<{ dismissed: true }>('reminders/dismiss')) !== undefined,
  });
}

const root = document.getElementById('root');
// Nothing drawn takes no room: the browser's default body margin would make the host give the frame 16 px.
document.body.style.margin = '0';
if (root) void start(root);
