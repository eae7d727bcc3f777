/** The reminder a buyer sends to customers who have not answered: its text, copied to the clipboard. */
import { showFlag } from '@forge/bridge';
import type { ParticipationView } from '@shared/contract/participation';

/** Subject, body and the page link (unless the body already carries it): what a buyer pastes into a message. */
export const reminderText = (reminder: ParticipationView['reminder']): string =>
  [
    reminder.subject,
    '',
    reminder.body,
    ...(reminder.pageUrl && !reminder.body.includes(reminder.pageUrl) ? ['', reminder.pageUrl] : []),
  ].join('\n');

export async function copy(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function flag(options: Parameters<typeof showFlag>[0]) {
  try {
    showFlag(options);
  } catch {
    /* no flags in this host */
  }
}
