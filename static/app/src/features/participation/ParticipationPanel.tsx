/**
 * Participation (buyers, admins): response rates overall, per department and per buyer portfolio, and in named
 * campaigns who has not answered yet, with a Remind action that copies the ready reminder (subject, body, page link).
 * In anonymous campaigns a group under the minimum size shows "Below threshold" (never 0 or empty), with why.
 */
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { ParticipationView } from '@shared/contract/participation';
import { useCall } from '../../api/use-call';
import { useI18n } from '../../app/i18n';
import { formatRate } from '../../components/format';
import { ErrorState, Loading } from '../../components/states';
import { PendingPortfolios } from './PendingPortfolios';
import { RateTable } from './RateTable';

export default function ParticipationPanel({
  campaignId,
  accountId,
}: {
  campaignId: string;
  accountId: string | undefined;
}) {
  const { t } = useI18n();
  const { state, retry } = useCall('participation/get', { campaignId });
  if (state.status === 'loading') return <Loading label={t('ui.participation.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  return <Participation view={state.data} accountId={accountId} />;
}

function Participation({ view, accountId }: { view: ParticipationView; accountId: string | undefined }) {
  const { t, locale } = useI18n();
  return (
    <Stack space="space.300">
      <Heading as="h2" size="medium">
        {t('ui.participation.title')}
      </Heading>
      <Text as="p" size="large" weight="medium">
        {t('ui.participation.overall', {
          rate: formatRate(view.overall.responded, view.overall.invited, locale),
          responded: view.overall.responded,
          invited: view.overall.invited,
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
              name: d.name,
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
      {view.anonymous ? (
        <SectionMessage appearance="information">
          <p>{t('ui.participation.anonymous')}</p>
        </SectionMessage>
      ) : (
        <PendingPortfolios view={view} accountId={accountId} />
      )}
    </Stack>
  );
}
