/**
 * Keeps an open view of a campaign's plan in step with Jira without a reload. The functions publish a hint on the
 * campaign's realtime channel when Jira's truth changed an action (src/shared/live.ts); the hint says nothing, so the
 * view re-reads through its own resolver, where the reader's access rules apply. A burst of hints is one re-read.
 *
 * Where realtime is not there (the subscribe rejects, or the bridge has none), the view polls politely instead: every
 * 30 s, doubling up to 5 min, never while the tab is hidden, and at once when it shows again. Either way the view
 * says when its data was last read.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { realtime } from '@forge/bridge';
import { Text } from '@atlaskit/primitives/compiled';
import { liveChannelOf } from '@shared/live';
import { useI18n } from '../app/i18n';

/** Hints closer together than this are one burst: one re-read. */
export const HINT_QUIET_MS = 500;
export const POLL_FIRST_MS = 30_000;
export const POLL_MAX_MS = 5 * 60_000;

/** A re-read: resolves true when the view got fresh data (a failure keeps what it shows, and its time). */
export type Reread = () => Promise<boolean>;

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

interface Watch {
  /** Re-reads now, or once more after the one under way. */
  run: () => void;
  dispose: () => void;
}

function watcher(read: () => Promise<void>): Watch {
  let running = false;
  let again = false;
  let disposed = false;
  const run = () => {
    if (disposed) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    void read().finally(() => {
      running = false;
      if (again) {
        again = false;
        run();
      }
    });
  };
  return { run, dispose: () => (disposed = true) };
}

/** The polite refresh: backoff, paused while hidden, an immediate re-read when visible again. */
function poll(watch: Watch): () => void {
  let delay = POLL_FIRST_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    timer = setTimeout(() => {
      timer = undefined;
      if (hidden()) return; // resumed by the visibility listener
      watch.run();
      delay = Math.min(delay * 2, POLL_MAX_MS);
      schedule();
    }, delay);
  };
  const onVisibility = () => {
    if (hidden()) return;
    if (timer) clearTimeout(timer);
    delay = POLL_FIRST_MS;
    watch.run();
    schedule();
  };
  document.addEventListener('visibilitychange', onVisibility);
  schedule();
  return () => {
    if (timer) clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

/** Subscribes to the campaign's hints; answers the unsubscribe, or undefined when realtime is not there. */
async function subscribeHints(campaignId: string, watch: Watch): Promise<(() => void) | undefined> {
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let missed = false;
  const onHint = () => {
    // Hidden: no re-read now; one when the tab shows again.
    if (hidden()) return void (missed = true);
    if (quiet) clearTimeout(quiet);
    quiet = setTimeout(watch.run, HINT_QUIET_MS);
  };
  const onVisibility = () => {
    if (hidden() || !missed) return;
    missed = false;
    watch.run();
  };
  try {
    // A bridge without realtime throws here too: the same fallback.
    // Global: the functions publish from triggers and jobs, which have no module context (src/adapters/live.ts).
    const subscription = await realtime.subscribeGlobal(liveChannelOf(campaignId), onHint);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      if (quiet) clearTimeout(quiet);
      document.removeEventListener('visibilitychange', onVisibility);
      void Promise.resolve(subscription.unsubscribe()).catch(() => undefined);
    };
  } catch {
    return undefined;
  }
}

/**
 * Re-reads the view (`reread`) on the campaign's hints, or polls; answers when the view's data was last read
 * (first: when it mounted, the view having just loaded), and `markRead` for the view's own reads (its refresh
 * button).
 */
export function useLiveRefresh(
  campaignId: string | undefined,
  reread: Reread,
): { refreshedAt: number; markRead: () => void } {
  const [refreshedAt, setRefreshedAt] = useState(() => Date.now());
  const latest = useRef(reread);
  latest.current = reread;
  useEffect(() => {
    if (!campaignId) return undefined;
    let stop: (() => void) | undefined;
    let disposed = false;
    const watch = watcher(async () => {
      if ((await latest.current()) && !disposed) setRefreshedAt(Date.now());
    });
    void subscribeHints(campaignId, watch).then((unsubscribe) => {
      const fallback = unsubscribe ?? poll(watch);
      if (disposed) fallback();
      else stop = fallback;
    });
    return () => {
      disposed = true;
      watch.dispose();
      stop?.();
    };
  }, [campaignId]);
  const markRead = useCallback(() => setRefreshedAt(Date.now()), []);
  return { refreshedAt, markRead };
}

/** "Updated 14:32", in the reader's locale. */
export function LastRefreshed({ at }: { at: number }) {
  const { t } = useI18n();
  return (
    <Text as="p" size="small" color="color.text.subtle">
      <span data-testid="last-refreshed">{t('ui.live.updated', { at })}</span>
    </Text>
  );
}
