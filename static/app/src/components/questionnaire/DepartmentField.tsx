/**
 * The department picker for someone of the audience who is not listed in a department: labelled, required, with its
 * help text, and marked invalid when the submit found it empty. Used by the customer's own form and by proxy entry.
 */
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { SurveyStateView } from '@shared/contract/survey';
import { useI18n } from '../../app/i18n';
import { LazyPicker } from '../LazyPicker';
import { localized } from '../text';
import { departmentFieldId } from './problems';

export function DepartmentField({
  prefix,
  departments,
  value,
  onChange,
  isInvalid,
  label,
  placeholder,
  help,
}: {
  /** The form's prefix: the field's id is `departmentFieldId(prefix)`, where a problem moves the focus. */
  prefix: string;
  departments: SurveyStateView['departments'];
  value: string | undefined;
  onChange: (departmentId: string | undefined) => void;
  isInvalid: boolean;
  label: string;
  placeholder: string;
  help: string;
}) {
  const { locale } = useI18n();
  const labelId = `${prefix}-department-label`;
  const helpId = `${prefix}-department-help`;
  return (
    <Stack space="space.050">
      <label id={labelId} htmlFor={departmentFieldId(prefix)}>
        <Text weight="medium">{label}</Text>
      </label>
      <div style={{ maxWidth: '24rem' }}>
        <LazyPicker
          inputId={departmentFieldId(prefix)}
          labelId={labelId}
          options={departments.map((d) => ({ value: d.id, label: localized(d.name, locale) }))}
          value={value}
          onChange={onChange}
          placeholder={placeholder}
          isRequired
          isInvalid={isInvalid}
          describedBy={helpId}
        />
      </div>
      <Text as="p" id={helpId} size="small" color="color.text.subtle">
        {help}
      </Text>
    </Stack>
  );
}
