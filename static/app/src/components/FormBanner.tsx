/**
 * The message above an admin form after a save: success, fields to fix, server issues no field shows, a conflict
 * (someone else changed it: reload) or a failure. It is a notice banner (components/NoticeBanner), so it takes the
 * focus whenever it changes.
 */
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { AppError } from '@shared/result';
import { isConcurrentChange } from '../api/errors';
import { useI18n } from '../app/i18n';
import type { FieldErrors, MappedIssues, UnmatchedIssue } from './issues';
import { NoticeBanner, NoticeMessage, type Notice } from './NoticeBanner';

export type Banner = Notice | { kind: 'invalid' } | { kind: 'unmatched'; issues: UnmatchedIssue[] };

export function FormBanner({ banner, onReload }: { banner: Banner; onReload: () => void }) {
  return (
    <NoticeBanner notice={banner}>
      <BannerMessage banner={banner} onReload={onReload} />
    </NoticeBanner>
  );
}

function BannerMessage({ banner, onReload }: { banner: Banner; onReload: () => void }) {
  const { t } = useI18n();
  switch (banner.kind) {
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
    default:
      return <NoticeMessage notice={banner} onReload={onReload} />;
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

/**
 * What a failed save shows: someone else's change (reload), the issues mapped onto the fields (and the rest
 * listed), or the failure's own reason (a refusal by the state of things is no one else's change).
 */
export function failureBanner(
  error: AppError,
  mapped: () => MappedIssues,
): { banner: Banner; fields?: FieldErrors } {
  if (isConcurrentChange(error)) return { banner: { kind: 'conflict' } };
  if (error.code === 'INVALID_PAYLOAD' && error.issues?.length) {
    const { fields, unmatched } = mapped();
    return {
      banner: unmatched.length ? { kind: 'unmatched', issues: unmatched } : { kind: 'invalid' },
      fields,
    };
  }
  return { banner: { kind: 'error', error } };
}
