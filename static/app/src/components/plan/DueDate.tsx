/**
 * An action's due date: the plan's (set in the form or adjusted with a reason), with Jira's beside it when the
 * issue's differs, since someone may change it in Jira rather than here.
 */
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { ActionView } from '@shared/contract/plan';
import { useI18n } from '../../app/i18n';
import { formatDayMedium } from '../dates';
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
      {showOverdue && action.overdue ? (
        <span>
          <OverdueLozenge />
        </span>
      ) : null}
    </Stack>
  );
}
