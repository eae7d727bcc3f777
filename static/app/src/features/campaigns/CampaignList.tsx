/** The campaigns table (`campaigns/list`). A row (or its name, the keyboard stop) opens the campaign. */
import type { MouseEvent } from 'react';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { CampaignSummaryView } from '@shared/contract/campaigns';
import { useI18n, type MessageKey } from '../../app/i18n';
import { ErrorState, Loading } from '../../components/states';
import { useCall } from '../../api/use-call';
import { formatDayMedium } from '../../components/dates';
import { CampaignStatusLozenge } from '../../components/CampaignStatusLozenge';
import { localized } from '../../components/text';
import { UserText } from '../../components/UserText';
import { linkButton } from '../../components/link-button';

const cell = {
  padding: `${token('space.100')} ${token('space.150')}`,
  borderBottom: `${token('border.width')} solid ${token('color.border')}`,
  textAlign: 'start',
  verticalAlign: 'middle',
} as const;

const nameButton = linkButton;

/** A closed campaign can no longer be placed on a page (binding/bind refuses it): not "yet". */
const pageState = (c: CampaignSummaryView): MessageKey =>
  c.bound
    ? 'ui.admin.campaigns.bound'
    : c.status === 'closed'
      ? 'ui.admin.campaigns.neverBound'
      : 'ui.admin.campaigns.unbound';

export function CampaignList({
  canCreate,
  onOpen,
  onCreate,
  onViewResults,
  onViewPlan,
}: {
  canCreate: boolean;
  onOpen: (campaignId: string) => void;
  onCreate: () => void;
  /** A closed campaign's "View results": the page shows its results tab. */
  onViewResults: (campaignId: string) => void;
  /** A closed campaign's "Plan": the page shows its improvement plan. */
  onViewPlan: (campaignId: string) => void;
}) {
  const { t, locale } = useI18n();
  const { state, retry } = useCall('campaigns/list', {});

  return (
    <Stack space="space.200">
      <Inline spread="space-between" alignBlock="center">
        <Heading as="h2" size="medium" id="campaigns-heading">
          {t('ui.admin.campaigns.heading')}
        </Heading>
        {canCreate ? (
          <Button appearance="primary" onClick={onCreate}>
            {t('ui.admin.campaigns.create')}
          </Button>
        ) : null}
      </Inline>
      {state.status === 'loading' ? <Loading label={t('ui.admin.campaigns.loading')} /> : null}
      {state.status === 'error' ? <ErrorState error={state.error} onRetry={retry} /> : null}
      {state.status === 'ready' && state.data.length === 0 ? (
        <Text as="p" color="color.text.subtle">
          {canCreate ? t('ui.admin.campaigns.emptyAdmin') : t('ui.admin.campaigns.empty')}
        </Text>
      ) : null}
      {state.status === 'ready' && state.data.length > 0 ? (
        <Table
          campaigns={state.data}
          onOpen={onOpen}
          onViewResults={onViewResults}
          onViewPlan={onViewPlan}
          locale={locale}
        />
      ) : null}
    </Stack>
  );
}

function Table({
  campaigns,
  onOpen,
  onViewResults,
  onViewPlan,
  locale,
}: {
  campaigns: CampaignSummaryView[];
  onOpen: (id: string) => void;
  onViewResults: (id: string) => void;
  onViewPlan: (id: string) => void;
  locale: 'en-US' | 'fr-FR';
}) {
  const { t } = useI18n();
  const columns: MessageKey[] = [
    'ui.admin.campaigns.column.name',
    'ui.admin.campaigns.column.period',
    'ui.admin.campaigns.column.status',
    'ui.admin.campaigns.column.opens',
    'ui.admin.campaigns.column.closes',
    'ui.admin.campaigns.column.answers',
    'ui.admin.campaigns.column.page',
    'ui.admin.campaigns.column.results',
  ];
  // The plan's column is worded by the plan's strings (ui.plan), the others by the campaigns'.
  const headers = [...columns.map((c) => t(c)), t('ui.plan.column')];
  // The name is a real button (keyboard, screen readers); a click anywhere else on the row does the same.
  const rowClick = (id: string) => (e: MouseEvent<HTMLTableRowElement>) => {
    if ((e.target as HTMLElement).closest('button')) return;
    onOpen(id);
  };
  return (
    <div style={{ overflowX: 'auto' }}>
      <table aria-labelledby="campaigns-heading" style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            {headers.map((header) => (
              <th
                key={header}
                scope="col"
                style={{ ...cell, color: token('color.text.subtle'), font: token('font.heading.xxsmall') }}
              >
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {campaigns.map((c) => (
            <tr key={c.id} onClick={rowClick(c.id)} style={{ cursor: 'pointer' }}>
              <td style={cell}>
                <button type="button" style={nameButton} onClick={() => onOpen(c.id)}>
                  <UserText>{localized(c.name, locale)}</UserText>
                </button>
              </td>
              <td style={cell}>{c.period}</td>
              <td style={cell}>
                <CampaignStatusLozenge status={c.status} />
              </td>
              <td style={{ ...cell, whiteSpace: 'nowrap' }}>{formatDayMedium(c.opensOn, locale)}</td>
              <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                {/* A closed campaign: the day it was really closed (by hand or by the scheduled job). */}
                {formatDayMedium(c.closedOn ?? c.closesOn, locale)}
              </td>
              <td style={cell}>
                {t(c.anonymous ? 'ui.admin.campaigns.anonymous' : 'ui.admin.campaigns.named')}
              </td>
              <td style={cell}>{t(pageState(c))}</td>
              <td style={cell}>
                {c.status === 'closed' ? (
                  <Button
                    appearance="subtle"
                    spacing="compact"
                    aria-label={t('ui.admin.campaigns.viewResultsOf', { name: localized(c.name, locale) })}
                    onClick={() => onViewResults(c.id)}
                  >
                    {t('ui.admin.campaigns.viewResults')}
                  </Button>
                ) : null}
              </td>
              <td style={cell}>
                {c.status === 'closed' ? (
                  <Button
                    appearance="subtle"
                    spacing="compact"
                    aria-label={t('ui.plan.openOf', { name: localized(c.name, locale) })}
                    onClick={() => onViewPlan(c.id)}
                  >
                    {t('ui.plan.open')}
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
