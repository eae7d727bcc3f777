/** Answered / total as a labelled progressbar with its text (Atlaskit has no progress bar in this bundle). */
import { Inline, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { useI18n } from '../../app/i18n';

export function Progress({ answered, total, label }: { answered: number; total: number; label: string }) {
  const { t } = useI18n();
  const percent = total === 0 ? 0 : Math.round((answered / total) * 100);
  const text = t('ui.survey.progress.text', { answered, total, count: answered });
  return (
    <Inline space="space.150" alignBlock="center">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-valuetext={text}
        style={{
          flex: '1 1 auto',
          minWidth: '8rem',
          height: token('space.075'),
          borderRadius: token('radius.full'),
          backgroundColor: token('color.background.neutral'),
          overflow: 'hidden',
        }}
      >
        <div
          style={{
            width: `${percent}%`,
            height: '100%',
            backgroundColor:
              answered === total
                ? token('color.background.success.bold')
                : token('color.background.brand.bold'),
            transition: 'width 200ms ease-out',
          }}
        />
      </div>
      <Text size="small" weight="medium">
        {text}
      </Text>
    </Inline>
  );
}
