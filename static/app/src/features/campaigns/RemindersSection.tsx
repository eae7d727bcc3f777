/**
 * The campaign's reminders (issue 18): the days the page banner reminds people who have not answered, and how many
 * times a buyer may remind one person. Day lists are typed as "0, 7"; a list that is not whole days says so here
 * and is not sent.
 */
import { useState } from 'react';
import { Inline } from '@atlaskit/primitives/compiled';
import { DEFAULT_SCHEDULE } from '@domain/reminders';
import type { CampaignInput } from '@shared/contract/campaigns';
import { LIMITS } from '@shared/limits';
import { useI18n } from '../../app/i18n';
import { TextField } from '../../components/fields';
import { FormSection } from '../../components/layout';
import type { SectionProps } from './SettingsSections';

type Schedule = NonNullable<CampaignInput['reminders']>;
type DayList = 'afterOpening' | 'beforeClose';

/** "0, 7" → [0, 7]; undefined when any part is not a whole number of days within the limit. */
export function parseDays(text: string): number[] | undefined {
  const parts = text.split(/[,;\s]+/).filter((part) => part !== '');
  if (parts.length > LIMITS.reminderDays) return undefined;
  const days = parts.map(Number);
  return days.every((d, i) => /^\d+$/.test(parts[i]!) && d <= LIMITS.reminderDay) ? days : undefined;
}

export function RemindersSection({ draft, errors, readOnly, edit }: SectionProps) {
  const { t } = useI18n();
  const schedule: Schedule = draft.reminders ?? DEFAULT_SCHEDULE;
  const [texts, setTexts] = useState({
    afterOpening: schedule.afterOpening.join(', '),
    beforeClose: schedule.beforeClose.join(', '),
  });
  const [bad, setBad] = useState<Partial<Record<DayList, boolean>>>({});
  const setDays = (field: DayList, text: string) => {
    setTexts((current) => ({ ...current, [field]: text }));
    const days = parseDays(text);
    setBad((current) => ({ ...current, [field]: days === undefined }));
    if (days) edit({ type: 'setReminders', reminders: { ...schedule, [field]: days } });
  };
  const dayField = (field: DayList) => (
    <TextField
      id={`campaign-reminders-${field}`}
      label={t(field === 'afterOpening' ? 'ui.admin.campaign.remindAfter' : 'ui.admin.campaign.remindBefore')}
      value={texts[field]}
      isDisabled={readOnly}
      helper={t('ui.admin.campaign.remindDaysHelp')}
      error={bad[field] ? t('ui.admin.campaign.remindDaysInvalid') : errors[`reminders.${field}`]}
      onChange={(text) => setDays(field, text)}
    />
  );
  return (
    <FormSection title={t('ui.admin.campaign.reminders')} id="campaign-reminders">
      <p>{t('ui.admin.campaign.remindersIntro')}</p>
      <Inline space="space.200" shouldWrap>
        {dayField('afterOpening')}
        {dayField('beforeClose')}
        <TextField
          id="campaign-reminders-cap"
          type="number"
          width="small"
          min={0}
          max={LIMITS.reminderCap}
          label={t('ui.admin.campaign.remindCap')}
          value={String(schedule.cap)}
          isDisabled={readOnly}
          error={errors['reminders.cap']}
          onChange={(value) =>
            edit({
              type: 'setReminders',
              reminders: { ...schedule, cap: Math.max(0, Math.trunc(Number(value))) },
            })
          }
        />
      </Inline>
    </FormSection>
  );
}
