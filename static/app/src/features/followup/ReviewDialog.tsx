/** Recording a periodic review: a comment, and the server freezes the plan's state with it (`followup/review`). */
import { useState } from 'react';
import type { ReviewSnapshot } from '@shared/contract/followup';
import { LIMITS } from '@shared/limits';
import { call } from '../../api/call';
import { useI18n } from '../../app/i18n';
import { TextAreaField } from '../../components/fields';
import { failureBanner, FormBanner, type Banner } from '../../components/FormBanner';
import { FormDialog } from '../../components/FormDialog';
import { mapIssues, type FieldErrors } from '../../components/issues';

export function ReviewDialog({
  campaignId,
  onRecorded,
  onCancel,
}: {
  campaignId: string;
  onRecorded: (review: ReviewSnapshot) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const text = comment.trim();
    const found: FieldErrors = {};
    if (text === '') found.comment = t('ui.followup.review.commentRequired');
    else if (text.length > LIMITS.reviewComment)
      found.comment = t('ui.plan.form.tooLong', { max: LIMITS.reviewComment });
    setErrors(found);
    if (Object.keys(found).length > 0) return setBanner({ kind: 'invalid' });
    setBanner(null);
    setSaving(true);
    const result = await call('followup/review', { campaignId, comment: text });
    setSaving(false);
    if (result.ok) return onRecorded(result.data);
    const failed = failureBanner(result.error, () => mapIssues(result.error, '', ['comment'], t));
    setBanner(failed.banner);
    setErrors(failed.fields ?? {});
  };

  return (
    <FormDialog
      isOpen
      title={t('ui.followup.review.title')}
      submitLabel={t('ui.followup.review.save')}
      working={saving}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      {banner ? <FormBanner banner={banner} onReload={onCancel} /> : null}
      <p>{t('ui.followup.review.intro')}</p>
      <TextAreaField
        id="review-comment"
        label={t('ui.followup.review.comment')}
        value={comment}
        isRequired
        helper={t('ui.followup.review.commentHelp')}
        error={errors.comment}
        onChange={setComment}
      />
    </FormDialog>
  );
}
