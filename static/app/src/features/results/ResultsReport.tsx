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
import { formatIndex, formatMean, formatPercent, formatRate } from '../../components/number-format';
import { StatTile } from '../../components/StatTile';
import { SCALE_LABEL } from '../../components/labels';
import { criterionTexts, localized } from '../../components/text';
import { UserText } from '../../components/UserText';
import { LEVEL_COLOURS } from './colours';
import { CommentsBrowser } from './CommentsBrowser';
import { download, groupName, scoresCsv } from './csv';
import { GroupTable, type GroupRow } from './GroupTable';
import { Heatmap } from './Heatmap';
import { highlightsOf } from './highlights';
import { HighlightsSection } from './HighlightsSection';
import { ScoresTable } from './ScoresTable';
import { TrendSection } from './TrendSection';
import './results.css';

type Overall = Exclude<ResultsView['results']['overall'], { hidden: true }>;

export function ResultsReport({ view }: { view: ResultsView }) {
  const { locale } = useI18n();
  const { results, model } = view;
  const highlights = highlightsOf(view);
  const overall = results.overall.hidden ? null : results.overall;
  const full = view.scope === 'full' ? view.results : null;
  const hasHighlights =
    highlights.falling.length > 0 || highlights.blindSpots.length > 0 || highlights.lowest.length > 0;
  return (
    <Stack space="space.400">
      <ReportHeader view={view} canDownload={overall !== null} />
      <KeyFigures view={view} overall={overall} />
      {overall && hasHighlights ? (
        <HighlightsSection
          highlights={highlights}
          textOf={criterionTexts(model, locale)}
          k={results.thresholds.k}
        />
      ) : null}
      {overall ? (
        <ScoresSection
          view={view}
          overall={overall}
          gaps={full && !full.gaps.hidden ? full.gaps.criteria : null}
        />
      ) : null}
      {!results.trends.hidden ? (
        <section className="results-section">
          <TrendSection model={model} trends={results.trends.criteria} />
        </section>
      ) : null}
      <GroupsSection view={view} />
      {view.scope === 'full' && overall ? (
        <section aria-labelledby="results-comments-title" className="results-section results-no-print">
          <CommentsBrowser view={view} />
        </section>
      ) : null}
    </Stack>
  );
}

/** The campaign's name, the downloads and print, and when it closed under which threshold. */
function ReportHeader({ view, canDownload }: { view: ResultsView; canDownload: boolean }) {
  const { t, locale } = useI18n();
  return (
    <Stack space="space.100">
      <Inline space="space.200" alignBlock="center" spread="space-between" shouldWrap>
        <Heading as="h2" size="large">
          <UserText>{localized(view.campaign.name, locale)}</UserText>
        </Heading>
        <Inline space="space.100" shouldWrap>
          <span className="results-no-print">
            <Button
              onClick={() => download(`${view.campaign.id}-scores.csv`, scoresCsv(view, t, locale))}
              isDisabled={!canDownload}
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
        {t('ui.results.thresholdNote', { k: view.results.thresholds.k })}
      </Text>
    </Stack>
  );
}

/** Respondents, index and satisfaction; or why the overall is hidden. */
function KeyFigures({ view, overall }: { view: ResultsView; overall: Overall | null }) {
  const { t, locale } = useI18n();
  if (!overall) {
    return (
      <SectionMessage appearance="information" title={t('ui.results.overallHiddenTitle')}>
        <p>{t('ui.results.overallHidden', { k: view.results.thresholds.k })}</p>
      </SectionMessage>
    );
  }
  const omitted = overall.criteria.filter((c) => c.hidden).length;
  return (
    <Stack space="space.100">
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
      {omitted > 0 ? (
        <Text as="p" size="small" color="color.text.subtle">
          {t('ui.results.omittedNote', { count: omitted, k: view.results.thresholds.k })}
        </Text>
      ) : null}
    </Stack>
  );
}

function ScoresSection({
  view,
  overall,
  gaps,
}: {
  view: ResultsView;
  overall: Overall;
  gaps: Parameters<typeof ScoresTable>[0]['gaps'];
}) {
  const { t } = useI18n();
  const { trends } = view.results;
  return (
    <section aria-labelledby="results-scores-title" className="results-section">
      <Stack space="space.150">
        <Heading as="h3" size="small" id="results-scores-title">
          {t('ui.results.scoresTitle')}
        </Heading>
        <Legend />
        <div style={{ overflowX: 'auto' }}>
          <ScoresTable
            model={view.model}
            aggregate={overall}
            gaps={gaps}
            trends={trends.hidden ? null : trends.criteria}
          />
        </div>
      </Stack>
    </section>
  );
}

const rowsOf = (
  rows: readonly ((
    { hidden: true; reason: 'below-threshold' | 'complementary' } | ({ hidden: false } & object)
  ) & {
    key: string;
    name: string;
  })[],
) => rows as GroupRow[];

/** The breakdowns: the heatmap and the portfolios for the full report, the reader's department for a customer. */
function GroupsSection({ view }: { view: ResultsView }) {
  const { t, locale } = useI18n();
  const { results } = view;
  if (view.scope !== 'full') {
    return results.departments.length > 0 ? (
      <GroupTable
        id="results-departments"
        caption={t('ui.results.yourDepartment')}
        label={t('ui.results.group')}
        rows={rowsOf(results.departments.map((d) => ({ ...d, key: d.id, name: groupName(d, t, locale) })))}
      />
    ) : null;
  }
  const full = view.results;
  return (
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
                  view.buyers.find((b) => b.accountId === p.buyerAccountId)?.displayName ?? p.buyerAccountId,
              }),
            })),
          )}
        />
        <Text as="p" size="small" color="color.text.subtle">
          {t('ui.results.suppressionHelp', { k: results.thresholds.k })}
        </Text>
      </Stack>
    </section>
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
      {([1, 2, 3, 4] as const).map((level) => (
        <Text key={level} size="small">
          <span aria-hidden style={swatch(LEVEL_COLOURS[level - 1]!)} />
          {t(SCALE_LABEL[level])}
        </Text>
      ))}
    </Inline>
  );
}
