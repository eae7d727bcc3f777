/**
 * Where to act: the criteria the results point at (lowest, falling, blind spots, important and below the median),
 * with their figures, quadrant and priority, each a starting point for an action. The importance–performance
 * quadrants are drawn as a 2×2 grid of the suggested criteria rather than a scatter plot: the plan view gives each
 * criterion's quadrant, not its importance value, and a grid needs no chart library in the plan's chunk. Like the
 * report's charts, the grid is a picture of the table (an image with a one-line summary); the table is the text.
 *
 * What it says rests on the data: results too small to show are said as such (not "nothing stands out"); until
 * the customers' weighing is shown, importance is each criterion's weight in the overall score and is called that,
 * never "important"; a quadrant without a suggested criterion is left out of the grid; the priority is explained.
 */
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { ImportanceSource } from '@domain/plan';
import type { SuggestionView } from '@shared/contract/plan';
import { useI18n, type MessageKey } from '../../app/i18n';
import { QUADRANT_LABEL, QuadrantGrid } from './QuadrantGrid';
import { formatDelta, formatMean, formatPriority } from '../../components/number-format';
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

type Reason = SuggestionView['reasons'][number];

const REASON_LABEL: Record<Reason, MessageKey> = {
  lowest: 'ui.plan.suggestions.reason.lowest',
  falling: 'ui.plan.suggestions.reason.falling',
  blindSpot: 'ui.plan.suggestions.reason.blindSpot',
  concentrate: 'ui.plan.suggestions.reason.concentrate',
};

/** "Important" only when the customers said so; else what importance is: the criterion's weight in the score. */
const reasonLabel = (reason: Reason, source: ImportanceSource): MessageKey =>
  reason === 'concentrate' && source === 'derived'
    ? 'ui.plan.suggestions.reason.concentrateWeights'
    : REASON_LABEL[reason];

export function SuggestionsSection({
  suggestions,
  textOf,
  onAct,
  preparing = false,
  hidden = false,
  importanceSource,
}: {
  suggestions: SuggestionView[];
  textOf: (criterionId: string) => string;
  /** The plan's editors: start an action from a criterion. */
  onAct?: (criterionId: string) => void;
  /** The results are still being prepared: nothing can be suggested yet (not "nothing stands out"). */
  preparing?: boolean;
  /** The results are too small to show any criterion: nothing can be suggested (not "nothing stands out"). */
  hidden?: boolean;
  importanceSource: ImportanceSource;
}) {
  const { t } = useI18n();
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
        ) : hidden ? (
          <Text as="p">{t('ui.plan.suggestions.tooSmall')}</Text>
        ) : suggestions.length === 0 ? (
          <Text as="p">{t('ui.plan.suggestions.empty')}</Text>
        ) : (
          <>
            <Text as="p" color="color.text.subtle">
              {t(
                importanceSource === 'weighing'
                  ? 'ui.plan.suggestions.importanceFromWeighing'
                  : 'ui.plan.suggestions.importanceFromWeights',
              )}
            </Text>
            <QuadrantGrid suggestions={suggestions} textOf={textOf} importanceSource={importanceSource} />
            <SuggestionsTable
              suggestions={suggestions}
              textOf={textOf}
              importanceSource={importanceSource}
              {...(onAct ? { onAct } : {})}
            />
            <Text as="p" size="small" color="color.text.subtle" id="plan-priority-help">
              {t('ui.plan.suggestions.priorityHelp')}
            </Text>
          </>
        )}
      </Stack>
    </section>
  );
}

/** The suggested criteria with their figures; the priority's header is described by the sentence under it. */
function SuggestionsTable({
  suggestions,
  textOf,
  onAct,
  importanceSource,
}: {
  suggestions: SuggestionView[];
  textOf: (criterionId: string) => string;
  onAct?: (criterionId: string) => void;
  importanceSource: ImportanceSource;
}) {
  const { t, locale } = useI18n();
  return (
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
            <th scope="col" style={{ ...headerCell, ...numeric }} aria-describedby="plan-priority-help">
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
                      {t(reasonLabel(reason, importanceSource))}
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
              <td style={numeric}>{formatPriority(s.priority, locale)}</td>
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
  );
}
