/**
 * An action's history: the status changes Jira reported (oldest first) and the due-date adjustments with their
 * reasons. Shown on demand (a disclosure button and the region it controls), since a plan of many actions would
 * otherwise be a wall of dates.
 */
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { Adjustment } from '@domain/plan';
import type { ActionView, AdjustmentsPage } from '@shared/contract/plan';
import type { Result } from '@shared/result';
import { call } from '../../api/call';
import { describeError } from '../../api/errors';
import { useI18n } from '../../app/i18n';
import { useDirectory } from '../directory';
import { formatDate, formatDayMedium } from '../dates';
import { UserText } from '../UserText';
import { JiraStatusLozenge } from './jira';
import { textIn } from '../text';

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
  const { t, locale } = useI18n();
  const count = action.history.length + action.adjustmentCount;
  // Nothing to open: no status seen, no date changed.
  if (count === 0) return null;
  return (
    <Button
      appearance="subtle"
      spacing="compact"
      aria-expanded={open}
      aria-controls={historyId(action.id)}
      // The name starts with what the button shows (WCAG 2.5.3), then says which action's history it is.
      aria-label={t(open ? 'ui.plan.history.hideOf' : 'ui.plan.history.showOf', {
        title: textIn(action.title, locale),
        count,
      })}
      onClick={onToggle}
    >
      {t(open ? 'ui.plan.history.hide' : 'ui.plan.history.show', { count })}
    </Button>
  );
}

const listStyle = { margin: 0, paddingInlineStart: token('space.250') };

export function HistoryPanel({ campaignId, action }: { campaignId: string; action: ActionView }) {
  const { t, locale } = useI18n();
  return (
    <section
      id={historyId(action.id)}
      aria-label={t('ui.plan.history.of', { title: textIn(action.title, locale) })}
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
        <AdjustmentList campaignId={campaignId} action={action} />
      </Inline>
    </section>
  );
}

/**
 * The due-date adjustments: the latest travel with the action; when there are more, "Show all" reads the whole log
 * page by page (25 a request), oldest first.
 */
function AdjustmentList({ campaignId, action }: { campaignId: string; action: ActionView }) {
  const { t, locale } = useI18n();
  const directory = useDirectory();
  const [all, setAll] = useState<Adjustment[] | undefined>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const day = (d: string | null) => (d ? formatDayMedium(d, locale) : t('ui.plan.history.noDate'));
  const shown = all ?? action.adjustments;
  const loadAll = async () => {
    setLoading(true);
    setError(undefined);
    const found: Adjustment[] = [];
    let from: number | undefined = 0;
    while (from !== undefined) {
      const page: Result<AdjustmentsPage> = await call('plan/adjustments', {
        campaignId,
        actionId: action.id,
        from,
      });
      if (!page.ok) {
        setError(describeError(page.error, t));
        setLoading(false);
        return;
      }
      found.push(...page.data.adjustments);
      from = page.data.next;
    }
    setAll(found);
    setLoading(false);
  };
  return (
    <Stack space="space.075">
      <Heading as="h4" size="xxsmall">
        {t('ui.plan.history.adjustments')}
      </Heading>
      {shown.length === 0 ? (
        <Text size="small" color="color.text.subtle">
          {t('ui.plan.history.noAdjustments')}
        </Text>
      ) : (
        <ul style={listStyle}>
          {shown.map((a) => (
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
      {all === undefined && action.adjustmentCount > action.adjustments.length ? (
        <Stack space="space.050">
          <Text size="small" color="color.text.subtle">
            {t('ui.plan.history.latestOf', {
              shown: action.adjustments.length,
              count: action.adjustmentCount,
            })}
          </Text>
          <Inline>
            <Button appearance="subtle" spacing="compact" isDisabled={loading} onClick={() => void loadAll()}>
              {t('ui.plan.history.showAll', { count: action.adjustmentCount })}
            </Button>
          </Inline>
          {error ? (
            <Text size="small" color="color.text.danger" role="alert">
              {error}
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
