/**
 * One campaign's improvement plan: its progress, where to act, the customers' weighing, and the candidate actions
 * with their Jira issues. Editors (the campaign's team, admins) draft, select, create issues and adjust dates;
 * other readers (quality managers) see the same plan without the controls. Each operation's outcome is one notice
 * above the plan, which takes the focus so that it is read.
 */
import { useEffect, useRef } from 'react';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { EvaluationModel } from '@domain/model';
import type { PlanView } from '@shared/contract/plan';
import { call } from '../../api/call';
import { useI18n } from '../../app/i18n';
import { LastRefreshed, useLiveRefresh } from '../../components/live';
import { JiraBanner } from '../../components/plan/jira';
import { usePlanPeople } from '../../components/plan/people';
import { PlanProgress } from '../../components/plan/PlanProgress';
import { localized } from '../../components/text';
import { UserText } from '../../components/UserText';
import { ActionsSection } from './ActionsSection';
import { planCriteria } from './criteria';
import { PlanDialogs } from './PlanDialogs';
import { PlanNotice } from './PlanNotice';
import { SuggestionsSection } from './SuggestionsSection';
import { usePlanBoard } from './use-plan-board';
import { WeighingSection } from './WeighingSection';

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
  const board = usePlanBoard(initial);
  const { state, dispatch, setDialog, done } = board;
  const { plan } = state;
  const criteria = planCriteria(model, plan, locale);
  usePlanPeople(plan.actions);
  // Jira's changes, as they reach the app: the whole plan again, the notice above it kept.
  const { refreshedAt, markRead } = useLiveRefresh(plan.campaign.id, async () => {
    const result = await call('plan/get', { campaignId: plan.campaign.id });
    if (result.ok) dispatch({ type: 'plan', plan: result.data });
    return result.ok;
  });
  // The board's own reads (refresh from Jira, issue creation, a row's save) answer the plan too.
  const firstPlan = useRef(plan);
  useEffect(() => {
    if (plan !== firstPlan.current) markRead();
  }, [plan, markRead]);

  return (
    <Stack space="space.400">
      <PlanHeader plan={plan} refreshedAt={refreshedAt} />
      <JiraBanner jira={plan.jira} isAdmin={isAdmin} canEdit={plan.canEdit} />
      {state.notice ? <PlanNotice notice={state.notice} onReload={onReload} /> : null}
      {criteria.idsOnly ? (
        <Text as="p" size="small" color="color.text.subtle">
          {t('ui.plan.criteriaUnavailable')}
        </Text>
      ) : null}

      <PlanProgress progress={plan.progress} />

      <SuggestionsSection
        suggestions={plan.suggestions}
        preparing={plan.resultsPreparing}
        hidden={plan.resultsHidden}
        importanceSource={plan.importanceSource}
        textOf={criteria.textOf}
        {...(plan.canEdit
          ? { onAct: (criterionId: string) => setDialog({ kind: 'action', criterionId }) }
          : {})}
      />

      <WeighingSection
        campaignId={plan.campaign.id}
        weighing={plan.weighing}
        canEdit={plan.canEdit}
        hasCandidates={plan.actions.length > 0}
        onChanged={(weighing, text) => dispatch({ type: 'weighing', weighing, notice: done(text) })}
        onFailed={board.failed}
      />

      <ActionsSection board={board} criteria={criteria} />
      <PlanDialogs board={board} criteria={criteria} onReload={onReload} />
    </Stack>
  );
}

function PlanHeader({ plan, refreshedAt }: { plan: PlanView; refreshedAt: number }) {
  const { t, locale } = useI18n();
  return (
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
      <LastRefreshed at={refreshedAt} />
    </Stack>
  );
}
