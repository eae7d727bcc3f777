/**
 * Small form building blocks shared by the admin editors: a labelled text field (one line, or multi-line growing
 * with its text) with its inline message. `labelDetail` completes the label for assistive technology only, when the
 * context shows it already ("Weight" in the box of criterion 1.2 is "Weight of criterion 1.2").
 */
import type { ChangeEvent } from 'react';
import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { Stack } from '@atlaskit/primitives/compiled';
import { visuallyHidden } from './layout';

export function FieldMessage({ id, error, helper }: { id: string; error?: string; helper?: string }) {
  if (!error && !helper) return null;
  return (
    <div id={id}>
      {error ? <ErrorMessage>{error}</ErrorMessage> : <HelperMessage>{helper}</HelperMessage>}
    </div>
  );
}

function FieldLabel({ id, label, detail }: { id: string; label: string; detail?: string }) {
  return (
    <Label htmlFor={id}>
      {label}
      {detail ? <span style={visuallyHidden}>{detail}</span> : null}
    </Label>
  );
}

export function TextField({
  id,
  label,
  labelDetail,
  value,
  onChange,
  error,
  helper,
  type = 'text',
  isDisabled = false,
  isRequired = false,
  width,
  inputMode,
  min,
  max,
  lang,
}: {
  id: string;
  label: string;
  labelDetail?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  helper?: string;
  type?: 'text' | 'date' | 'number';
  isDisabled?: boolean;
  isRequired?: boolean;
  width?: number | 'small' | 'medium' | 'large' | 'xlarge';
  inputMode?: 'decimal' | 'numeric' | 'text';
  /** For number and date fields: the browser's own bounds (the form still checks them). */
  min?: number | string;
  max?: number | string;
  /** The language the text is typed in, when it is not the page's (a translation). */
  lang?: string;
}) {
  const messageId = `${id}-message`;
  return (
    <Stack space="space.050">
      <FieldLabel id={id} label={label} detail={labelDetail} />
      <Textfield
        id={id}
        type={type}
        value={value}
        width={width}
        inputMode={inputMode}
        min={min}
        max={max}
        lang={lang}
        isDisabled={isDisabled}
        isRequired={isRequired}
        isInvalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || helper ? messageId : undefined}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.currentTarget.value)}
      />
      <FieldMessage id={messageId} error={error} helper={helper} />
    </Stack>
  );
}

/** A multi-line text, at least two rows, growing with what is typed (long criteria are read whole). */
export function TextAreaField({
  id,
  label,
  labelDetail,
  value,
  onChange,
  error,
  helper,
  isRequired = false,
  isDisabled = false,
  lang,
}: {
  id: string;
  label: string;
  labelDetail?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  helper?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  /** The language the text is typed in, when it is not the page's (a translation). */
  lang?: string;
}) {
  const messageId = `${id}-message`;
  return (
    <Stack space="space.050">
      <FieldLabel id={id} label={label} detail={labelDetail} />
      <TextArea
        id={id}
        lang={lang}
        value={value}
        minimumRows={2}
        resize="smart"
        isRequired={isRequired}
        isDisabled={isDisabled}
        isInvalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || helper ? messageId : undefined}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.currentTarget.value)}
      />
      <FieldMessage id={messageId} error={error} helper={helper} />
    </Stack>
  );
}
