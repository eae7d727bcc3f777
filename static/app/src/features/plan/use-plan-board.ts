/**
 * The plan board's state and operations: selecting an action, creating the issues, refreshing from Jira and
 * deleting an action, each ending in the one notice above the plan; and which dialog is open.
 */
import { useReducer, useState } from 'react';
import type { ActionView, PlanView } from '@shared/contract/plan';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';
import { isConcurrentChange } from '../../api/errors';
import { useI18n } from '../../app/i18n';
import { initialPlanState, planReducer, type Notice } from './plan-reducer';
import { textIn } from '../../components/text';

export type Dialog =
  | { kind: 'action'; action?: ActionView; criterionId?: string }
  | { kind: 'adjust'; action: ActionView }
  | { kind: 'delete'; action: ActionView }
  | { kind: 'create' };

export function usePlanBoard(initial: PlanView) {
  const { t, locale } = useI18n();
  const [state, dispatch] = useReducer(planReducer, initial, initialPlanState);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [deleting, setDeleting] = useState(false);
  const campaignId = state.plan.campaign.id;

  const failed = (error: AppError) =>
    dispatch({
      type: 'notice',
      notice: isConcurrentChange(error) ? { kind: 'conflict' } : { kind: 'error', error },
    });
  const done = (text: string): Notice => ({ kind: 'success', text });

  const select = async (action: ActionView, selected: boolean) => {
    const what = `select:${action.id}` as const;
    dispatch({ type: 'working', what, value: true });
    const result = await call('plan/select', {
      campaignId,
      actionId: action.id,
      revision: action.revision,
      selected,
    });
    dispatch({ type: 'working', what, value: false });
    if (result.ok) dispatch({ type: 'action', action: result.data });
    else failed(result.error);
  };

  /** Every selected action still without its issue, or only `actionId`'s (a row's Retry). */
  const createIssues = async (actionId?: string) => {
    dispatch({ type: 'working', what: 'create', value: true });
    const result = await call('plan/createIssues', {
      campaignId,
      ...(actionId ? { actionIds: [actionId] } : {}),
    });
    dispatch({ type: 'working', what: 'create', value: false });
    setDialog(null);
    if (result.ok) dispatch({ type: 'report', report: result.data });
    else failed(result.error);
  };

  const refresh = async () => {
    dispatch({ type: 'working', what: 'refresh', value: true });
    const result = await call('plan/refresh', { campaignId });
    dispatch({ type: 'working', what: 'refresh', value: false });
    if (!result.ok) return failed(result.error);
    // Jira not reached: the plan's banner says so and that it shows Jira's last word; no "latest state" beside it.
    const reached = result.data.jira.kind === 'ready';
    dispatch({
      type: 'plan',
      plan: result.data,
      notice: reached ? done(t('ui.plan.create.refreshed')) : null,
    });
  };

  const remove = async (action: ActionView) => {
    setDeleting(true);
    const result = await call('plan/deleteAction', {
      campaignId,
      actionId: action.id,
      revision: action.revision,
    });
    setDeleting(false);
    setDialog(null);
    if (result.ok) {
      dispatch({
        type: 'removed',
        actionId: action.id,
        notice: done(t('ui.plan.actions.deleted', { title: textIn(action.title, locale) })),
      });
    } else failed(result.error);
  };

  return {
    state,
    dispatch,
    dialog,
    setDialog,
    deleting,
    failed,
    done,
    select,
    createIssues,
    refresh,
    remove,
  };
}

export type PlanBoardModel = ReturnType<typeof usePlanBoard>;
