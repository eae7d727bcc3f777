/**
 * The importance–performance quadrants as a 2×2 grid of the suggested criteria (see SuggestionsSection): a picture
 * of the table, with a one-line summary. Only the quadrants that hold a suggested criterion are drawn; the axes
 * say what importance is (the customers' weighing, or the criteria's weight in the score).
 */
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { ImportanceSource } from '@domain/plan';
import type { SuggestionView } from '@shared/contract/plan';
import { useI18n, type MessageKey } from '../../app/i18n';

type Quadrant = SuggestionView['quadrant'];

/** Importance up, performance to the right: the usual layout of an importance–performance analysis. */
const GRID: Quadrant[] = ['concentrate', 'keepUp', 'lowPriority', 'overkill'];

export const QUADRANT_LABEL: Record<Quadrant, MessageKey> = {
  concentrate: 'ui.plan.suggestions.quadrant.concentrate',
  keepUp: 'ui.plan.suggestions.quadrant.keepUp',
  lowPriority: 'ui.plan.suggestions.quadrant.lowPriority',
  overkill: 'ui.plan.suggestions.quadrant.overkill',
};

export function QuadrantGrid({
  suggestions,
  textOf,
  importanceSource,
}: {
  suggestions: SuggestionView[];
  textOf: (criterionId: string) => string;
  importanceSource: ImportanceSource;
}) {
  const { t } = useI18n();
  const inQuadrant = (q: Quadrant) => suggestions.filter((s) => s.quadrant === q);
  const counted = GRID.filter((q) => inQuadrant(q).length > 0).map((q) =>
    t('ui.plan.suggestions.quadrantCount', { quadrant: q, count: inQuadrant(q).length }),
  );
  const summary = t('ui.plan.suggestions.quadrantsSummary', { quadrants: counted.join(', ') });
  const weighed = importanceSource === 'weighing';
  const axis = { color: token('color.text.subtle'), font: token('font.body.small') };
  // Only the quadrants that hold a suggested criterion are drawn; an empty one stays a blank place in the grid.
  const place = (q: Quadrant) => {
    const criteria = inQuadrant(q).map((s) => textOf(s.criterionId));
    return criteria.length > 0 ? <Cell key={q} quadrant={q} criteria={criteria} /> : <span key={q} />;
  };
  return (
    <figure style={{ margin: 0 }} role="img" aria-label={summary}>
      <Stack space="space.050">
        <Text size="small" weight="medium">
          {t(weighed ? 'ui.plan.suggestions.quadrantsTitle' : 'ui.plan.suggestions.quadrantsTitleWeights')}
        </Text>
        <div
          style={{
            display: 'grid',
            // The quadrants share what is left beside the axis labels: never wider than the frame at 400 px.
            gridTemplateColumns: 'minmax(4rem, max-content) minmax(0, 1fr) minmax(0, 1fr)',
            gap: token('space.050'),
            maxWidth: '48rem',
          }}
        >
          <span style={{ ...axis, alignSelf: 'center' }}>
            {t(weighed ? 'ui.plan.suggestions.importanceHigh' : 'ui.plan.suggestions.weightHigh')}
          </span>
          {GRID.slice(0, 2).map(place)}
          <span style={{ ...axis, alignSelf: 'center' }}>
            {t(weighed ? 'ui.plan.suggestions.importanceLow' : 'ui.plan.suggestions.weightLow')}
          </span>
          {GRID.slice(2).map(place)}
          <span />
          <span style={axis}>{t('ui.plan.suggestions.performanceLow')}</span>
          <span style={{ ...axis, textAlign: 'end' }}>{t('ui.plan.suggestions.performanceHigh')}</span>
        </div>
      </Stack>
    </figure>
  );
}

const CELL_BACKGROUND = {
  concentrate: token('color.background.danger'),
  keepUp: token('color.background.success'),
  lowPriority: token('color.background.neutral'),
  overkill: token('color.background.warning'),
} as const satisfies Record<Quadrant, string>;

function Cell({ quadrant, criteria }: { quadrant: Quadrant; criteria: string[] }) {
  const { t } = useI18n();
  return (
    <Box
      padding="space.100"
      style={{ backgroundColor: CELL_BACKGROUND[quadrant], borderRadius: token('radius.small') }}
    >
      <Stack space="space.050">
        <Text size="small" weight="bold">
          {t(QUADRANT_LABEL[quadrant])}
        </Text>
        {criteria.map((text) => (
          <Text key={text} size="small">
            {text}
          </Text>
        ))}
      </Stack>
    </Box>
  );
}
