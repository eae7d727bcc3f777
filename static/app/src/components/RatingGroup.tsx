/**
 * One criterion's 4-level scale plus "not applicable", as a native radio group: the radios share a `name`, so the
 * browser gives the group one tab stop, the arrow keys move the selection and Space selects the focused option; the
 * group is labelled by the criterion text (role="radiogroup" + aria-labelledby) and described by its messages.
 * The options sit on one row while they fit, else one per row (RatingGroup.css). An empty circle is drawn with the
 * bold border token, twice as wide as Atlaskit's default (which its scaled-down circle renders below 1 px, faint in
 * the dark theme).
 */
import { useState, type CSSProperties } from 'react';
import { Radio } from '@atlaskit/radio';
import { token } from '@atlaskit/tokens';
import { SCALE } from '@domain/model';
import { useI18n } from '../app/i18n';
import { SCALE_LABEL } from './labels';
import './RatingGroup.css';

export const NOT_APPLICABLE = 'na';

const emptyCircle = {
  '--radio-border-color': token('color.border.bold'),
  borderWidth: token('border.width.selected'),
} as CSSProperties;

export function RatingGroup({
  name,
  labelId,
  value,
  defaultValue,
  onChange,
  describedBy,
  isInvalid,
  isRequired,
}: {
  name: string;
  labelId: string;
  /** Controlled value ('1'…'4' or 'na'); leave undefined (and use defaultValue) for an uncontrolled group. */
  value?: string | null;
  defaultValue?: string;
  onChange?: (value: string) => void;
  describedBy?: string;
  isInvalid?: boolean;
  isRequired?: boolean;
}) {
  const { t } = useI18n();
  const [own, setOwn] = useState<string | undefined>(defaultValue);
  const selected = value === undefined ? own : (value ?? undefined);
  const options = [
    ...SCALE.map((n) => ({
      value: String(n),
      label: t('ui.scale.option', { value: n, label: t(SCALE_LABEL[n]) }),
    })),
    { value: NOT_APPLICABLE, label: t('ui.scale.na') },
  ];
  return (
    <div className="rating-scale">
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={isInvalid ? true : undefined}
        aria-required={isRequired ? true : undefined}
      >
        {options.map((option) => (
          <Radio
            key={option.value}
            name={name}
            value={option.value}
            label={option.label}
            isChecked={selected === option.value}
            // Checked and invalid circles keep Atlaskit's own colours.
            style={selected === option.value || isInvalid ? undefined : emptyCircle}
            onChange={(e) => {
              setOwn(e.currentTarget.value);
              onChange?.(e.currentTarget.value);
            }}
          />
        ))}
      </div>
    </div>
  );
}
