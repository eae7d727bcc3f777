/**
 * The outcome of the last operation, said once above what it concerns. The banner takes the focus whenever the
 * notice changes, so a screen reader and a keyboard user land on it. What it says is the shared notice (a success,
 * a conflict to reload, a failure with its reason) or a feature's own message (the plan's creation report, a form's
 * fields to fix).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import Button from '@atlaskit/button/default/button';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack } from '@atlaskit/primitives/compiled';
import type { AppError } from '@shared/result';
import { describeError, isConcurrentChange } from '../api/errors';
import { useI18n } from '../app/i18n';
import { ErrorState } from './states';

export type Notice =
  | { kind: 'success'; text: string }
  /** Someone else changed it meanwhile: reload. */
  | { kind: 'conflict' }
  | { kind: 'error'; error: AppError };

/** `notice` is what changed (its identity moves the focus); `children` say it. */
export function NoticeBanner({ notice, children }: { notice: object; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const banner = ref.current;
    return banner ? afterOtherDialogs(banner, () => bringIntoView(banner)) : undefined;
  }, [notice]);
  return (
    <div ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      {children}
    </div>
  );
}

/**
 * Custom UI frames grow to their content, so the banner may be thousands of pixels above what the reader sees:
 * it takes the focus without the browser's "nearest" scroll, and is scrolled to the middle of the view instead
 * (the browser scrolls the host page for it; the middle stays clear of the host's sticky header).
 */
function bringIntoView(banner: HTMLElement): void {
  banner.focus({ preventScroll: true });
  banner.scrollIntoView?.({ block: 'center' });
}

/** How long a closing dialog may take to leave (its exit animation), polled every 16 ms. */
const DIALOG_WAIT_MS = 1500;
/** A dialog gives the focus back to the button that opened it a moment after it leaves (its focus lock defers it). */
const FOCUS_RETURN_MS = 50;

/**
 * Runs `then` once no dialog other than the one holding `banner` is on the page, and the focus it gives back has
 * landed: a closing dialog keeps the focus while it animates out, then returns it to its opener, which would take
 * it from the banner and scroll the page back to that button. Without a dialog (the focus is still where the
 * reader left it), at once. Returns the cancellation.
 */
function afterOtherDialogs(banner: HTMLElement, then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waited = 0;
  const otherDialogOpen = () =>
    [...document.querySelectorAll('[role="dialog"]')].some((dialog) => !dialog.contains(banner));
  const step = () => {
    if (otherDialogOpen() && waited < DIALOG_WAIT_MS) {
      waited += 16;
      timer = setTimeout(step, 16);
      return;
    }
    timer = setTimeout(then, FOCUS_RETURN_MS);
  };
  // The focus is where the reader left it (no dialog was involved): take it now.
  if (!otherDialogOpen() && document.activeElement !== document.body) then();
  else step();
  return () => clearTimeout(timer);
}

export function NoticeMessage({ notice, onReload }: { notice: Notice; onReload?: () => void }) {
  const { t } = useI18n();
  switch (notice.kind) {
    case 'success':
      return (
        <SectionMessage appearance="success">
          <p role="status">{notice.text}</p>
        </SectionMessage>
      );
    case 'conflict':
      return <ConflictMessage onReload={onReload} />;
    case 'error':
      return isRefusal(notice.error) ? (
        <SectionMessage appearance="warning" title={t('ui.errors.refusedTitle')} headingLevel="h3">
          <p data-error-code={notice.error.code}>{describeError(notice.error, t)}</p>
        </SectionMessage>
      ) : (
        <ErrorState error={notice.error} message={describeError(notice.error, t)} />
      );
  }
}

/**
 * A refusal by the state of things (customers are weighing the action, it has its issue...): nothing went wrong,
 * the reason says why not now.
 */
const isRefusal = (error: AppError): boolean =>
  error.code === 'CONFLICT' && error.reason !== undefined && !isConcurrentChange(error);

/** Without `onReload` (a view that cannot meet a conflict), the message has no button. */
export function ConflictMessage({ onReload }: { onReload?: () => void }) {
  const { t } = useI18n();
  return (
    <SectionMessage appearance="warning" title={t('ui.admin.conflict.title')} headingLevel="h3">
      <Stack space="space.150">
        <p data-error-code="CONFLICT">{t('ui.admin.conflict.message')}</p>
        {onReload ? (
          <Inline>
            <Button onClick={onReload}>{t('ui.admin.conflict.reload')}</Button>
          </Inline>
        ) : null}
      </Stack>
    </SectionMessage>
  );
}
