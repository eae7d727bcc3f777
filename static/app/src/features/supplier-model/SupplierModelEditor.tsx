/**
 * The supplier model as admins edit it: its name, the criteria (texts in both languages, whole weights, with the
 * running total against 100), when a comment is required, and the standings (labels and thresholds). Saved with
 * `baseVersion`: a version frozen into an opened campaign is never changed in place, saving creates the next one.
 */
import { useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/default/button';
import { Fieldset } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { RadioGroup } from '@atlaskit/radio';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { CommentRule } from '@domain/supplier-model';
import type { SupplierModelView } from '@shared/contract/supplier-model';
import { call } from '../../api/call';
import { useI18n } from '../../app/i18n';
import { FormBanner, failureBanner, type Banner } from '../../components/FormBanner';
import { mapIssues, type FieldErrors } from '../../components/issues';
import { FormSection } from '../../components/layout';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { SaveBarArea } from '../../components/SaveBar';
import { BandsFields, CriteriaFields } from './SupplierModelFields';
import {
  draftOf,
  fieldOf,
  fieldPaths,
  inputOf,
  validate,
  type SupplierModelDraft,
} from './supplier-model-draft';

/** The editor's state and its save: checked by the domain's rules first, then `supplier-model/save`. */
function useSupplierModelEditor(initial: SupplierModelView) {
  const { t } = useI18n();
  const [view, setView] = useState(initial);
  const [draft, setDraft] = useState<SupplierModelDraft>(() => draftOf(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [saving, setSaving] = useState(false);
  const edit = (next: SupplierModelDraft) => {
    setDraft(next);
    if (banner?.kind === 'success') setBanner(null);
  };
  const discard = () => {
    setDraft(draftOf(view));
    setErrors({});
    setBanner(null);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const found = validate(draft, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return setBanner({ kind: 'invalid' });
    setSaving(true);
    const result = await call('supplier-model/save', { ...inputOf(draft), baseVersion: view.model.version });
    setSaving(false);
    if (result.ok) {
      setView(result.data);
      setDraft(draftOf(result.data));
      return setBanner({
        kind: 'success',
        text: t('ui.admin.supplierModel.saved', { version: result.data.model.version }),
      });
    }
    const { error } = result;
    const issues = error.issues?.map((i) => ({ ...i, path: fieldOf(i.path.replace(/^model\./, ''), draft) }));
    const failed = failureBanner(error, () => mapIssues({ ...error, issues }, '', fieldPaths(draft), t));
    setBanner(failed.banner);
    if (failed.fields) setErrors(failed.fields);
  };
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(view));
  return { view, draft, errors, banner, saving, dirty, edit, discard, save };
}

export function SupplierModelEditor({
  initial,
  onReload,
}: {
  initial: SupplierModelView;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const { view, draft, errors, banner, saving, dirty, edit, discard, save } = useSupplierModelEditor(initial);
  const version = view.model.version;

  return (
    <form onSubmit={(e) => void save(e)} noValidate aria-labelledby="supplier-model-heading">
      <Stack space="space.300">
        <Stack space="space.100">
          <Heading as="h2" size="medium" id="supplier-model-heading">
            {t('ui.admin.supplierModel.heading')}
          </Heading>
          <Text as="p" color="color.text.subtle">
            {t('ui.admin.supplierModel.currentVersion', { version })}
          </Text>
          <Text as="p">{t('ui.admin.supplierModel.intro')}</Text>
        </Stack>
        {view.inUse ? (
          <SectionMessage
            appearance="information"
            title={t('ui.admin.supplierModel.inUseTitle')}
            headingLevel="h3"
          >
            <p>{t('ui.admin.supplierModel.inUse', { version, next: version + 1 })}</p>
          </SectionMessage>
        ) : null}
        {banner ? <FormBanner banner={banner} onReload={onReload} /> : null}
        <SaveBarArea
          bar={
            <Inline space="space.100">
              <Button type="submit" appearance="primary" isLoading={saving}>
                {view.inUse
                  ? t('ui.admin.supplierModel.saveNewVersion', { next: version + 1 })
                  : t('ui.admin.supplierModel.save')}
              </Button>
              <Button appearance="subtle" isDisabled={!dirty} onClick={discard}>
                {t('ui.admin.supplierModel.discard')}
              </Button>
            </Inline>
          }
        >
          <Stack space="space.300">
            <FormSection title={t('ui.admin.supplierModel.name')} id="supplier-model-name">
              <LocalizedTextFields
                base="name"
                idBase="supplier-model-name"
                value={draft.name}
                errors={errors}
                onChange={(name) => edit({ ...draft, name })}
              />
            </FormSection>
            <CriteriaFields draft={draft} errors={errors} onChange={edit} />
            <Fieldset legend={t('ui.admin.supplierModel.commentRule')}>
              <RadioGroup
                name="supplier-comment-rule"
                value={String(draft.commentRequiredAtOrBelow)}
                options={([0, 1, 2] as const).map((rule) => ({
                  name: 'supplier-comment-rule',
                  value: String(rule),
                  label: t(`ui.admin.supplierModel.commentRule${rule}`),
                }))}
                onChange={(event) =>
                  edit({
                    ...draft,
                    commentRequiredAtOrBelow: Number(event.currentTarget.value) as CommentRule,
                  })
                }
              />
            </Fieldset>
            <BandsFields draft={draft} errors={errors} onChange={edit} />
          </Stack>
        </SaveBarArea>
      </Stack>
    </form>
  );
}
