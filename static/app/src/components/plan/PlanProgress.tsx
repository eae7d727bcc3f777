/**
 * The plan's progress as the team reads it in a review: how many actions are selected, in Jira, done and overdue,
 * and the share done as a bar.
 */
import { Inline, Stack } from '@atlaskit/primitives/compiled';
import type { PlanView } from '@shared/contract/plan';
import { useI18n } from '../../app/i18n';
import { ProgressBar } from '../ProgressBar';
import { StatTile } from '../StatTile';

type Progress = PlanView['progress'];

export function PlanProgress({ progress }: { progress: Progress }) {
  const { t } = useI18n();
  return (
    <Stack space="space.150">
      <Inline space="space.150" shouldWrap>
        <StatTile
          spacing="compact"
          label={t('ui.plan.progress.selected')}
          value={String(progress.selected)}
        />
        <StatTile spacing="compact" label={t('ui.plan.progress.created')} value={String(progress.created)} />
        <StatTile spacing="compact" label={t('ui.plan.progress.done')} value={String(progress.done)} />
        <StatTile
          spacing="compact"
          label={t('ui.plan.progress.overdue')}
          value={String(progress.overdue)}
          alert={progress.overdue > 0}
        />
      </Inline>
      <ProgressBar
        value={progress.done}
        max={progress.selected}
        label={t('ui.plan.progress.label')}
        text={t('ui.plan.progress.text', { done: progress.done, total: progress.selected })}
      />
    </Stack>
  );
}
