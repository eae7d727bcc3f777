/**
 * The plan's progress as the team reads it in a review: how many actions are selected, in Jira, done and overdue,
 * and the share done as a bar.
 */
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { PlanView } from '@shared/contract/plan';
import { useI18n } from '../../app/i18n';
import { ProgressBar } from '../ProgressBar';

type Progress = PlanView['progress'];

function Figure({ label, value, alert = false }: { label: string; value: number; alert?: boolean }) {
  return (
    <Box
      padding="space.150"
      style={{
        border: `${token('border.width')} solid ${alert ? token('color.border.danger') : token('color.border')}`,
        borderRadius: token('radius.medium'),
        minWidth: '7rem',
      }}
    >
      <Stack space="space.025">
        <Text size="small" color="color.text.subtle">
          {label}
        </Text>
        <Text size="large" weight="bold" color={alert ? 'color.text.danger' : 'color.text'}>
          {String(value)}
        </Text>
      </Stack>
    </Box>
  );
}

export function PlanProgress({ progress }: { progress: Progress }) {
  const { t } = useI18n();
  return (
    <Stack space="space.150">
      <Inline space="space.150" shouldWrap>
        <Figure label={t('ui.plan.progress.selected')} value={progress.selected} />
        <Figure label={t('ui.plan.progress.created')} value={progress.created} />
        <Figure label={t('ui.plan.progress.done')} value={progress.done} />
        <Figure label={t('ui.plan.progress.overdue')} value={progress.overdue} alert={progress.overdue > 0} />
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
