/**
 * Where to act: the criteria the results point at (lowest, falling, blind spots, important and below the median),
 * with their figures, quadrant and priority, each a starting point for an action. The importance–performance
 * quadrants are drawn as a 2×2 grid of the suggested criteria rather than a scatter plot: the plan view gives each
 * criterion's quadrant, not its importance value, and a grid needs no chart library in the plan's chunk. Like the
 * report's charts, the grid is a picture of the table (an image with a one-line summary); the table is the text.
 */
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { SuggestionView } from '@shared/contract/plan';
import { useI18n, type MessageKey } from '../../app/i18n';
import { formatDelta, formatMean, formatOneDecimal } from '../../components/number-format';
import {
  captionStyle,
  cell,
  headerCell,
  numeric,
  rowBorder,
  tableClass,
  tableRegion,
  tableStyle,
} from '../../components/table-style';

type Quadrant = SuggestionView['quadrant'];

const QUADRANT_APPEARANCE = {
  concentrate: 'removed',
  keepUp: 'success',
  lowPriority: 'default',
  overkill: 'moved',
} as const satisfies Record<Quadrant, string>;

/** Importance up, performance to the right: the usual layout of an importance–performance analysis. */
const GRID: Quadrant[] = ['concentrate', 'keepUp', 'lowPriority', 'overkill'];

const QUADRANT_LABEL: Record<Quadrant, MessageKey> = {
  concentrate: 'ui.plan.suggestions.quadrant.concentrate',
  keepUp: 'ui.plan.suggestions.quadrant.keepUp',
  lowPriority: 'ui.plan.suggestions.quadrant.lowPriority',
  overkill: 'ui.plan.suggestions.quadrant.overkill',
};

const REASON_LABEL: Record<SuggestionView['reasons'][number], MessageKey> = {
  lowest: 'ui.plan.suggestions.reason.lowest',
  falling: 'ui.plan.suggestions.reason.falling',
  blindSpot: 'ui.plan.suggestions.reason.blindSpot',
  concentrate: 'ui.plan.suggestions.reason.concentrate',
};

export function SuggestionsSection({
  suggestions,
  textOf,
  onAct,
  preparing = false,
}: {
  suggestions: SuggestionView[];
  textOf: (criterionId: string) => string;
  /** The plan's editors: start an action from a criterion. */
  onAct?: (criterionId: string) => void;
  /** The results are still being prepared: nothing can be suggested yet (not "nothing stands out"). */
  preparing?: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="plan-suggestions">
      <Stack space="space.150">
        <Heading as="h3" size="small" id="plan-suggestions">
          {t('ui.plan.suggestions.title')}
        </Heading>
        <Text as="p" color="color.text.subtle">
          {t('ui.plan.suggestions.intro')}
        </Text>
        {preparing ? (
          <Text as="p">{t('ui.plan.suggestions.preparing')}</Text>
        ) : suggestions.length === 0 ? (
          <Text as="p">{t('ui.plan.suggestions.empty')}</Text>
        ) : (
          <>
            <QuadrantGrid suggestions={suggestions} textOf={textOf} />
            <div style={tableRegion}>
              <table style={tableStyle} className={tableClass}>
                <caption style={captionStyle}>{t('ui.plan.suggestions.caption')}</caption>
                <thead>
                  <tr style={rowBorder}>
                    <th scope="col" style={headerCell}>
                      {t('ui.plan.suggestions.column.criterion')}
                    </th>
                    <th scope="col" style={headerCell}>
                      {t('ui.plan.suggestions.column.reasons')}
                    </th>
                    <th scope="col" style={{ ...headerCell, ...numeric }}>
                      {t('ui.plan.suggestions.column.mean')}
                    </th>
                    <th scope="col" style={{ ...headerCell, ...numeric }}>
                      {t('ui.plan.suggestions.column.delta')}
                    </th>
                    <th scope="col" style={{ ...headerCell, ...numeric }}>
                      {t('ui.plan.suggestions.column.gap')}
                    </th>
                    <th scope="col" style={headerCell}>
                      {t('ui.plan.suggestions.column.quadrant')}
                    </th>
                    <th scope="col" style={{ ...headerCell, ...numeric }}>
                      {t('ui.plan.suggestions.column.priority')}
                    </th>
                    {onAct ? (
                      <th scope="col" style={headerCell}>
                        {t('ui.plan.suggestions.column.act')}
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {suggestions.map((s) => (
                    <tr key={s.criterionId} style={rowBorder}>
                      <th
                        scope="row"
                        style={{ ...cell, fontWeight: token('font.weight.regular'), maxWidth: '24rem' }}
                      >
                        {textOf(s.criterionId)}
                      </th>
                      <td style={cell}>
                        <Inline space="space.050" shouldWrap>
                          {s.reasons.map((reason) => (
                            <Lozenge key={reason} appearance={reason === 'falling' ? 'removed' : 'default'}>
                              {t(REASON_LABEL[reason])}
                            </Lozenge>
                          ))}
                        </Inline>
                      </td>
                      <td style={numeric}>{formatMean(s.mean, locale)}</td>
                      <td style={numeric}>{s.delta === undefined ? '—' : formatDelta(s.delta, locale)}</td>
                      <td style={numeric}>{s.gap === undefined ? '—' : formatDelta(s.gap, locale)}</td>
                      <td style={cell}>
                        <Lozenge appearance={QUADRANT_APPEARANCE[s.quadrant]}>
                          {t(QUADRANT_LABEL[s.quadrant])}
                        </Lozenge>
                      </td>
                      <td style={numeric}>{formatOneDecimal(s.priority, locale)}</td>
                      {onAct ? (
                        <td style={cell}>
                          <Button
                            spacing="compact"
                            appearance="subtle"
                            aria-label={t('ui.plan.suggestions.addForOf', {
                              criterion: textOf(s.criterionId),
                            })}
                            onClick={() => onAct(s.criterionId)}
                          >
                            {t('ui.plan.suggestions.addFor')}
                          </Button>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Stack>
    </section>
  );
}

function QuadrantGrid({
  suggestions,
  textOf,
}: {
  suggestions: SuggestionView[];
  textOf: (criterionId: string) => string;
}) {
  const { t } = useI18n();
  const inQuadrant = (q: Quadrant) => suggestions.filter((s) => s.quadrant === q);
  const summary = t('ui.plan.suggestions.quadrantsSummary', {
    concentrate: inQuadrant('concentrate').length,
    keepUp: inQuadrant('keepUp').length,
    lowPriority: inQuadrant('lowPriority').length,
    overkill: inQuadrant('overkill').length,
  });
  const axis = { color: token('color.text.subtle'), font: token('font.body.small') };
  return (
    <figure style={{ margin: 0 }} role="img" aria-label={summary}>
      <Stack space="space.050">
        <Text size="small" weight="medium">
          {t('ui.plan.suggestions.quadrantsTitle')}
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
          <span style={{ ...axis, alignSelf: 'center' }}>{t('ui.plan.suggestions.importanceHigh')}</span>
          {GRID.slice(0, 2).map((q) => (
            <Cell key={q} quadrant={q} criteria={inQuadrant(q).map((s) => textOf(s.criterionId))} />
          ))}
          <span style={{ ...axis, alignSelf: 'center' }}>{t('ui.plan.suggestions.importanceLow')}</span>
          {GRID.slice(2).map((q) => (
            <Cell key={q} quadrant={q} criteria={inQuadrant(q).map((s) => textOf(s.criterionId))} />
          ))}
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
        {criteria.length === 0 ? (
          <Text size="small" color="color.text.subtle">
            {t('ui.plan.suggestions.noCriterion')}
          </Text>
        ) : (
          criteria.map((text) => (
            <Text key={text} size="small">
              {text}
            </Text>
          ))
        )}
      </Stack>
    </Box>
  );
}
