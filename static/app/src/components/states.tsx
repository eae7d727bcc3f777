/** Loading and error states shared by every view. */
import Button from '@atlaskit/button/default/button';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { Box, Inline, Stack } from '@atlaskit/primitives/compiled';
import type { AppError } from '@shared/result';
import { ERROR_KEY } from '../api/errors';
import { useI18n, type MessageKey } from '../app/i18n';

export function Loading({ label }: { label: string }) {
  return (
    <Box paddingBlock="space.400">
      <Inline alignInline="center" alignBlock="center">
        <div role="status" aria-live="polite">
          <Spinner size="large" label={label} />
        </div>
      </Inline>
    </Box>
  );
}

export function ErrorState({
  error,
  onRetry,
  messageKey,
  message,
}: {
  error: AppError;
  onRetry?: () => void;
  /** Overrides the message derived from `error.code`. */
  messageKey?: MessageKey;
  /** Overrides both: the failure already worded (its reason, see api/errors.ts). */
  message?: string;
}) {
  const { t } = useI18n();
  return (
    <SectionMessage appearance="error" title={t('ui.errors.title')} headingLevel="h2">
      <Stack space="space.150">
        <p data-error-code={error.code}>{message ?? t(messageKey ?? ERROR_KEY[error.code])}</p>
        {onRetry ? (
          <Inline>
            <Button onClick={onRetry}>{t('ui.errors.retry')}</Button>
          </Inline>
        ) : null}
      </Stack>
    </SectionMessage>
  );
}
