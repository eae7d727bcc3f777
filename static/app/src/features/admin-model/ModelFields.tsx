/** The model editor's inputs: a text in both languages, and an optional weight. */
import { Inline } from '@atlaskit/primitives/compiled';
import type { LocalizedText } from '@domain/model';
import { useI18n } from '../../app/i18n';
import { TextField } from '../../components/fields';
import type { FieldErrors } from '../../components/issues';
import { LOCALES } from './model-draft';

/** en-US and fr-FR side by side; `base` is the field path (errors are keyed `<base>.<locale>`). */
export function LocalizedTextFields({
  base,
  idBase,
  value,
  errors,
  onChange,
}: {
  base: string;
  idBase: string;
  value: LocalizedText;
  errors: FieldErrors;
  onChange: (value: LocalizedText) => void;
}) {
  const { t } = useI18n();
  return (
    <Inline space="space.200" shouldWrap>
      {LOCALES.map((lang) => (
        <div key={lang} style={{ flex: '1 1 18rem' }}>
          <TextField
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
  value,
  errors,
  onChange,
}: {
  path: string;
  id: string;
  value: string;
  errors: FieldErrors;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <TextField
      id={id}
      label={t('ui.admin.model.weight')}
      helper={t('ui.admin.model.weightHelp')}
      value={value}
      width="small"
      inputMode="decimal"
      error={errors[path]}
      onChange={onChange}
    />
  );
}
