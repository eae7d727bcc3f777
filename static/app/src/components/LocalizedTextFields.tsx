/**
 * A text people read in either language (a model's texts, a campaign's or a department's name): en-US and fr-FR
 * side by side. With a `legend` the pair is one group, and each field's accessible name says which text it is
 * ("English (en-US), Department name"), since a form holds several such pairs.
 */
import { Fieldset } from '@atlaskit/form';
import { Inline } from '@atlaskit/primitives/compiled';
import type { LocalizedText } from '@domain/model';
import { LOCALES, type Locale } from '@shared/i18n';
import { useI18n, type MessageKey } from '../app/i18n';
import { TextAreaField, TextField } from './fields';
import type { FieldErrors } from './issues';

const LANGUAGE_LABEL: Record<Locale, MessageKey> = {
  'en-US': 'ui.languages.en-US',
  'fr-FR': 'ui.languages.fr-FR',
};

export function LocalizedTextFields({
  base,
  idBase,
  value,
  errors,
  onChange,
  legend,
  isDisabled = false,
  multiline = false,
}: {
  /** The field path: errors are keyed `<base>.<locale>`. */
  base: string;
  idBase: string;
  value: LocalizedText;
  errors: FieldErrors;
  onChange: (value: LocalizedText) => void;
  legend?: string;
  isDisabled?: boolean;
  /** Criteria: a text area, so a long criterion is read whole. */
  multiline?: boolean;
}) {
  const { t } = useI18n();
  const Field = multiline ? TextAreaField : TextField;
  const fields = (
    <Inline space="space.200" shouldWrap>
      {LOCALES.map((lang) => (
        <div key={lang} style={{ flex: '1 1 18rem' }}>
          <Field
            id={`${idBase}-${lang}`}
            label={t(LANGUAGE_LABEL[lang])}
            labelDetail={legend ? `, ${legend}` : undefined}
            value={value[lang]}
            isRequired
            isDisabled={isDisabled}
            error={errors[`${base}.${lang}`]}
            onChange={(text) => onChange({ ...value, [lang]: text })}
          />
        </div>
      ))}
    </Inline>
  );
  return legend ? <Fieldset legend={legend}>{fields}</Fieldset> : fields;
}
