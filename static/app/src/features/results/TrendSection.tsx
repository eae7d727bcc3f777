/**
 * Year-on-year change: a line per criterion over the comparable campaigns (falling ones in colour), and the table
 * of what changed and why some criteria have no trend (new, reworded, hidden earlier).
 */
import { lazy, Suspense } from 'react';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { EvaluationModel } from '@domain/model';
import type { CriterionTrend, Trend } from '@domain/results';
import { useI18n, type MessageKey } from '../../app/i18n';
import { criterionTexts } from '../../components/text';
import { formatDelta, formatMean } from '../../components/number-format';
import { captionStyle, cell, headerCell, numeric, rowBorder, tableStyle } from '../../components/table-style';
import { HIDDEN_LABEL } from './hidden-labels';

const TrendChart = lazy(() => import('./charts/Charts').then((m) => ({ default: m.TrendChart })));

const FALLING = -0.2;

/** Why a criterion has no trend. */
const NO_TREND_WHY: Record<Extract<Trend, { reason: unknown }>['reason'], MessageKey> = {
  new: 'ui.results.trendWhy.new',
  changed: 'ui.results.trendWhy.changed',
  'below-threshold': 'ui.results.trendWhy.below-threshold',
  'too-few-answers': 'ui.results.trendWhy.too-few-answers',
  'no-data': 'ui.results.trendWhy.no-data',
};

export function TrendSection({ model, trends }: { model: EvaluationModel; trends: CriterionTrend[] }) {
  const { t, locale } = useI18n();
  const textOf = criterionTexts(model, locale);
  const withSeries = trends.flatMap((c) => ('delta' in c.trend ? [{ id: c.criterionId, ...c.trend }] : []));
  if (withSeries.length === 0) {
    return (
      <Stack space="space.100">
        <Heading as="h3" size="small">
          {t('ui.results.trendsTitle')}
        </Heading>
        <Text as="p" color="color.text.subtle">
          {t('ui.results.noTrends')}
        </Text>
      </Stack>
    );
  }
  const periods = [...new Set(withSeries.flatMap((s) => s.series.map((p) => p.period)))];
  const falling = withSeries.filter((s) => s.delta <= FALLING).length;
  return (
    <Stack space="space.150">
      <Heading as="h3" size="small">
        {t('ui.results.trendsTitle')}
      </Heading>
      <Suspense fallback={null}>
        <TrendChart
          periods={periods}
          summary={t('ui.results.trendsSummary', { count: withSeries.length, falling })}
          series={withSeries.map((s) => ({
            key: s.id,
            label: textOf.get(s.id) ?? s.id,
            emphasis: s.delta <= FALLING,
            points: s.series.map((p) => ({ period: p.period, mean: p.hidden ? null : p.mean })),
          }))}
        />
      </Suspense>
      <table style={tableStyle} id="results-trends">
        <caption style={captionStyle}>{t('ui.results.trendsCaption')}</caption>
        <thead>
          <tr style={rowBorder}>
            <th scope="col" style={headerCell}>
              {t('ui.results.criterion')}
            </th>
            {periods.map((p) => (
              <th key={p} scope="col" style={{ ...headerCell, ...numeric }}>
                {p}
              </th>
            ))}
            <th scope="col" style={{ ...headerCell, ...numeric }}>
              {t('ui.results.change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {trends.map((c) => (
            <tr key={c.criterionId} style={rowBorder}>
              <th
                scope="row"
                style={{ ...cell, fontWeight: token('font.weight.regular'), maxWidth: '22rem' }}
              >
                {textOf.get(c.criterionId) ?? c.criterionId}
              </th>
              {'delta' in c.trend ? (
                <>
                  {periods.map((p) => {
                    const point = 'delta' in c.trend ? c.trend.series.find((s) => s.period === p) : undefined;
                    return (
                      <td key={p} style={numeric}>
                        {!point
                          ? '—'
                          : point.hidden
                            ? t(HIDDEN_LABEL[point.reason])
                            : formatMean(point.mean, locale)}
                      </td>
                    );
                  })}
                  <td
                    style={{
                      ...numeric,
                      fontWeight: c.trend.delta <= FALLING ? token('font.weight.bold') : undefined,
                    }}
                  >
                    {formatDelta(c.trend.delta, locale)}
                  </td>
                </>
              ) : (
                <td colSpan={periods.length + 1} style={{ ...cell, color: token('color.text.subtle') }}>
                  {t(NO_TREND_WHY[c.trend.reason])}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </Stack>
  );
}
