/**
 * The plan's candidate actions: the heading with what the editors can do to all of them (add one, refresh from
 * Jira, create the selected ones' issues), then the table, or that there are none yet.
 */
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useI18n } from '../../app/i18n';
import { ActionsTable } from './ActionsTable';
import type { PlanCriteria } from './criteria';
import { awaitingCreation } from './plan-reducer';
import type { PlanBoardModel } from './use-plan-board';

export function ActionsSection({ board, criteria }: { board: PlanBoardModel; criteria: PlanCriteria }) {
  const { t } = useI18n();
  const { plan, working } = board.state;
  const { setDialog } = board;
  const awaiting = awaitingCreation(plan.actions).length;
  return (
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
            <Button onClick={() => void board.refresh()} isLoading={working.has('refresh')}>
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
          {t(plan.canEdit ? 'ui.plan.actions.intro' : 'ui.plan.actions.introReader')}
        </Text>
        {plan.actions.length === 0 ? (
          <Text as="p">{t(plan.canEdit ? 'ui.plan.actions.emptyEditor' : 'ui.plan.actions.empty')}</Text>
        ) : (
          <ActionsTable
            campaignId={plan.campaign.id}
            actions={plan.actions}
            weighing={plan.weighing}
            textOf={criteria.textOf}
            canEdit={plan.canEdit}
            selecting={(id) => working.has(`select:${id}`)}
            retrying={working.has('create')}
            handlers={{
              onSelect: (action, selected) => void board.select(action, selected),
              onEdit: (action) => setDialog({ kind: 'action', action }),
              onDelete: (action) => setDialog({ kind: 'delete', action }),
              onAdjust: (action) => setDialog({ kind: 'adjust', action }),
              onRetry: (action) => void board.createIssues(action.id),
            }}
          />
        )}
      </Stack>
    </section>
  );
}
