/** An action's value in the customers' weighing, in the plan's table: points per voter, voters and rank, or why not. */
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { WeighingSummary } from '@shared/contract/weighing';
import { useI18n, type MessageKey } from '../../app/i18n';
import { formatOneDecimal } from '../../components/number-format';
import { hiddenBecause } from './plan-reducer';

const HIDDEN_CELL = {
  whileOpen: 'ui.plan.weighing.hiddenWhileOpen',
  tooFew: 'ui.plan.weighing.hiddenTooFew',
  settling: 'ui.plan.weighing.hiddenSettling',
} as const satisfies Record<ReturnType<typeof hiddenBecause>, MessageKey>;

export function WeighingValue({ weighing, actionId }: { weighing: WeighingSummary; actionId: string }) {
  const { t, locale } = useI18n();
  if (weighing.status === 'notOpen')
    return <Text color="color.text.subtle">{t('ui.plan.weighing.none')}</Text>;
  if (weighing.suppressed) {
    return (
      <Stack space="space.025">
        <Text color="color.text.subtle">{t('ui.plan.weighing.hidden')}</Text>
        <Text size="small" color="color.text.subtle">
          {t(HIDDEN_CELL[hiddenBecause(weighing)], { k: weighing.minimumGroup })}
        </Text>
      </Stack>
    );
  }
  const value = weighing.values[actionId];
  if (!value) return <Text color="color.text.subtle">{t('ui.plan.weighing.none')}</Text>;
  const points = formatOneDecimal(value.value, locale);
  return (
    <Stack space="space.025">
      <Text weight="bold">
        <span aria-label={t('ui.plan.weighing.valueLabel', { value: points })}>
          {t('ui.plan.weighing.value', { value: points })}
        </span>
      </Text>
      <Text size="small" color="color.text.subtle">
        {t('ui.plan.weighing.voters', { count: value.voters })} ·{' '}
        {t('ui.plan.weighing.rank', { rank: value.rank })}
      </Text>
    </Stack>
  );
}
