/**
 * One campaign's results report: the figures people look for first, what to look at, scores by criterion, the
 * trends, and the breakdowns (all hidden groups say so, and why). Downloads and print are at the top; the print
 * styles (results.css) keep the charts and drop the page's chrome, so "Save as PDF" gives a clean report.
 */
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { ResultsView } from '@shared/contract/results';
import { useI18n } from '../../app/i18n';
import { formatDay } from '../../components/dates';
import { formatRate } from '../../components/number-format';
import { criterionTexts, localized } from '../../components/text';
import { StatTile } from '../../components/StatTile';
import { UserText } from '../../components/UserText';
import { download, groupName, scoresCsv } from './csv';
import { formatDelta, formatIndex, formatMean, formatPercent } from '../../components/number-format';
import { LEVEL_COLOURS } from './colours';
import { CommentsBrowser } from './CommentsBrowser';
import { GroupTable, type GroupRow } from './GroupTable';
import { Heatmap } from './Heatmap';
import { highlightsOf } from './highlights';
import { ScoresTable } from './ScoresTable';
import { TrendSection } from './TrendSection';
import './results.css';

export function ResultsReport({ view }: { view: ResultsView }) {
  const { t, locale } = useI18n();
  const { results, model } = view;
  const textOf = criterionTexts(model, locale);
  const highlights = highlightsOf(view);
  const name = localized(view.campaign.name, locale);
  const overall = results.overall.hidden ? null : results.overall;
  const full = view.scope === 'full' ? view.results : null;
  const rowsOf = (
    rows: readonly ((
      { hidden: true; reason: 'below-threshold' | 'complementary' } | ({ hidden: false } & object)
    ) & {
      key: string;
      name: string;
    })[],
  ) => rows as GroupRow[];
  return (
    <Stack space="space.400">
      <Stack space="space.100">
        <Inline space="space.200" alignBlock="center" spread="space-between" shouldWrap>
          <Heading as="h2" size="large">
            <UserText>{name}</UserText>
          </Heading>
          <Inline space="space.100" shouldWrap>
            <span className="results-no-print">
              <Button
                onClick={() => download(`${view.campaign.id}-scores.csv`, scoresCsv(view, t, locale))}
                isDisabled={!overall}
              >
                {t('ui.results.downloadScores')}
              </Button>
            </span>
            <span className="results-no-print">
              <Button onClick={() => window.print()}>{t('ui.results.print')}</Button>
            </span>
          </Inline>
        </Inline>
        <Text as="p" color="color.text.subtle">
          {view.campaign.closedOn
            ? t('ui.results.closedOn', {
                period: view.campaign.period,
                date: formatDay(view.campaign.closedOn, locale),
              })
            : view.campaign.period}
          {' · '}
          {t('ui.results.thresholdNote', { k: results.thresholds.k })}
        </Text>
      </Stack>

      {overall ? (
        <Inline space="space.200" shouldWrap>
          <StatTile
            label={t('ui.results.respondents')}
            value={String(overall.respondents)}
            detail={t('ui.results.responseRate', {
              rate: formatRate(overall.respondents, view.invited, locale),
              invited: view.invited,
            })}
          />
          <StatTile
            label={t('ui.results.index')}
            value={formatIndex(overall.overall.index, locale)}
            detail={t('ui.results.meanOf', { mean: formatMean(overall.overall.mean, locale) })}
          />
          <StatTile
            label={t('ui.results.satisfaction')}
            value={formatPercent(overall.overall.satisfaction, locale)}
            detail={t('ui.results.satisfiedMeans')}
          />
        </Inline>
      ) : (
        <SectionMessage appearance="information" title={t('ui.results.overallHiddenTitle')}>
          <p>{t('ui.results.overallHidden', { k: results.thresholds.k })}</p>
        </SectionMessage>
      )}

      {overall &&
      (highlights.falling.length > 0 || highlights.blindSpots.length > 0 || highlights.lowest.length > 0) ? (
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
                    k: results.thresholds.k,
                  })}
                </li>
              ) : null}
            </ul>
          </Stack>
        </section>
      ) : null}

      {overall ? (
        <section aria-labelledby="results-scores-title" className="results-section">
          <Stack space="space.150">
            <Heading as="h3" size="small" id="results-scores-title">
              {t('ui.results.scoresTitle')}
            </Heading>
            <Legend />
            <div style={{ overflowX: 'auto' }}>
              <ScoresTable
                model={model}
                aggregate={overall}
                gaps={full && !full.gaps.hidden ? full.gaps.criteria : null}
                trends={results.trends.hidden ? null : results.trends.criteria}
              />
            </div>
          </Stack>
        </section>
      ) : null}

      {!results.trends.hidden ? (
        <section className="results-section">
          <TrendSection model={model} trends={results.trends.criteria} />
        </section>
      ) : null}

      {full ? (
        <section aria-labelledby="results-groups-title" className="results-section">
          <Stack space="space.200">
            <Heading as="h3" size="small" id="results-groups-title">
              {t('ui.results.groupsTitle')}
            </Heading>
            <Heatmap heatmap={full.heatmap} />
            <GroupTable
              id="results-portfolios"
              caption={t('ui.results.portfoliosCaption')}
              label={t('ui.results.portfolio')}
              rows={rowsOf(
                full.portfolios.map((p, i) => ({
                  ...p,
                  key: `portfolio-${i}`,
                  name: t('ui.results.portfolioOf', {
                    name:
                      (view.scope === 'full' ? view.buyers : []).find((b) => b.accountId === p.buyerAccountId)
                        ?.displayName ?? p.buyerAccountId,
                  }),
                })),
              )}
            />
            <Text as="p" size="small" color="color.text.subtle">
              {t('ui.results.suppressionHelp', { k: results.thresholds.k })}
            </Text>
          </Stack>
        </section>
      ) : results.departments.length > 0 ? (
        <GroupTable
          id="results-departments"
          caption={t('ui.results.yourDepartment')}
          label={t('ui.results.group')}
          rows={rowsOf(results.departments.map((d) => ({ ...d, key: d.id, name: groupName(d, t, locale) })))}
        />
      ) : null}

      {view.scope === 'full' && overall ? (
        <section aria-labelledby="results-comments-title" className="results-section results-no-print">
          <CommentsBrowser view={view} />
        </section>
      ) : null}
    </Stack>
  );
}

function Legend() {
  const { t } = useI18n();
  const swatch = (colour: string) => ({
    display: 'inline-block',
    width: '0.8rem',
    height: '0.8rem',
    background: colour,
    marginInlineEnd: token('space.050'),
    verticalAlign: 'middle',
  });
  return (
    <Inline space="space.200" shouldWrap>
      {[1, 2, 3, 4].map((level) => (
        <Text key={level} size="small">
          <span aria-hidden style={swatch(LEVEL_COLOURS[level - 1]!)} />
          {t(`ui.scale.${level}`)}
        </Text>
      ))}
    </Inline>
  );
}
