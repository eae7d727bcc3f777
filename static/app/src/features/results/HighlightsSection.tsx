/** What to look at first (see highlights.ts): the falling criteria, the blind spots, the lowest, the hidden groups. */
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { useI18n } from '../../app/i18n';
import { formatDelta, formatMean } from '../../components/number-format';
import type { Highlights } from './highlights';

export function HighlightsSection({
  highlights,
  textOf,
  k,
}: {
  highlights: Highlights;
  textOf: ReadonlyMap<string, string>;
  /** The confidentiality threshold. */
  k: number;
}) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="results-highlights">
      <Stack space="space.100">
        <Heading as="h3" size="small" id="results-highlights">
          {t('ui.results.highlightsTitle')}
        </Heading>
        <ul style={{ margin: 0, paddingInlineStart: token('space.300') }}>
          {highlights.falling.map((f) => (
            <li key={`f-${f.criterionId}`}>
              {t('ui.results.highlightFalling', {
                criterion: textOf.get(f.criterionId) ?? f.criterionId,
                delta: formatDelta(f.delta, locale),
              })}
            </li>
          ))}
          {highlights.blindSpots.map((b) => (
            <li key={`b-${b.criterionId}`}>
              {t('ui.results.highlightBlindSpot', {
                criterion: textOf.get(b.criterionId) ?? b.criterionId,
                gap: formatDelta(b.gap, locale),
              })}
            </li>
          ))}
          {highlights.lowest.slice(0, 1).map((l) => (
            <li key={`l-${l.criterionId}`}>
              {t('ui.results.highlightLowest', {
                criterion: textOf.get(l.criterionId) ?? l.criterionId,
                mean: formatMean(l.mean, locale),
              })}
            </li>
          ))}
          {highlights.hiddenGroups > 0 ? (
            <li>
              {t('ui.results.highlightHidden', {
                count: highlights.hiddenGroups,
                k,
              })}
            </li>
          ) : null}
        </ul>
      </Stack>
    </section>
  );
}
