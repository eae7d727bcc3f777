/**
 * The panel on an action's Jira issue: which campaign's plan it belongs to, the criteria it answers with their
 * scores (for those the campaign shares its results with), the customers' weighing, and the campaign's page. The
 * issue comes from the panel's context on the server, never from here. Jira's panel is narrow: one column.
 */
import { useState } from 'react';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { IssuePanelView } from '@shared/contract/issue-panel';
import { call } from '../../api/call';
import { describeError } from '../../api/errors';
import { useCall } from '../../api/use-call';
import { useI18n } from '../../app/i18n';
import { formatMean, formatOneDecimal, formatPercent } from '../../components/number-format';
import { LastRefreshed, useLiveRefresh } from '../../components/live';
import { ErrorState, Loading } from '../../components/states';
import { visuallyHidden } from '../../components/layout';
import { cell, headerCell, hiddenCell, numeric, rowBorder, tableStyle } from '../../components/table-style';
import { localized } from '../../components/text';
import { TeamText } from '../../components/UserText';

export default function IssuePanel() {
  const { t } = useI18n();
  const { state, retry } = useCall('issue-panel/get', {});
  if (state.status === 'loading') return <Loading label={t('ui.issuePanel.loading')} />;
  if (state.status === 'error')
    return <ErrorState error={state.error} message={describeError(state.error, t)} onRetry={retry} />;
  if (!state.data.found) {
    return (
      <Text as="p" color="color.text.subtle">
        {t('ui.issuePanel.notAction')}
      </Text>
    );
  }
  return <ActionPanel view={state.data} />;
}

type ActionView = Extract<IssuePanelView, { found: true }>;

function ActionPanel({ view: initial }: { view: ActionView }) {
  const { t, locale } = useI18n();
  const [view, setView] = useState(initial);
  const { refreshedAt } = useLiveRefresh(initial.campaign.id, async () => {
    const result = await call('issue-panel/get', {});
    // No longer an action (deleted meanwhile): keep what is shown; a reload says so.
    if (result.ok && result.data.found) setView(result.data);
    return result.ok && result.data.found;
  });
  return (
    <Stack space="space.200">
      <Stack space="space.050">
        <Text size="small" color="color.text.subtle">
          {t('ui.issuePanel.campaign', {
            name: localized(view.campaign.name, locale),
            period: view.campaign.period,
          })}
        </Text>
        <Heading as="h2" size="small">
          <TeamText text={view.action.title} />
        </Heading>
      </Stack>
      <Stack space="space.100">
        <Heading as="h3" size="xsmall">
          {t('ui.issuePanel.criteria')}
        </Heading>
        {view.criteria.length === 0 ? (
          <Text as="p" color="color.text.subtle">
            {t('ui.issuePanel.noCriteria')}
          </Text>
        ) : view.scoresShown ? (
          <table style={tableStyle}>
            {/* The heading above says what the table is; the caption names it for assistive technology. */}
            <caption style={visuallyHidden}>{t('ui.issuePanel.caption')}</caption>
            <thead>
              <tr style={rowBorder}>
                <th scope="col" style={headerCell}>
                  {t('ui.issuePanel.criterion')}
                </th>
                <th scope="col" style={{ ...headerCell, ...numeric }}>
                  {t('ui.issuePanel.n')}
                </th>
                <th scope="col" style={{ ...headerCell, ...numeric }}>
                  {t('ui.issuePanel.mean')}
                </th>
                <th scope="col" style={{ ...headerCell, ...numeric }}>
                  {t('ui.issuePanel.satisfaction')}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.criteria.map((c) => (
                <tr key={c.id} style={rowBorder}>
                  <th scope="row" style={{ ...cell, fontWeight: token('font.weight.regular') }}>
                    {localized(c.text, locale)}
                  </th>
                  {c.tooFewAnswers ? (
                    <td colSpan={3} style={{ ...hiddenCell, textAlign: 'start' }}>
                      {t('ui.issuePanel.tooFewAnswers')}
                    </td>
                  ) : (
                    <>
                      <td style={numeric}>{c.score ? String(c.score.n) : '—'}</td>
                      <td style={numeric}>{c.score ? formatMean(c.score.mean, locale) : '—'}</td>
                      <td style={numeric}>{c.score ? formatPercent(c.score.satisfaction, locale) : '—'}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <Stack space="space.075">
            <ul style={{ margin: 0, paddingInlineStart: token('space.250') }}>
              {view.criteria.map((c) => (
                <li key={c.id}>{localized(c.text, locale)}</li>
              ))}
            </ul>
            <Text as="p" size="small" color="color.text.subtle">
              {t('ui.issuePanel.scoresHidden')}
            </Text>
          </Stack>
        )}
      </Stack>
      <Text as="p">
        {view.weighing
          ? t('ui.issuePanel.weighing', {
              value: formatOneDecimal(view.weighing.value, locale),
              count: view.weighing.voters,
            })
          : t('ui.issuePanel.noWeighing')}
      </Text>
      {view.pageUrl ? (
        <a
          href={view.pageUrl}
          target="_blank"
          rel="noopener noreferrer"
          style={{ color: token('color.link') }}
        >
          {t('ui.issuePanel.page')}
        </a>
      ) : null}
      <LastRefreshed at={refreshedAt} />
    </Stack>
  );
}
