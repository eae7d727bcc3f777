/**
 * A labelled progress bar with its text beside it (Atlaskit's progress bar is not a dependency: this is its look,
 * with tokens, so it follows the dark theme). The text is the bar's value for assistive technology too. The bar
 * turns green once the value reaches the maximum.
 */
import { Inline, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';

export function ProgressBar({
  value,
  max,
  label,
  text,
  stretch = false,
  animate = false,
}: {
  value: number;
  max: number;
  /** The bar's accessible name. */
  label: string;
  /** What it says, e.g. "3 of 8 done". */
  text: string;
  /** Take the whole row (the survey's, where the bar is the form's one measure) rather than at most 32rem. */
  stretch?: boolean;
  /** Slide to a new value (it changes under the reader's hands, as they answer) rather than jump. */
  animate?: boolean;
}) {
  const percent = max <= 0 ? 0 : Math.min(100, Math.round((value / max) * 100));
  return (
    <Inline space="space.150" alignBlock="center">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={Math.max(max, 0)}
        aria-valuenow={Math.min(value, Math.max(max, 0))}
        aria-valuetext={text}
        style={{
          flex: '1 1 auto',
          minWidth: '8rem',
          ...(stretch ? {} : { maxWidth: '32rem' }),
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
              max > 0 && value >= max
                ? token('color.background.success.bold')
                : token('color.background.brand.bold'),
            ...(animate ? { transition: 'width 200ms ease-out' } : {}),
          }}
        />
      </div>
      <Text size="small" weight="medium">
        {text}
      </Text>
    </Inline>
  );
}
