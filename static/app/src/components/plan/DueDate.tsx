/**
 * An action's due date: the plan's (set in the form or adjusted with a reason), with Jira's beside it when the
 * issue's differs, since someone may change it in Jira rather than here; and when Jira last e-mailed its owner a
 * due-date reminder (a claim without outcome may have gone out, so it reads as sent).
 */
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { ActionView } from '@shared/contract/plan';
import { useI18n } from '../../app/i18n';
import { formatDate, formatDayMedium } from '../dates';
import { OverdueLozenge } from './jira';

export function DueDate({ action, showOverdue = false }: { action: ActionView; showOverdue?: boolean }) {
  const { t, locale } = useI18n();
  const jiraDue = action.current?.dueDate ?? null;
  const planDue = action.dueDate ?? null;
  const shown = planDue ?? jiraDue;
  return (
    <Stack space="space.025">
      {shown ? (
        <Text>{formatDayMedium(shown, locale)}</Text>
      ) : (
        <Text color="color.text.subtle">{t('ui.plan.actions.noDueDate')}</Text>
      )}
      {planDue && jiraDue && jiraDue !== planDue ? (
        <Text size="small" color="color.text.subtle">
          {t('ui.plan.actions.jiraDue', { date: formatDayMedium(jiraDue, locale) })}
        </Text>
      ) : null}
      <NoticeLine action={action} />
      {showOverdue && action.overdue ? (
        <span>
          <OverdueLozenge />
        </span>
      ) : null}
    </Stack>
  );
}

function NoticeLine({ action }: { action: ActionView }) {
  const { t, locale } = useI18n();
  const notice = action.lastNotice;
  if (!notice || notice.outcome === 'deferred') return null;
  const date = formatDate(notice.at, locale);
  return (
    <Text size="small" color="color.text.subtle">
      {notice.outcome === 'refused'
        ? t('ui.plan.actions.noticeRefused', { date })
        : t('ui.plan.actions.noticeSent', { date })}
    </Text>
  );
}
