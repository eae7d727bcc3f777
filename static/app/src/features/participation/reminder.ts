/**
 * The reminder a buyer sends to customers who have not answered: subject, body and the survey page's link, worded
 * in the reader's language with the close day formatted for it (never an ISO date), copied to the clipboard.
 */
import type { Locale } from '@shared/i18n';
import type { Translate } from '../../app/i18n';
import { formatDay } from '../../components/dates';

export function reminderText(
  campaign: { name: string; closesOn: string },
  pageUrl: string | null,
  t: Translate,
  locale: Locale,
): string {
  const vars = { name: campaign.name, date: formatDay(campaign.closesOn, locale) };
  return [
    t('ui.participation.reminder.subject', vars),
    '',
    t('ui.participation.reminder.body', vars),
    ...(pageUrl ? ['', t('ui.participation.reminder.link', { url: pageUrl })] : []),
    '',
    t('ui.participation.reminder.thanks'),
  ].join('\n');
}

export async function copy(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
