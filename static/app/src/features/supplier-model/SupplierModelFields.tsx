/**
 * The supplier model editor's lists: the criteria with their weights and the running total, and the standings
 * with their thresholds (each starts where the one before ends; the last ends at 100, so no gap can be typed).
 */
import Button from '@atlaskit/button/default/button';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { MAX_SUPPLIER_CRITERIA, MIN_SUPPLIER_CRITERIA } from '@domain/supplier-model';
import { useI18n } from '../../app/i18n';
import { TextField } from '../../components/fields';
import type { FieldErrors } from '../../components/issues';
import { Card, FormSection } from '../../components/layout';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { totalWeight, type SupplierModelDraft } from './supplier-model-draft';

interface Props {
  draft: SupplierModelDraft;
  errors: FieldErrors;
  onChange: (draft: SupplierModelDraft) => void;
}

/** The first `criterion-n` id the draft does not use (ids key the answers: never reuse a removed one's in a save). */
function freshCriterionId(draft: SupplierModelDraft): string {
  const used = new Set(draft.criteria.map((c) => c.id));
  let n = draft.criteria.length + 1;
  while (used.has(`supplier-criterion-${n}`)) n += 1;
  return `supplier-criterion-${n}`;
}

export function CriteriaFields({ draft, errors, onChange }: Props) {
  const { t } = useI18n();
  const total = totalWeight(draft);
  const setCriterion = (i: number, change: Partial<SupplierModelDraft['criteria'][number]>) =>
    onChange({ ...draft, criteria: draft.criteria.map((c, j) => (j === i ? { ...c, ...change } : c)) });
  return (
    <FormSection title={t('ui.admin.supplierModel.criteria')} id="supplier-criteria">
      {errors['criteria'] ? (
        <Text as="p" color="color.text.danger">
          {errors['criteria']}
        </Text>
      ) : null}
      <ol style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none', display: 'grid', gap: 16 }}>
        {draft.criteria.map((c, i) => (
          <li key={c.id}>
            <Card>
              <Stack space="space.150">
                <LocalizedTextFields
                  base={`criteria.${i}.text`}
                  idBase={`supplier-criterion-${c.id}`}
                  legend={t('ui.admin.supplierModel.criterion', { n: i + 1 })}
                  value={c.text}
                  errors={errors}
                  multiline
                  onChange={(text) => setCriterion(i, { text })}
                />
                <Inline space="space.200" alignBlock="end">
                  <TextField
                    id={`supplier-criterion-${c.id}-weight`}
                    label={t('ui.admin.supplierModel.weight')}
                    labelDetail={t('ui.admin.supplierModel.weightOf', { n: i + 1 })}
                    value={c.weight}
                    width="small"
                    inputMode="numeric"
                    error={errors[`criteria.${i}.weight`]}
                    onChange={(weight) => setCriterion(i, { weight })}
                  />
                  <Button
                    appearance="subtle"
                    isDisabled={draft.criteria.length <= MIN_SUPPLIER_CRITERIA}
                    aria-label={t('ui.admin.supplierModel.removeCriterion', { n: i + 1 })}
                    onClick={() => onChange({ ...draft, criteria: draft.criteria.filter((_, j) => j !== i) })}
                  >
                    {t('ui.admin.supplierModel.remove')}
                  </Button>
                </Inline>
              </Stack>
            </Card>
          </li>
        ))}
      </ol>
      <Inline space="space.200" alignBlock="center" spread="space-between">
        <Button
          isDisabled={draft.criteria.length >= MAX_SUPPLIER_CRITERIA}
          onClick={() =>
            onChange({
              ...draft,
              criteria: [
                ...draft.criteria,
                { id: freshCriterionId(draft), text: { 'en-US': '', 'fr-FR': '' }, weight: '' },
              ],
            })
          }
        >
          {t('ui.admin.supplierModel.addCriterion')}
        </Button>
        <Text weight="bold" color={total === 100 ? 'color.text' : 'color.text.danger'} aria-live="polite">
          {t('ui.admin.supplierModel.total', { total })}
        </Text>
      </Inline>
    </FormSection>
  );
}

export function BandsFields({ draft, errors, onChange }: Props) {
  const { t } = useI18n();
  const setBand = (i: number, change: Partial<SupplierModelDraft['bands'][number]>) =>
    onChange({ ...draft, bands: draft.bands.map((b, j) => (j === i ? { ...b, ...change } : b)) });
  const fromOf = (i: number) => (i === 0 ? '0' : draft.bands[i - 1]!.to);
  return (
    <FormSection
      title={t('ui.admin.supplierModel.bands')}
      id="supplier-bands"
      description={t('ui.admin.supplierModel.bandsIntro')}
    >
      {errors['bands'] ? (
        <Text as="p" color="color.text.danger">
          {errors['bands']}
        </Text>
      ) : null}
      <ol style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none', display: 'grid', gap: 16 }}>
        {draft.bands.map((b, i) => {
          const last = i === draft.bands.length - 1;
          return (
            <li key={b.id}>
              <Card>
                <Stack space="space.150">
                  <LocalizedTextFields
                    base={`bands.${i}.label`}
                    idBase={`supplier-band-${b.id}`}
                    legend={t('ui.admin.supplierModel.band', { n: i + 1 })}
                    value={b.label}
                    errors={errors}
                    onChange={(label) => setBand(i, { label })}
                  />
                  {last ? (
                    <Text as="p" color="color.text.subtle">
                      {t('ui.admin.supplierModel.bandLast', { from: fromOf(i) })}
                    </Text>
                  ) : (
                    <TextField
                      id={`supplier-band-${b.id}-to`}
                      label={t('ui.admin.supplierModel.bandUpTo')}
                      labelDetail={t('ui.admin.supplierModel.bandUpToOf', { n: i + 1 })}
                      helper={t('ui.admin.supplierModel.bandRange', { from: fromOf(i), to: b.to })}
                      value={b.to}
                      width="small"
                      inputMode="numeric"
                      error={errors[`bands.${i}.to`]}
                      onChange={(to) => setBand(i, { to })}
                    />
                  )}
                </Stack>
              </Card>
            </li>
          );
        })}
      </ol>
    </FormSection>
  );
}
