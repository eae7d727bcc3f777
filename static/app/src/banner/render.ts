/**
 * The page banner's DOM, without React or Atlaskit (it must stay under 25 KB gzip): Atlassian's information banner
 * drawn with the design tokens the host provides (`var(--ds-…)`, light fallbacks), one row per thing waiting.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '@shared/i18n';
import type { BannerItemView } from '@shared/contract/reminders';
import { BANNER_MESSAGES, type BannerMessage } from './messages';

export interface BannerActions {
  answer(item: BannerItemView): void;
  dismiss(): Promise<boolean>;
}

export function translator(locale: Locale) {
  return (key: BannerMessage, values?: Record<string, string | number>): string =>
    String(new IntlMessageFormat(BANNER_MESSAGES[locale][key], locale).format(values));
}

const STYLE = `
  body { font: 14px/20px var(--ds-font-family-body, ui-sans-serif, -apple-system, "Segoe UI", Roboto, sans-serif); color: var(--ds-text, #172B4D); background: transparent; }
  .banner { display: flex; gap: 12px; align-items: flex-start; padding: 12px 16px; border-radius: 3px; background: var(--ds-background-information, #E9F2FF); }
  .icon { flex: none; width: 20px; height: 20px; border-radius: 50%; background: var(--ds-icon-information, #1D7AFC); color: var(--ds-text-inverse, #FFFFFF); font: bold 13px/20px serif; text-align: center; }
  .items { margin: 0; padding: 0; list-style: none; display: grid; gap: 8px; }
  .item p { margin: 0; }
  .asked { color: var(--ds-text-subtle, #44546F); }
  .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 4px; }
  button { font: inherit; font-weight: 500; cursor: pointer; border: none; border-radius: 3px; padding: 4px 12px; min-height: 32px; }
  .primary { background: var(--ds-background-brand-bold, #0C66E4); color: var(--ds-text-inverse, #FFFFFF); }
  .primary:hover { background: var(--ds-background-brand-bold-hovered, #0055CC); }
  .subtle { background: var(--ds-background-neutral-subtle, transparent); color: var(--ds-text-subtle, #44546F); }
  .subtle:hover { background: var(--ds-background-neutral-subtle-hovered, #091E420F); }
  button:focus-visible { outline: 2px solid var(--ds-border-focused, #388BFF); outline-offset: 2px; }
  .body { flex: 1; display: grid; gap: 8px; }
  .error { margin: 0; color: var(--ds-text-danger, #AE2E24); }
  .error:empty { margin-top: -8px; }
`;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function itemRow(
  item: BannerItemView,
  locale: Locale,
  t: ReturnType<typeof translator>,
  actions: BannerActions,
) {
  const campaign = item.campaignName[locale];
  const weighing = item.kind === 'weighing';
  const texts: (Node | string)[] = [
    element(
      'p',
      {},
      element('strong', {}, t(weighing ? 'weighing' : 'survey', { campaign })),
      ' ',
      t(weighing ? 'weighingDaysLeft' : 'daysLeft', { days: item.daysLeft }),
    ),
  ];
  if (item.remindedBy)
    texts.push(element('p', { className: 'asked' }, t('remindedBy', { name: item.remindedBy.displayName })));
  // Both are on the survey's page: the survey macro holds the weighing once its campaign closed.
  const answer = element(
    'button',
    { type: 'button', className: 'primary' },
    t(weighing ? 'weigh' : 'answer'),
  );
  answer.setAttribute('aria-label', t(weighing ? 'weighNamed' : 'answerNamed', { campaign }));
  answer.addEventListener('click', () => actions.answer(item));
  return element('li', { className: 'item' }, ...texts, element('div', { className: 'actions' }, answer));
}

/** Draws the banner into `root`, or nothing at all when nothing waits (the host then collapses the frame). */
export function renderBanner(
  root: HTMLElement,
  items: readonly BannerItemView[],
  locale: Locale,
  actions: BannerActions,
): void {
  root.replaceChildren();
  if (items.length === 0) return;
  const t = translator(locale);
  const usable = items.filter((item) => item.contentId !== null);
  if (usable.length === 0) return;
  const dismiss = element('button', { type: 'button', className: 'subtle' }, t('dismiss'));
  const status = element('p', { className: 'error' });
  status.setAttribute('role', 'status');
  dismiss.addEventListener('click', () => {
    dismiss.disabled = true;
    void actions.dismiss().then((done) => {
      if (!done) {
        dismiss.disabled = false;
        status.textContent = t('dismissFailed');
        return;
      }
      root.replaceChildren();
      document.body.style.margin = '0';
    });
  });
  const rows = usable.map((item) => itemRow(item, locale, t, actions));
  // One thing waiting: its actions side by side; several: each its Answer, then Dismiss for all of them.
  if (rows.length === 1) rows[0]!.querySelector('.actions')!.append(dismiss);
  const list = element('ul', { className: 'items' }, ...rows);
  const body = element('div', { className: 'body' }, list);
  if (rows.length > 1) body.append(element('div', { className: 'actions' }, dismiss));
  body.append(status);
  const section = element(
    'section',
    { className: 'banner' },
    element('span', { className: 'icon' }, 'i'),
    body,
  );
  section.setAttribute('aria-label', t('region'));
  section.querySelector('.icon')?.setAttribute('aria-hidden', 'true');
  root.replaceChildren(element('style', {}, STYLE), section);
  // Room below the banner only when there is one: the host sizes the frame from the content and this margin.
  document.body.style.margin = '0 0 12px';
}
