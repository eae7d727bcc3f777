/**
 * A labelled single-choice Atlaskit Select. Loaded lazily (see LazyPicker): most people never need a picker in the
 * survey, so react-select stays out of the survey's first chunk.
 */
import Select from '@atlaskit/select';
import { inFlowMenuStyles } from './select-styles';

export interface PickerOption {
  value: string;
  label: string;
}

export interface PickerProps {
  inputId: string;
  /** Id of the visible label element. */
  labelId: string;
  options: PickerOption[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  placeholder?: string;
  isInvalid?: boolean;
  isRequired?: boolean;
  describedBy?: string;
  isDisabled?: boolean;
  /**
   * The menu is laid out in the flow (the frame grows with it) rather than floating: for a picker with little or
   * nothing below it in its frame, where a floating menu would be cut off at the frame's bottom edge.
   */
  menuInFlow?: boolean;
}

export default function Picker({
  inputId,
  labelId,
  options,
  value,
  onChange,
  placeholder,
  isInvalid,
  isRequired,
  describedBy,
  isDisabled,
  menuInFlow = false,
}: PickerProps) {
  return (
    <Select<PickerOption>
      inputId={inputId}
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      options={options}
      value={options.find((o) => o.value === value) ?? null}
      onChange={(option) => onChange(option?.value)}
      placeholder={placeholder}
      isInvalid={isInvalid}
      isRequired={isRequired}
      isDisabled={isDisabled}
      isClearable={false}
      menuPlacement="bottom"
      {...(menuInFlow ? { styles: inFlowMenuStyles } : {})}
    />
  );
}
