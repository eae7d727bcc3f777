/**
 * One campaign's improvement plan: its progress, where to act, the customers' weighing, and the candidate actions
 * with their Jira issues. Editors (the campaign's team, admins) draft, select, create issues and adjust dates;
 * other readers (quality managers) see the same plan without the controls. Each operation's outcome is one notice
 * above the plan, which takes the focus so that it is read.
 */
import { useEffect, useReducer, useRef, useState } from 'react';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { EvaluationModel } from '@domain/model';
import type { ActionView, PlanView } from '@shared/contract/plan';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';
import { describeError } from '../../api/errors';
import { useI18n } from '../../app/i18n';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ConflictMessage } from '../../components/FormBanner';
import { formatDayMedium } from '../../components/dates';
import { JiraBanner } from '../../components/plan/jira';
import { usePlanPeople } from '../../components/plan/people';
import { PlanProgress } from '../../components/plan/PlanProgress';
import { ErrorState } from '../../components/states';
import { localized } from '../../components/text';
import { UserText } from '../../components/UserText';
import { ActionDialog } from './ActionDialog';
import { ActionsTable } from './ActionsTable';
import { AdjustDialog } from './AdjustDialog';
import { planCriteria } from './criteria';
import { awaitingCreation, initialPlanState, planReducer, type Notice } from './plan-reducer';
import { SuggestionsSection } from './SuggestionsSection';
import { WeighingSection } from './WeighingSection';

type Dialog =
  | { kind: 'action'; action?: ActionView; criterionId?: string }
  | { kind: 'adjust'; action: ActionView }
  | { kind: 'delete'; action: ActionView }
  | { kind: 'create' };

export function PlanBoard({
  plan: initial,
  model,
  isAdmin,
  onReload,
}: {
  plan: PlanView;
  model: EvaluationModel | null;
  isAdmin: boolean;
  onReload: () => void;
}) {
  const { t, locale } = useI18n();
  const [state, dispatch] = useReducer(planReducer, initial, initialPlanState);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [deleting, setDeleting] = useState(false);
  const { plan, working } = state;
  const campaignId = plan.campaign.id;
  const criteria = planCriteria(model, plan, locale);
  const awaiting = awaitingCreation(plan.actions).length;
  usePlanPeople(plan.actions);

  const failed = (error: AppError) =>
    dispatch({
      type: 'notice',
      notice: error.code === 'CONFLICT' ? { kind: 'conflict' } : { kind: 'error', error },
    });
  const done = (text: string): Notice => ({ kind: 'done', text });

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

  const createIssues = async () => {
    dispatch({ type: 'working', what: 'create', value: true });
    const result = await call('plan/createIssues', { campaignId });
    dispatch({ type: 'working', what: 'create', value: false });
    setDialog(null);
    if (result.ok) dispatch({ type: 'report', report: result.data });
    else failed(result.error);
  };

  const refresh = async () => {
    dispatch({ type: 'working', what: 'refresh', value: true });
    const result = await call('plan/refresh', { campaignId });
    dispatch({ type: 'working', what: 'refresh', value: false });
    if (result.ok) dispatch({ type: 'plan', plan: result.data, notice: { kind: 'refreshed' } });
    else failed(result.error);
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
        notice: done(t('ui.plan.actions.deleted', { title: action.title })),
      });
    } else failed(result.error);
  };

  const projectKey = (plan.jira.kind === 'notConfigured' ? undefined : plan.jira.projectKey) ?? 'Jira';

  return (
    <Stack space="space.400">
      <Stack space="space.100">
        <Heading as="h2" size="large">
          <UserText>{localized(plan.campaign.name, locale)}</UserText>
        </Heading>
        <Text as="p" color="color.text.subtle">
          {t('ui.plan.period', { period: plan.campaign.period })}
        </Text>
        {plan.canEdit ? null : (
          <Text as="p" color="color.text.subtle">
            {t('ui.plan.readOnly')}
          </Text>
        )}
      </Stack>

      <JiraBanner jira={plan.jira} isAdmin={isAdmin} />
      {state.notice ? <NoticeBanner notice={state.notice} onReload={onReload} /> : null}
      {criteria.idsOnly ? (
        <Text as="p" size="small" color="color.text.subtle">
          {t('ui.plan.criteriaUnavailable')}
        </Text>
      ) : null}

      <PlanProgress progress={plan.progress} />

      <SuggestionsSection
        suggestions={plan.suggestions}
        preparing={plan.resultsPreparing}
        textOf={criteria.textOf}
        {...(plan.canEdit
          ? { onAct: (criterionId: string) => setDialog({ kind: 'action', criterionId }) }
          : {})}
      />

      <WeighingSection
        campaignId={campaignId}
        weighing={plan.weighing}
        canEdit={plan.canEdit}
        hasCandidates={plan.actions.length > 0}
        onChanged={(weighing, text) => dispatch({ type: 'weighing', weighing, notice: done(text) })}
        onFailed={failed}
      />

      <section aria-labelledby="plan-actions">
        <Stack space="space.150">
          <Inline space="space.100" spread="space-between" alignBlock="center" shouldWrap>
            <Heading as="h3" size="small" id="plan-actions">
              {t('ui.plan.actions.title')}
            </Heading>
            <Inline space="space.100" shouldWrap>
              {plan.canEdit ? (
                <Button onClick={() => setDialog({ kind: 'action' })}>{t('ui.plan.actions.add')}</Button>
              ) : null}
              <Button onClick={() => void refresh()} isLoading={working.has('refresh')}>
                {t('ui.plan.create.refresh')}
              </Button>
              {plan.canEdit ? (
                <Button
                  appearance="primary"
                  // Unavailable may pass (Jira answers again): only a missing project makes creating pointless.
                  isDisabled={awaiting === 0 || plan.jira.kind === 'notConfigured'}
                  isLoading={working.has('create')}
                  onClick={() => setDialog({ kind: 'create' })}
                >
                  {awaiting === 0
                    ? t('ui.plan.create.nothing')
                    : t('ui.plan.create.button', { count: awaiting })}
                </Button>
              ) : null}
            </Inline>
          </Inline>
          <Text as="p" color="color.text.subtle">
            {t('ui.plan.actions.intro')}
          </Text>
          {plan.actions.length === 0 ? (
            <Text as="p">{t(plan.canEdit ? 'ui.plan.actions.emptyEditor' : 'ui.plan.actions.empty')}</Text>
          ) : (
            <ActionsTable
              actions={plan.actions}
              weighing={plan.weighing}
              textOf={criteria.textOf}
              canEdit={plan.canEdit}
              selecting={(id) => working.has(`select:${id}`)}
              retrying={working.has('create')}
              handlers={{
                onSelect: (action, selected) => void select(action, selected),
                onEdit: (action) => setDialog({ kind: 'action', action }),
                onDelete: (action) => setDialog({ kind: 'delete', action }),
                onAdjust: (action) => setDialog({ kind: 'adjust', action }),
                onRetry: () => void createIssues(),
              }}
            />
          )}
        </Stack>
      </section>

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
              notice: done(t('ui.plan.actions.saved', { title: action.title })),
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
                  title: action.title,
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
        isWorking={deleting}
        onCancel={() => setDialog(null)}
        onConfirm={() => dialog?.kind === 'delete' && void remove(dialog.action)}
      >
        <p>
          {dialog?.kind === 'delete'
            ? t('ui.plan.actions.deleteConsequence', { title: dialog.action.title })
            : null}
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={dialog?.kind === 'create'}
        title={t('ui.plan.create.confirmTitle', { count: awaiting, project: projectKey })}
        confirmLabel={t('ui.plan.create.confirm')}
        isWorking={working.has('create')}
        onCancel={() => setDialog(null)}
        onConfirm={() => void createIssues()}
      >
        <p>{t('ui.plan.create.confirmBody')}</p>
      </ConfirmDialog>
    </Stack>
  );
}

/** The last operation's outcome. It takes the focus when it changes, so a keyboard or screen reader user hears it. */
function NoticeBanner({ notice, onReload }: { notice: Notice; onReload: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [notice]);
  return (
    <div ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      <NoticeMessage notice={notice} onReload={onReload} />
    </div>
  );
}

function NoticeMessage({ notice, onReload }: { notice: Notice; onReload: () => void }) {
  const { t } = useI18n();
  switch (notice.kind) {
    case 'report': {
      const clean = notice.failed === 0 && notice.pending === 0;
      return (
        <SectionMessage
          appearance={clean ? 'success' : 'warning'}
          title={t('ui.plan.create.reportTitle')}
          headingLevel="h3"
        >
          <Stack space="space.100">
            <p role="status" data-report="">
              {[
                t('ui.plan.create.created', { count: notice.created }),
                t('ui.plan.create.failed', { count: notice.failed }),
                t('ui.plan.create.pending', { count: notice.pending }),
              ].join(' · ')}
            </p>
            {notice.failed > 0 ? <p>{t('ui.plan.create.reportFailed')}</p> : null}
            {notice.pending > 0 ? <p>{t('ui.plan.create.reportPending')}</p> : null}
          </Stack>
        </SectionMessage>
      );
    }
    case 'refreshed':
      return (
        <SectionMessage appearance="success">
          <p role="status">{t('ui.plan.create.refreshed')}</p>
        </SectionMessage>
      );
    case 'done':
      return (
        <SectionMessage appearance="success">
          <p role="status">{notice.text}</p>
        </SectionMessage>
      );
    case 'conflict':
      return <ConflictMessage onReload={onReload} />;
    case 'error':
      return <ErrorState error={notice.error} message={describeError(notice.error, t)} />;
  }
}
