/**
 * The survey's header: campaign name, status, period and the day that matters (opening day, close day, or the day
 * it was really closed); and, with the answers, what happens to the person's name, worded for customers or for the
 * campaign's team.
 */
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { SurveyStateView } from '@shared/contract/survey';
import { useI18n, type Translate } from '../../app/i18n';
import { formatDay } from '../../components/dates';
import { CampaignStatusLozenge } from '../../components/CampaignStatusLozenge';
import type { Locale } from '@shared/i18n';
import { UserText } from '../../components/UserText';
import { localized } from '../../components/text';

type CampaignPart = SurveyStateView['campaign'];

/** The day the campaign was really closed, or, from a server that does not say, the planned close day. */
export const closedDay = (campaign: CampaignPart): string => campaign.closedOn ?? campaign.closesOn;

function dayLine(campaign: CampaignPart, t: Translate, locale: Locale): string {
  switch (campaign.status) {
    case 'draft':
      return t('ui.survey.opensOn', { date: formatDay(campaign.opensOn, locale) });
    case 'scheduled':
      return t('ui.survey.scheduledOn', { date: formatDay(campaign.opensOn, locale) });
    case 'open':
      return t('ui.survey.closesOn', { date: formatDay(campaign.closesOn, locale) });
    case 'closed':
      return t('ui.survey.closedOn', { date: formatDay(closedDay(campaign), locale) });
  }
}

export function SurveyHeader({ campaign }: { campaign: CampaignPart }) {
  const { t, locale } = useI18n();
  return (
    <Stack space="space.050">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Heading as="h1" size="large">
          <UserText>{localized(campaign.name, locale)}</UserText>
        </Heading>
        <CampaignStatusLozenge status={campaign.status} wording="survey" />
      </Inline>
      <Text as="p" color="color.text.subtle">
        {[t('ui.survey.period', { period: campaign.period }), dayLine(campaign, t, locale)].join(' · ')}
      </Text>
    </Stack>
  );
}

/**
 * What happens to the person's name in their answers, shown with the answers (once the campaign is open). It is
 * about the answers only: the weighing of a closed campaign, above them, is kept without names in any campaign.
 */
export function NamingNotice({ campaign, isTeam }: { campaign: CampaignPart; isTeam: boolean }) {
  const { t } = useI18n();
  if (campaign.status !== 'open' && campaign.status !== 'closed') return null;
  const named = isTeam ? t('ui.survey.namedTeam') : t('ui.survey.named');
  return (
    <SectionMessage appearance="information">
      <p>{campaign.anonymous ? t('ui.survey.anonymous') : named}</p>
    </SectionMessage>
  );
}
