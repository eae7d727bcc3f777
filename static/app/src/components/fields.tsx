/** Small form building blocks shared by the admin editors: a labelled text field with its inline message. */
import type { ChangeEvent } from 'react';
import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import { Stack } from '@atlaskit/primitives/compiled';

export function FieldMessage({ id, error, helper }: { id: string; error?: string; helper?: string }) {
  if (!error && !helper) return null;
  return (
    <div id={id}>
      {error ? <ErrorMessage>{error}</ErrorMessage> : <HelperMessage>{helper}</HelperMessage>}
    </div>
  );
}

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  helper,
  type = 'text',
  isDisabled = false,
  isRequired = false,
  width,
  inputMode,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  helper?: string;
  type?: 'text' | 'date' | 'number';
  isDisabled?: boolean;
  isRequired?: boolean;
  width?: number | 'small' | 'medium' | 'large' | 'xlarge';
  inputMode?: 'decimal' | 'text';
}) {
  const messageId = `${id}-message`;
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <Textfield
        id={id}
        type={type}
        value={value}
        width={width}
        inputMode={inputMode}
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
