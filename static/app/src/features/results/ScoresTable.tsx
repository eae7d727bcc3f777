/**
 * Scores by criterion, grouped by section: the distribution as a diverging bar (an image with its numbers in its
 * accessible name), then N, not applicable, mean, index, satisfaction with its margin, the gap with the team's
 * self-assessment and the change since the last comparable campaign. The table is the chart's text. A criterion
 * rated by too few people says so across its row, with no number.
 */
import { lazy, Suspense } from 'react';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { criteriaOf, type EvaluationModel } from '@domain/model';
import type {
  CellReason,
  CriterionGap,
  CriterionTrend,
  GapFlag,
  Score,
  ShownAggregate,
  Trend,
} from '@domain/results';
import { useI18n, type MessageKey, type Translate } from '../../app/i18n';
import { localized } from '../../components/text';
import { formatDelta, formatIndex, formatMean, formatPercent } from '../../components/number-format';
import {
  captionStyle,
  cell,
  headerCell,
  hiddenCell,
  numeric,
  rowBorder,
  tableStyle,
} from '../../components/table-style';
import { HIDDEN_LABEL } from './hidden-labels';

const FLAG_LABEL: Record<GapFlag, MessageKey> = {
  'blind-spot': 'ui.results.flag.blind-spot',
  'hidden-strength': 'ui.results.flag.hidden-strength',
};

/** A criterion without a trend, in a word. */
const NO_TREND_LABEL: Record<Extract<Trend, { reason: unknown }>['reason'], MessageKey> = {
  new: 'ui.results.trend.new',
  changed: 'ui.results.trend.changed',
  'below-threshold': 'ui.results.trend.below-threshold',
  'too-few-answers': 'ui.results.trend.too-few-answers',
  'no-data': 'ui.results.trend.no-data',
};

const DivergingBar = lazy(() => import('./charts/Charts').then((m) => ({ default: m.DivergingBar })));

export function distributionSummary(score: Score, t: Translate): string {
  return t('ui.results.distribution', {
    n1: score.counts[0],
    n2: score.counts[1],
    n3: score.counts[2],
    n4: score.counts[3],
    count: score.n,
  });
}

export function ScoresTable({
  model,
  aggregate,
  gaps,
  trends,
}: {
  model: EvaluationModel;
  aggregate: ShownAggregate;
  gaps: CriterionGap[] | null;
  trends: CriterionTrend[] | null;
}) {
  const { t, locale } = useI18n();
  const byCriterion = new Map(aggregate.criteria.map((c) => [c.criterionId, c]));
  const gapOf = new Map((gaps ?? []).map((g) => [g.criterionId, g]));
  const trendOf = new Map((trends ?? []).map((c) => [c.criterionId, c.trend]));
  const lines = criteriaOf(model);
  const columns = 7 + (gaps ? 1 : 0) + (trends ? 1 : 0);
  return (
    <table style={tableStyle} id="results-scores">
      <caption style={captionStyle}>{t('ui.results.scoresCaption')}</caption>
      <thead>
        <HeaderRow withGaps={gaps !== null} withTrends={trends !== null} />
      </thead>
      {model.sections.map((section) => (
        <tbody key={section.id}>
          <tr>
            <th
              scope="colgroup"
              colSpan={columns}
              style={{ ...cell, paddingTop: token('space.200'), font: token('font.heading.xsmall') }}
            >
              {localized(section.title, locale)}
            </th>
          </tr>
          {lines
            .filter((line) => line.section.id === section.id)
            .map(({ criterion }) => {
              const score = byCriterion.get(criterion.id);
              if (!score) return null;
              if (score.hidden)
                return (
                  <HiddenRow
                    key={criterion.id}
                    text={localized(criterion.text, locale)}
                    reason={score.reason}
                    span={columns - 1}
                  />
                );
              return (
                <CriterionRow
                  key={criterion.id}
                  text={localized(criterion.text, locale)}
                  score={score}
                  {...(gaps ? { gap: gapOf.get(criterion.id) ?? null } : {})}
                  {...(trends ? { trend: trendOf.get(criterion.id) ?? null } : {})}
                />
              );
            })}
        </tbody>
      ))}
    </table>
  );
}

function HeaderRow({ withGaps, withTrends }: { withGaps: boolean; withTrends: boolean }) {
  const { t } = useI18n();
  const number = { ...headerCell, ...numeric };
  return (
    <tr style={rowBorder}>
      <th scope="col" style={headerCell}>
        {t('ui.results.criterion')}
      </th>
      <th scope="col" style={headerCell}>
        {t('ui.results.distributionColumn')}
      </th>
      <th scope="col" style={number}>
        N
      </th>
      <th scope="col" style={number}>
        {t('ui.results.na')}
      </th>
      <th scope="col" style={number}>
        {t('ui.results.mean')}
      </th>
      <th scope="col" style={number}>
        {t('ui.results.index')}
      </th>
      <th scope="col" style={number}>
        {t('ui.results.satisfaction')}
      </th>
      {withGaps ? (
        <th scope="col" style={number}>
          {t('ui.results.gap')}
        </th>
      ) : null}
      {withTrends ? (
        <th scope="col" style={number}>
          {t('ui.results.change')}
        </th>
      ) : null}
    </tr>
  );
}

/** A criterion whose figures are hidden: why, across the row, and no number. */
function HiddenRow({ text, reason, span }: { text: string; reason: CellReason; span: number }) {
  const { t } = useI18n();
  return (
    <tr style={rowBorder}>
      <th scope="row" style={{ ...cell, fontWeight: token('font.weight.regular'), maxWidth: '22rem' }}>
        {text}
      </th>
      <td colSpan={span} style={{ ...hiddenCell, textAlign: 'start' }}>
        {t(HIDDEN_LABEL[reason])}
      </td>
    </tr>
  );
}

/** One criterion's row. `gap` and `trend` are absent when the report has no such column, null when this one has none. */
function CriterionRow({
  text,
  score,
  gap,
  trend,
}: {
  text: string;
  score: Score;
  gap?: CriterionGap | null;
  trend?: CriterionTrend['trend'] | null;
}) {
  const { t, locale } = useI18n();
  return (
    <tr style={rowBorder}>
      <th scope="row" style={{ ...cell, fontWeight: token('font.weight.regular'), maxWidth: '22rem' }}>
        {text}
      </th>
      <td style={{ ...cell, minWidth: '8rem', width: '30%' }}>
        <Suspense fallback={null}>
          <DivergingBar counts={score.counts} summary={distributionSummary(score, t)} />
        </Suspense>
      </td>
      <td style={numeric}>{score.n}</td>
      <td style={numeric}>{score.na}</td>
      <td style={numeric}>{formatMean(score.mean, locale)}</td>
      <td style={numeric}>{formatIndex(score.index, locale)}</td>
      <td style={numeric}>
        {formatPercent(score.satisfaction, locale)}
        {score.satisfactionInterval ? (
          <span style={{ color: token('color.text.subtle'), display: 'block', fontSize: '0.85em' }}>
            {t('ui.results.margin', {
              low: formatIndex(score.satisfactionInterval[0], locale),
              high: formatIndex(score.satisfactionInterval[1], locale),
            })}
          </span>
        ) : null}
      </td>
      {gap !== undefined ? (
        <td style={numeric}>
          {gap?.gap === null || gap === null ? '—' : formatDelta(gap.gap, locale)}
          {gap?.flag ? (
            <span style={{ display: 'block' }}>
              <Lozenge appearance={gap.flag === 'blind-spot' ? 'moved' : 'success'}>
                {t(FLAG_LABEL[gap.flag])}
              </Lozenge>
            </span>
          ) : null}
        </td>
      ) : null}
      {trend !== undefined ? (
        <td style={numeric}>
          {!trend
            ? '—'
            : 'delta' in trend
              ? formatDelta(trend.delta, locale)
              : t(NO_TREND_LABEL[trend.reason])}
        </td>
      ) : null}
    </tr>
  );
}
