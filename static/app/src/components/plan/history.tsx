/**
 * An action's history: the status changes Jira reported (oldest first) and the due-date adjustments with their
 * reasons. Shown on demand (a disclosure button and the region it controls), since a plan of many actions would
 * otherwise be a wall of dates.
 */
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { ActionView } from '@shared/contract/plan';
import { useI18n } from '../../app/i18n';
import { useDirectory } from '../directory';
import { formatDate, formatDayMedium } from '../dates';
import { UserText } from '../UserText';
import { JiraStatusLozenge } from './jira';

export const historyId = (actionId: string) => `history-${actionId}`;

export function HistoryToggle({
  action,
  open,
  onToggle,
}: {
  action: ActionView;
  open: boolean;
  onToggle: () => void;
}) {
  const { t } = useI18n();
  const count = action.history.length + action.adjustments.length;
  // Nothing to open: no status seen, no date changed.
  if (count === 0) return null;
  return (
    <Button
      appearance="subtle"
      spacing="compact"
      aria-expanded={open}
      aria-controls={historyId(action.id)}
      aria-label={t('ui.plan.history.toggleOf', { title: action.title, count })}
      onClick={onToggle}
    >
      {t(open ? 'ui.plan.history.hide' : 'ui.plan.history.show', { count })}
    </Button>
  );
}

const listStyle = { margin: 0, paddingInlineStart: token('space.250') };

export function HistoryPanel({ action }: { action: ActionView }) {
  const { t, locale } = useI18n();
  const directory = useDirectory();
  const day = (d: string | null) => (d ? formatDayMedium(d, locale) : t('ui.plan.history.noDate'));
  return (
    <section
      id={historyId(action.id)}
      aria-label={t('ui.plan.history.of', { title: action.title })}
      style={{ paddingBlock: token('space.100') }}
    >
      <Inline space="space.400" shouldWrap alignBlock="start">
        <Stack space="space.075">
          <Heading as="h4" size="xxsmall">
            {t('ui.plan.history.statusChanges')}
          </Heading>
          {action.history.length === 0 ? (
            <Text size="small" color="color.text.subtle">
              {t('ui.plan.history.noStatus')}
            </Text>
          ) : (
            <ul style={listStyle}>
              {action.history.map((s) => (
                <li key={`${s.at}-${s.toName}`}>
                  <Inline space="space.100" alignBlock="center">
                    <Text size="small">{formatDate(s.at, locale)}</Text>
                    <JiraStatusLozenge category={s.to} name={s.toName} />
                  </Inline>
                </li>
              ))}
            </ul>
          )}
        </Stack>
        <Stack space="space.075">
          <Heading as="h4" size="xxsmall">
            {t('ui.plan.history.adjustments')}
          </Heading>
          {action.adjustments.length === 0 ? (
            <Text size="small" color="color.text.subtle">
              {t('ui.plan.history.noAdjustments')}
            </Text>
          ) : (
            <ul style={listStyle}>
              {action.adjustments.map((a) => (
                <li key={`${a.at}-${a.dueDate}`}>
                  <Stack space="space.025">
                    <Text size="small">
                      {t('ui.plan.history.adjustment', {
                        date: formatDate(a.at, locale),
                        from: day(a.previousDueDate),
                        to: day(a.dueDate),
                        name: directory.nameOf(a.by) ?? t('ui.plan.history.someone'),
                      })}
                    </Text>
                    <Text size="small" color="color.text.subtle">
                      <UserText>{a.reason}</UserText>
                    </Text>
                  </Stack>
                </li>
              ))}
            </ul>
          )}
        </Stack>
      </Inline>
    </section>
  );
}
