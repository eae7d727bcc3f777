/**
 * The message above an admin form after a save: success, fields to fix, server issues no field shows, a conflict
 * (someone else changed it: reload) or a failure. It takes the focus whenever it changes, so a screen reader and a
 * keyboard user land on it.
 */
import { useEffect, useRef } from 'react';
import Button from '@atlaskit/button/default/button';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { AppError } from '@shared/result';
import { describeError } from '../api/errors';
import { useI18n } from '../app/i18n';
import type { FieldErrors, MappedIssues, UnmatchedIssue } from './issues';
import { ErrorState } from './states';

export type Banner =
  | { kind: 'success'; text: string }
  | { kind: 'invalid' | 'conflict' }
  | { kind: 'unmatched'; issues: UnmatchedIssue[] }
  | { kind: 'error'; error: AppError };

export function FormBanner({ banner, onReload }: { banner: Banner; onReload: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [banner]);
  return (
    <div ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      <BannerMessage banner={banner} onReload={onReload} />
    </div>
  );
}

function BannerMessage({ banner, onReload }: { banner: Banner; onReload: () => void }) {
  const { t } = useI18n();
  switch (banner.kind) {
    case 'success':
      return (
        <SectionMessage appearance="success">
          <p role="status">{banner.text}</p>
        </SectionMessage>
      );
    case 'invalid':
      return (
        <SectionMessage appearance="error" title={t('ui.admin.validation.title')} headingLevel="h3">
          <p>{t('ui.admin.validation.fixFields')}</p>
        </SectionMessage>
      );
    case 'unmatched':
      return (
        <SectionMessage appearance="error" title={t('ui.admin.validation.title')} headingLevel="h3">
          <IssueList issues={banner.issues} />
        </SectionMessage>
      );
    case 'conflict':
      return <ConflictMessage onReload={onReload} />;
    case 'error':
      return <ErrorState error={banner.error} message={describeError(banner.error, t)} />;
  }
}

/** Server issues no field shows: the message, then where it applies. */
export function IssueList({ issues }: { issues: UnmatchedIssue[] }) {
  const { t } = useI18n();
  return (
    <Stack space="space.100">
      <p>{t('ui.admin.validation.fixFields')}</p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <span>{issue.message}</span> <Text color="color.text.subtle">({issue.path})</Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

export function ConflictMessage({ onReload }: { onReload: () => void }) {
  const { t } = useI18n();
  return (
    <SectionMessage appearance="warning" title={t('ui.admin.conflict.title')} headingLevel="h3">
      <Stack space="space.150">
        <p data-error-code="CONFLICT">{t('ui.admin.conflict.message')}</p>
        <Inline>
          <Button onClick={onReload}>{t('ui.admin.conflict.reload')}</Button>
        </Inline>
      </Stack>
    </SectionMessage>
  );
}

/** What a failed save shows: a conflict, the issues mapped onto the fields (and the rest listed), or the error. */
export function failureBanner(
  error: AppError,
  mapped: () => MappedIssues,
): { banner: Banner; fields?: FieldErrors } {
  if (error.code === 'CONFLICT') return { banner: { kind: 'conflict' } };
  if (error.code === 'INVALID_PAYLOAD' && error.issues?.length) {
    const { fields, unmatched } = mapped();
    return {
      banner: unmatched.length ? { kind: 'unmatched', issues: unmatched } : { kind: 'invalid' },
      fields,
    };
  }
  return { banner: { kind: 'error', error } };
}
