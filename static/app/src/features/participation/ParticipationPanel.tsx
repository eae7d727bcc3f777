/**
 * Participation (the campaign's team, admins, quality managers): response rates overall, per department and per
 * buyer portfolio. Who has not answered (named campaigns) is for the campaign's team only, the buyers who follow up
 * with their customers; others see rates only. Remind is offered while the campaign is open. In anonymous campaigns
 * a group under the minimum size shows "Below threshold" (never 0 or empty), with why.
 */
import type { LocalizedText } from '@domain/model';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { CampaignStatus } from '@domain/campaigns';
import type { ParticipationView } from '@shared/contract/participation';
import { useCall } from '../../api/use-call';
import { useI18n } from '../../app/i18n';
import { formatRate } from '../../components/number-format';
import { ErrorState, Loading } from '../../components/states';
import { PendingPortfolios, type ReminderCampaign } from './PendingPortfolios';
import { RateTable } from './RateTable';
import { localized } from '../../components/text';

export interface ParticipationProps {
  campaign: { id: string; name: LocalizedText; closesOn: string; status: CampaignStatus };
  /** A member of the campaign's team (from the survey state: the participation view does not say). */
  isTeam: boolean;
  accountId: string | undefined;
}

export default function ParticipationPanel(props: ParticipationProps) {
  const { t } = useI18n();
  const { state, retry, refresh } = useCall('participation/get', { campaignId: props.campaign.id });
  if (state.status === 'loading') return <Loading label={t('ui.participation.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  return <Participation view={state.data} {...props} onReminded={refresh} />;
}

function Participation({
  view,
  campaign,
  isTeam,
  accountId,
  onReminded,
}: ParticipationProps & { view: ParticipationView; onReminded: () => void }) {
  const { t, locale } = useI18n();
  const reminder: ReminderCampaign = {
    id: campaign.id,
    name: localized(campaign.name, locale),
    closesOn: campaign.closesOn,
    closed: campaign.status === 'closed',
  };
  return (
    <Stack space="space.300">
      <Heading as="h2" size="medium">
        {t('ui.participation.title')}
      </Heading>
      <Text as="p" size="large" weight="medium">
        {view.overall.hidden
          ? t('ui.participation.overallHidden', {
              invited: view.overall.invited,
              count: view.overall.invited,
            })
          : t('ui.participation.overall', {
              rate: formatRate(view.overall.responded, view.overall.invited, locale),
              responded: view.overall.responded,
              invited: view.overall.invited,
              count: view.overall.invited,
            })}
      </Text>
      {view.departments.length > 0 || view.unlisted ? (
        <RateTable
          id="participation-departments"
          caption={t('ui.participation.byDepartment')}
          groupLabel={t('ui.participation.department')}
          threshold={view.threshold}
          rows={[
            ...view.departments.map((d) => ({
              key: `department-${d.id}`,
              name: localized(d.name, locale),
              invited: d.invited,
              responded: d.responded,
            })),
            ...(view.unlisted
              ? [{ key: 'unlisted', name: t('ui.participation.notListed'), ...view.unlisted }]
              : []),
          ]}
        />
      ) : null}
      {view.portfolios.length > 0 ? (
        <RateTable
          id="participation-portfolios"
          caption={t('ui.participation.byPortfolio')}
          groupLabel={t('ui.participation.buyer')}
          threshold={view.threshold}
          rows={view.portfolios.map((p) => ({
            key: p.buyer.accountId,
            name: p.buyer.displayName,
            invited: p.invited,
            responded: p.responded,
          }))}
        />
      ) : null}
      {view.reminders.sent > 0 ? (
        <Text as="p" color="color.text.subtle">
          {t('ui.participation.remindersSent', { count: view.reminders.sent, people: view.reminders.people })}
        </Text>
      ) : null}
      {view.anonymous ? (
        <SectionMessage appearance="information">
          <p>{t('ui.participation.anonymous')}</p>
        </SectionMessage>
      ) : isTeam ? (
        <PendingPortfolios view={view} campaign={reminder} accountId={accountId} onReminded={onReminded} />
      ) : (
        <Text as="p" color="color.text.subtle">
          {t('ui.participation.namesForTeam')}
        </Text>
      )}
    </Stack>
  );
}
