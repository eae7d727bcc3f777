/**
 * The model editor's inputs: a text in both languages (criteria on several lines), and an optional weight, whose
 * rule ("empty counts as 1") the editor says once, at the top.
 */
import { Inline } from '@atlaskit/primitives/compiled';
import type { LocalizedText } from '@domain/model';
import { useI18n } from '../../app/i18n';
import { TextAreaField, TextField } from '../../components/fields';
import type { FieldErrors } from '../../components/issues';
import { LOCALES } from './model-draft';

/** en-US and fr-FR side by side; `base` is the field path (errors are keyed `<base>.<locale>`). */
export function LocalizedTextFields({
  base,
  idBase,
  value,
  errors,
  onChange,
  multiline = false,
}: {
  base: string;
  idBase: string;
  value: LocalizedText;
  errors: FieldErrors;
  onChange: (value: LocalizedText) => void;
  /** Criteria: a text area, so a long criterion is read whole. */
  multiline?: boolean;
}) {
  const { t } = useI18n();
  const Field = multiline ? TextAreaField : TextField;
  return (
    <Inline space="space.200" shouldWrap>
      {LOCALES.map((lang) => (
        <div key={lang} style={{ flex: '1 1 18rem' }}>
          <Field
            id={`${idBase}-${lang}`}
            label={t(`ui.admin.model.text.${lang}`)}
            value={value[lang]}
            isRequired
            error={errors[`${base}.${lang}`]}
            onChange={(text) => onChange({ ...value, [lang]: text })}
          />
        </div>
      ))}
    </Inline>
  );
}

export function WeightField({
  path,
  id,
  of,
  value,
  errors,
  onChange,
}: {
  path: string;
  id: string;
  /** What it weighs, for assistive technology (" of criterion 1.2"); the box around it shows it already. */
  of: string;
  value: string;
  errors: FieldErrors;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <TextField
      id={id}
      label={t('ui.admin.model.weight')}
      labelDetail={of}
      value={value}
      width="small"
      inputMode="decimal"
      error={errors[path]}
      onChange={onChange}
    />
  );
}
