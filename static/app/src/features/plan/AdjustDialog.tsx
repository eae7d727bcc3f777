/**
 * A new due date with its reason (`plan/adjust`): how the plan records a change of date once the action is under
 * way, for the next review to read.
 */
import { useState } from 'react';
import { Text } from '@atlaskit/primitives/compiled';
import type { ActionView } from '@shared/contract/plan';
import { LIMITS } from '@shared/limits';
import { call } from '../../api/call';
import { useI18n } from '../../app/i18n';
import { TextAreaField, TextField } from '../../components/fields';
import { formatDayMedium } from '../../components/dates';
import { failureBanner, FormBanner, type Banner } from '../../components/FormBanner';
import { FormDialog } from '../../components/FormDialog';
import { mapIssues, type FieldErrors } from '../../components/issues';
import { TeamText } from '../../components/UserText';

/** The due date the action has now: the plan's, else Jira's. */
export const dueDateOf = (action: ActionView): string | undefined =>
  action.dueDate ?? action.current?.dueDate ?? undefined;

export function AdjustDialog({
  campaignId,
  action,
  onSaved,
  onCancel,
  onReload,
}: {
  campaignId: string;
  action: ActionView;
  onSaved: (action: ActionView) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t, locale } = useI18n();
  const current = dueDateOf(action);
  const [dueDate, setDueDate] = useState(current ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const found: FieldErrors = {};
    if (dueDate === '') found.dueDate = t('ui.plan.adjust.dateRequired');
    if (reason.trim() === '') found.reason = t('ui.plan.adjust.reasonRequired');
    else if (reason.length > LIMITS.adjustmentReason)
      found.reason = t('ui.plan.form.tooLong', { max: LIMITS.adjustmentReason });
    setErrors(found);
    if (Object.keys(found).length > 0) return setBanner({ kind: 'invalid' });
    setBanner(null);
    setSaving(true);
    const result = await call('plan/adjust', {
      campaignId,
      actionId: action.id,
      revision: action.revision,
      dueDate,
      reason: reason.trim(),
    });
    setSaving(false);
    if (result.ok) return onSaved(result.data);
    const failed = failureBanner(result.error, () => mapIssues(result.error, '', ['dueDate', 'reason'], t));
    setBanner(failed.banner);
    setErrors(failed.fields ?? {});
  };

  return (
    <FormDialog
      isOpen
      title={t('ui.plan.adjust.title')}
      submitLabel={t('ui.plan.adjust.save')}
      working={saving}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      {banner ? <FormBanner banner={banner} onReload={onReload} /> : null}
      <Text as="p" weight="medium">
        {t('ui.plan.adjust.of')} <TeamText text={action.title} />
      </Text>
      <Text as="p" color="color.text.subtle">
        {current
          ? t('ui.plan.adjust.current', { date: formatDayMedium(current, locale) })
          : t('ui.plan.adjust.noCurrent')}
      </Text>
      <TextField
        id="adjust-due"
        type="date"
        label={t('ui.plan.adjust.dueDate')}
        value={dueDate}
        width="medium"
        isRequired
        error={errors.dueDate}
        onChange={setDueDate}
      />
      <TextAreaField
        id="adjust-reason"
        label={t('ui.plan.adjust.reason')}
        value={reason}
        isRequired
        helper={t('ui.plan.adjust.reasonHelp')}
        error={errors.reason}
        onChange={setReason}
      />
    </FormDialog>
  );
}
