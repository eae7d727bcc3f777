/** Display helpers of the campaigns tab: the status lozenge and a compact day. */
import Lozenge from '@atlaskit/lozenge';
import type { CampaignStatus } from '@domain/campaign';
import type { Locale } from '@shared/i18n';
import { useI18n } from '../../app/i18n';

const APPEARANCE = { draft: 'new', open: 'success', closed: 'default' } as const;

export function StatusLozenge({ status }: { status: CampaignStatus }) {
  const { t } = useI18n();
  return <Lozenge appearance={APPEARANCE[status]}>{t(`ui.admin.status.${status}`)}</Lozenge>;
}

/** A calendar day (YYYY-MM-DD) in the reader's language; the day itself, not a moment, so no time zone shift. */
export function formatDayMedium(day: string, locale: Locale): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
