/**
 * One criterion's 4-level scale plus "not applicable", as a native radio group: the radios share a `name`, so the
 * browser gives the group one tab stop and moves the selection with the arrow keys; the group is labelled by the
 * criterion text (role="radiogroup" + aria-labelledby).
 */
import { useState } from 'react';
import { Radio } from '@atlaskit/radio';
import { token } from '@atlaskit/tokens';
import { SCALE } from '../../../../src/domain/model';
import { useI18n } from '../i18n';

export const NOT_APPLICABLE = 'na';

export function RatingGroup({
  name,
  labelId,
  defaultValue,
  onChange,
}: {
  name: string;
  labelId: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState<string | undefined>(defaultValue);
  const options = [
    ...SCALE.map((n) => ({
      value: String(n),
      label: t('ui.scale.option', { value: n, label: t(`ui.scale.${n}`) }),
    })),
    { value: NOT_APPLICABLE, label: t('ui.scale.na') },
  ];
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelId}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        columnGap: token('space.300'),
        rowGap: token('space.050'),
      }}
    >
      {options.map((option) => (
        <Radio
          key={option.value}
          name={name}
          value={option.value}
          label={option.label}
          isChecked={value === option.value}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            onChange?.(e.currentTarget.value);
          }}
        />
      ))}
    </div>
  );
}
