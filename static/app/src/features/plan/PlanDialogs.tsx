/**
 * The plan board's dialogs, one at a time: an action's form (new or edited), a due date's adjustment, and the
 * confirmations before deleting an action and before creating the issues.
 */
import { useI18n } from '../../app/i18n';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDayMedium } from '../../components/dates';
import { ActionDialog } from './ActionDialog';
import { AdjustDialog } from './AdjustDialog';
import type { PlanCriteria } from './criteria';
import { awaitingCreation } from './plan-reducer';
import type { PlanBoardModel } from './use-plan-board';
import { textIn } from '../../components/text';

export function PlanDialogs({
  board,
  criteria,
  onReload,
}: {
  board: PlanBoardModel;
  criteria: PlanCriteria;
  onReload: () => void;
}) {
  const { t, locale } = useI18n();
  const { dialog, setDialog, dispatch, done } = board;
  const { plan, working } = board.state;
  const campaignId = plan.campaign.id;
  const awaiting = awaitingCreation(plan.actions).length;
  const projectKey = (plan.jira.kind === 'notConfigured' ? undefined : plan.jira.projectKey) ?? 'Jira';
  return (
    <>
      {dialog?.kind === 'action' ? (
        <ActionDialog
          campaignId={campaignId}
          {...(dialog.action ? { action: dialog.action } : {})}
          {...(dialog.criterionId ? { criterionId: dialog.criterionId } : {})}
          criteria={criteria}
          onCancel={() => setDialog(null)}
          onReload={onReload}
          onSaved={(action) => {
            setDialog(null);
            dispatch({
              type: 'action',
              action,
              notice: done(t('ui.plan.actions.saved', { title: textIn(action.title, locale) })),
            });
          }}
        />
      ) : null}
      {dialog?.kind === 'adjust' ? (
        <AdjustDialog
          campaignId={campaignId}
          action={dialog.action}
          onCancel={() => setDialog(null)}
          onReload={onReload}
          onSaved={(action) => {
            setDialog(null);
            dispatch({
              type: 'action',
              action,
              notice: done(
                t('ui.plan.actions.adjusted', {
                  title: textIn(action.title, locale),
                  date: action.dueDate ? formatDayMedium(action.dueDate, locale) : '—',
                }),
              ),
            });
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={dialog?.kind === 'delete'}
        title={t('ui.plan.actions.deleteTitle')}
        confirmLabel={t('ui.plan.actions.deleteConfirm')}
        appearance="danger"
        isWorking={board.deleting}
        onCancel={() => setDialog(null)}
        onConfirm={() => dialog?.kind === 'delete' && void board.remove(dialog.action)}
      >
        <p>
          {dialog?.kind === 'delete'
            ? t('ui.plan.actions.deleteConsequence', { title: textIn(dialog.action.title, locale) })
            : null}
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={dialog?.kind === 'create'}
        title={t('ui.plan.create.confirmTitle', { count: awaiting, project: projectKey })}
        confirmLabel={t('ui.plan.create.confirm')}
        isWorking={working.has('create')}
        onCancel={() => setDialog(null)}
        onConfirm={() => void board.createIssues()}
      >
        <p>{t('ui.plan.create.confirmBody')}</p>
      </ConfirmDialog>
    </>
  );
}
