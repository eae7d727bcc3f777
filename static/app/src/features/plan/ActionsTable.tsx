/**
 * The candidate actions: selected or not, what they are and answer, the customers' value, owner, due date, where
 * each stands with Jira, and what the plan's editors can do with it. Each row's history opens below it.
 */
import Button from '@atlaskit/button/default/button';
import Checkbox from '@atlaskit/checkbox';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { ActionView } from '@shared/contract/plan';
import type { WeighingSummary } from '@shared/contract/weighing';
import { useI18n, type MessageKey } from '../../app/i18n';
import { ExpandableRowsTable, type Disclosure } from '../../components/ExpandableRowsTable';
import { DueDate } from '../../components/plan/DueDate';
import { HistoryPanel, HistoryToggle } from '../../components/plan/history';
import { AssigneeName, JiraLinkState } from '../../components/plan/jira';
import { cell } from '../../components/table-style';
import { TeamText, UserText } from '../../components/UserText';
import { isEditable, isUnderWeighing } from './plan-reducer';
import { WeighingValue } from './WeighingValue';
import { textIn } from '../../components/text';

export interface RowHandlers {
  onSelect: (action: ActionView, selected: boolean) => void;
  onEdit: (action: ActionView) => void;
  onDelete: (action: ActionView) => void;
  onAdjust: (action: ActionView) => void;
  onRetry: (action: ActionView) => void;
}

export function ActionsTable({
  campaignId,
  actions,
  weighing,
  textOf,
  canEdit,
  selecting,
  retrying,
  handlers,
}: {
  campaignId: string;
  actions: ActionView[];
  weighing: WeighingSummary;
  textOf: (criterionId: string) => string;
  canEdit: boolean;
  /** Actions whose selection is being sent. */
  selecting: (actionId: string) => boolean;
  retrying: boolean;
  handlers: RowHandlers;
}) {
  const { t } = useI18n();
  const columns: MessageKey[] = [
    'ui.plan.actions.column.select',
    'ui.plan.actions.column.action',
    'ui.plan.actions.column.value',
    'ui.plan.actions.column.owner',
    'ui.plan.actions.column.due',
    'ui.plan.actions.column.jira',
    'ui.plan.actions.column.manage',
  ];
  return (
    <ExpandableRowsTable
      caption={t('ui.plan.actions.caption')}
      headers={columns.map((column) => t(column))}
      rows={actions}
      rowKey={(action) => action.id}
      detailColumn={1}
      renderDetail={(action) => <HistoryPanel campaignId={campaignId} action={action} />}
      renderCells={(action, history) => (
        <>
          <td style={cell}>
            <SelectBox
              action={action}
              canEdit={canEdit}
              working={selecting(action.id)}
              onSelect={handlers.onSelect}
            />
          </td>
          <td style={{ ...cell, minWidth: '16rem', maxWidth: '28rem' }}>
            <ActionText action={action} textOf={textOf} />
          </td>
          <td style={cell}>
            <WeighingValue weighing={weighing} actionId={action.id} />
          </td>
          <td style={cell}>
            {action.owner ? (
              <UserText>{action.owner.displayName}</UserText>
            ) : (
              <Text color="color.text.subtle">{t('ui.plan.actions.noOwner')}</Text>
            )}
          </td>
          <td style={{ ...cell, whiteSpace: 'nowrap' }}>
            <DueDate action={action} />
          </td>
          <td style={{ ...cell, minWidth: '12rem' }}>
            <JiraCell
              action={action}
              canEdit={canEdit}
              retrying={retrying}
              onRetry={() => handlers.onRetry(action)}
            />
          </td>
          <td style={cell}>
            <RowButtons
              action={action}
              canEdit={canEdit}
              weighed={isUnderWeighing(weighing, action.id)}
              handlers={handlers}
              history={history}
            />
          </td>
        </>
      )}
    />
  );
}

function JiraCell({
  action,
  canEdit,
  retrying,
  onRetry,
}: {
  action: ActionView;
  canEdit: boolean;
  retrying: boolean;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  return (
    <Stack space="space.075">
      <JiraLinkState
        action={action}
        {...(canEdit && action.jira.state === 'failed' ? { onRetry } : {})}
        retrying={retrying}
        showJiraWords={canEdit}
      />
      {action.jira.state === 'created' && action.current ? (
        <Text size="small">
          {t('ui.plan.actions.assignee')}{' '}
          <AssigneeName accountId={action.current.assigneeAccountId} owner={action.owner} />
        </Text>
      ) : null}
      {action.jira.state === 'created' && !action.jira.linkTo ? (
        <Text size="small" color="color.text.subtle">
          {t('ui.plan.jira.noPageLink')}
        </Text>
      ) : null}
      {action.jira.state === 'created' && action.jira.linkTo && !action.jira.linked ? (
        <Text size="small" color="color.text.subtle">
          {t('ui.plan.jira.linkPending')}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * Edit and delete until the issue exists (not while the customers weigh the action: the server refuses, so the
 * row says why instead), then adjust the due date; and the history, for everyone.
 */
function RowButtons({
  action,
  canEdit,
  weighed,
  handlers,
  history,
}: {
  action: ActionView;
  canEdit: boolean;
  /** Customers are weighing it right now. */
  weighed: boolean;
  handlers: RowHandlers;
  history: Disclosure;
}) {
  const { t, locale } = useI18n();
  return (
    <Inline space="space.050" shouldWrap alignBlock="center">
      {canEdit && isEditable(action) && weighed ? (
        <Text size="small" color="color.text.subtle">
          {t('ui.plan.actions.inWeighing')}
        </Text>
      ) : null}
      {canEdit && isEditable(action) && !weighed ? (
        <>
          <Button
            spacing="compact"
            aria-label={t('ui.plan.actions.editOf', { title: textIn(action.title, locale) })}
            onClick={() => handlers.onEdit(action)}
          >
            {t('ui.plan.actions.edit')}
          </Button>
          <Button
            spacing="compact"
            appearance="subtle"
            aria-label={t('ui.plan.actions.deleteOf', { title: textIn(action.title, locale) })}
            onClick={() => handlers.onDelete(action)}
          >
            {t('ui.plan.actions.delete')}
          </Button>
        </>
      ) : null}
      {canEdit && !isEditable(action) ? (
        <Button
          spacing="compact"
          aria-label={t('ui.plan.actions.adjustOf', { title: textIn(action.title, locale) })}
          onClick={() => handlers.onAdjust(action)}
        >
          {t('ui.plan.actions.adjust')}
        </Button>
      ) : null}
      <HistoryToggle action={action} open={history.open} onToggle={history.toggle} />
    </Inline>
  );
}

/**
 * Selecting is a checkbox; an action with an issue (or one possibly under way) stays selected, as the server
 * refuses to drop it: the box is disabled and says why.
 */
function SelectBox({
  action,
  canEdit,
  working,
  onSelect,
}: {
  action: ActionView;
  canEdit: boolean;
  working: boolean;
  onSelect: (action: ActionView, selected: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const kept = action.jira.state === 'created' || action.jira.state === 'pending';
  const keptId = `kept-${action.id}`;
  return (
    <Stack space="space.050">
      <Checkbox
        isChecked={action.selected}
        isDisabled={!canEdit || working || kept}
        aria-label={t('ui.plan.actions.selectOf', { title: textIn(action.title, locale) })}
        aria-describedby={kept ? keptId : undefined}
        onChange={(e) => onSelect(action, e.currentTarget.checked)}
      />
      {kept ? (
        <span id={keptId} style={{ display: 'none' }}>
          {t('ui.plan.actions.keptSelected')}
        </span>
      ) : null}
    </Stack>
  );
}

function ActionText({ action, textOf }: { action: ActionView; textOf: (id: string) => string }) {
  const { t, locale } = useI18n();
  return (
    <Stack space="space.050">
      <Text weight="medium">
        <TeamText text={action.title} />
      </Text>
      {textIn(action.description, locale) ? (
        <Text size="small" color="color.text.subtle">
          <span style={{ whiteSpace: 'pre-wrap' }}>
            <TeamText text={action.description} />
          </span>
        </Text>
      ) : null}
      {action.criterionIds.length > 0 ? (
        <Text size="small">
          {t('ui.plan.actions.criteria')} {action.criterionIds.map(textOf).join(' · ')}
        </Text>
      ) : null}
    </Stack>
  );
}
