/**
 * A candidate action's form (new or edited): title and description in English and, optionally, in French, the
 * criteria it answers, owner and due date. The form checks what it can (a title, the limits) before sending; the
 * server is the authority, and its issues land on the fields they name, the rest above the form.
 */
import { useState } from 'react';
import type { LocalizedText } from '@domain/model';
import type { ActionText } from '@domain/plan';
import { Label } from '@atlaskit/form';
import Select from '@atlaskit/select';
import { Stack } from '@atlaskit/primitives/compiled';
import type { ActionView } from '@shared/contract/plan';
import { LOCALES } from '@shared/i18n';
import { LIMITS } from '@shared/limits';
import { call } from '../../api/call';
import { useI18n } from '../../app/i18n';
import { FieldMessage, TextAreaField, TextField } from '../../components/fields';
import { failureBanner, FormBanner, type Banner } from '../../components/FormBanner';
import { FormDialog } from '../../components/FormDialog';
import { mapIssues, type FieldErrors } from '../../components/issues';
import { useMenuEscape } from '../../components/menu-escape';
import { OwnerPicker } from '../../components/UserPicker';
import type { CriterionOption, PlanCriteria } from './criteria';

/** Both languages as typed: '' for a French text not given. */
interface Draft {
  title: LocalizedText;
  description: LocalizedText;
  criterionIds: string[];
  owner: string | undefined;
  dueDate: string;
}

const FIELDS = [
  'title.en-US',
  'title.fr-FR',
  'description.en-US',
  'description.fr-FR',
  'criterionIds',
  'ownerAccountId',
  'dueDate',
] as const;

const typed = (text: ActionText | undefined): LocalizedText => ({
  'en-US': text?.['en-US'] ?? '',
  'fr-FR': text?.['fr-FR'] ?? '',
});

/** What is sent: a French text left blank is no translation (the server drops it too). */
const sent = (text: LocalizedText): ActionText => {
  const french = text['fr-FR'].trim();
  return { 'en-US': text['en-US'].trim(), ...(french ? { 'fr-FR': french } : {}) };
};

const draftOf = (action: ActionView | undefined, criterionId: string | undefined): Draft => ({
  title: typed(action?.title),
  description: typed(action?.description),
  criterionIds: action?.criterionIds ?? (criterionId ? [criterionId] : []),
  owner: action?.owner?.accountId,
  dueDate: action?.dueDate ?? '',
});

export function ActionDialog({
  campaignId,
  action,
  criterionId,
  criteria,
  onSaved,
  onCancel,
  onReload,
}: {
  campaignId: string;
  /** Absent: a new action. */
  action?: ActionView;
  /** A new action started from a suggestion: that criterion is chosen. */
  criterionId?: string;
  criteria: PlanCriteria;
  onSaved: (action: ActionView) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const { draft, change, errors, banner, saving, save } = useActionForm(
    campaignId,
    action,
    criterionId,
    onSaved,
  );
  return (
    <FormDialog
      isOpen
      title={t(action ? 'ui.plan.form.editTitle' : 'ui.plan.form.newTitle')}
      submitLabel={t('ui.plan.form.save')}
      working={saving}
      onSubmit={() => void save()}
      onCancel={onCancel}
      width="large"
    >
      {banner ? <FormBanner banner={banner} onReload={onReload} /> : null}
      <TextField
        id="action-title"
        label={t('ui.plan.form.title')}
        value={draft.title['en-US']}
        isRequired
        error={errors['title.en-US']}
        onChange={(en) => change({ title: { ...draft.title, 'en-US': en } })}
      />
      <TextField
        id="action-title-fr"
        label={t('ui.plan.form.titleFr')}
        lang="fr"
        value={draft.title['fr-FR']}
        helper={t('ui.plan.form.titleFrHelp')}
        error={errors['title.fr-FR']}
        onChange={(fr) => change({ title: { ...draft.title, 'fr-FR': fr } })}
      />
      <TextAreaField
        id="action-description"
        label={t('ui.plan.form.description')}
        value={draft.description['en-US']}
        helper={t('ui.plan.form.descriptionHelp')}
        error={errors['description.en-US']}
        onChange={(en) => change({ description: { ...draft.description, 'en-US': en } })}
      />
      <TextAreaField
        id="action-description-fr"
        label={t('ui.plan.form.descriptionFr')}
        lang="fr"
        value={draft.description['fr-FR']}
        error={errors['description.fr-FR']}
        onChange={(fr) => change({ description: { ...draft.description, 'fr-FR': fr } })}
      />
      <CriteriaField
        criteria={criteria}
        value={draft.criterionIds}
        error={errors.criterionIds}
        onChange={(criterionIds) => change({ criterionIds })}
      />
      <OwnerPicker
        id="action-owner"
        label={t('ui.plan.form.owner')}
        value={draft.owner}
        helper={t('ui.plan.form.ownerHelp')}
        error={errors.ownerAccountId}
        onChange={(owner) => change({ owner })}
      />
      <TextField
        id="action-due"
        type="date"
        label={t('ui.plan.form.dueDate')}
        value={draft.dueDate}
        width="medium"
        error={errors.dueDate}
        onChange={(dueDate) => change({ dueDate })}
      />
    </FormDialog>
  );
}

/** The draft, its errors (the form's checks, then the server's) and the banner above the form. */
function useActionForm(
  campaignId: string,
  action: ActionView | undefined,
  criterionId: string | undefined,
  onSaved: (action: ActionView) => void,
) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(() => draftOf(action, criterionId));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [saving, setSaving] = useState(false);
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const validate = (): FieldErrors => {
    const found: FieldErrors = {};
    if (draft.title['en-US'].trim() === '') found['title.en-US'] = t('ui.plan.form.titleRequired');
    // Each language within the same limits as the server's (the French text is optional, never required).
    for (const lang of LOCALES) {
      if (draft.title[lang].length > LIMITS.actionTitle)
        found[`title.${lang}`] ??= t('ui.plan.form.tooLong', { max: LIMITS.actionTitle });
      if (draft.description[lang].length > LIMITS.actionDescription)
        found[`description.${lang}`] = t('ui.plan.form.tooLong', { max: LIMITS.actionDescription });
    }
    if (draft.criterionIds.length > LIMITS.criteriaPerAction)
      found.criterionIds = t('ui.plan.form.tooManyCriteria', { max: LIMITS.criteriaPerAction });
    return found;
  };

  const save = async () => {
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return setBanner({ kind: 'invalid' });
    setBanner(null);
    setSaving(true);
    const result = await call('plan/saveAction', {
      campaignId,
      ...(action ? { actionId: action.id } : {}),
      revision: action?.revision ?? 0,
      title: sent(draft.title),
      description: sent(draft.description),
      criterionIds: draft.criterionIds,
      ...(draft.owner ? { ownerAccountId: draft.owner } : {}),
      ...(draft.dueDate ? { dueDate: draft.dueDate } : {}),
    });
    setSaving(false);
    if (result.ok) return onSaved(result.data);
    const failed = failureBanner(result.error, () => mapIssues(result.error, '', FIELDS, t));
    setBanner(failed.banner);
    setErrors(failed.fields ?? {});
  };

  return { draft, change, errors, banner, saving, save };
}

/** The criteria the action answers, grouped by section when the model is known. */
function CriteriaField({
  criteria,
  value,
  error,
  onChange,
}: {
  criteria: PlanCriteria;
  value: string[];
  error: string | undefined;
  onChange: (criterionIds: string[]) => void;
}) {
  const { t } = useI18n();
  const options = criteria.groups.flatMap((g) => g.options);
  const chosen = value.map(
    (id): CriterionOption => options.find((o) => o.value === id) ?? { value: id, label: criteria.textOf(id) },
  );
  const grouped = criteria.groups.every((g) => g.label !== '');
  const escape = useMenuEscape();
  return (
    <Stack space="space.050">
      <Label htmlFor="action-criteria">{t('ui.plan.form.criteria')}</Label>
      <Select<CriterionOption, true>
        {...escape}
        inputId="action-criteria"
        isMulti
        options={grouped ? criteria.groups : options}
        value={chosen}
        placeholder={t('ui.plan.form.criteriaPlaceholder')}
        isInvalid={Boolean(error)}
        aria-describedby="action-criteria-message"
        onChange={(picked) => onChange(picked.map((o) => o.value))}
      />
      <FieldMessage id="action-criteria-message" error={error} helper={t('ui.plan.form.criteriaHelp')} />
    </Stack>
  );
}
