/** The model editor's weight input, whose rule ("empty counts as 1") the editor says once, at the top. */
import { useI18n } from '../../app/i18n';
import { TextField } from '../../components/fields';
import type { FieldErrors } from '../../components/issues';

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
