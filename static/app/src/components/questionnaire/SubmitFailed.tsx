/**
 * A refused or failed submit: what kind of failure (`summary`, by default the wording of its code) and, when the
 * server refused the answers themselves (FORBIDDEN, INVALID_PAYLOAD), why, in the reader's language.
 */
import SectionMessage from '@atlaskit/section-message';
import type { AppError } from '@shared/result';
import { ERROR_KEY, reasonText } from '../../api/errors';
import { useI18n } from '../../app/i18n';

export function SubmitFailed({ error, summary }: { error: AppError; summary?: string }) {
  const { t } = useI18n();
  const detail =
    error.code === 'FORBIDDEN' || error.code === 'INVALID_PAYLOAD' ? reasonText(error, t) : undefined;
  return (
    <SectionMessage appearance="error" headingLevel="h2" title={t('ui.survey.submitFailed')}>
      <p>{summary ?? t(ERROR_KEY[error.code])}</p>
      {detail ? <p>{detail}</p> : null}
    </SectionMessage>
  );
}
