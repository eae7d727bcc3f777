/** The survey's header: campaign name, period, close date, status and what happens to the person's name. */
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { SurveyStateView } from '@shared/contract/survey';
import { useI18n } from '../../app/i18n';
import { formatDay } from '../../components/format';

const STATUS_APPEARANCE = { draft: 'default', open: 'inprogress', closed: 'success' } as const;

export function SurveyHeader({ campaign }: { campaign: SurveyStateView['campaign'] }) {
  const { t, locale } = useI18n();
  return (
    <Stack space="space.150">
      <Stack space="space.050">
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Heading as="h1" size="large">
            {campaign.name}
          </Heading>
          <Lozenge appearance={STATUS_APPEARANCE[campaign.status]}>
            {t(`ui.survey.status.${campaign.status}`)}
          </Lozenge>
        </Inline>
        <Text as="p" color="color.text.subtle">
          {[
            t('ui.survey.period', { period: campaign.period }),
            campaign.status === 'draft'
              ? t('ui.survey.opensOn', { date: formatDay(campaign.opensOn, locale) })
              : campaign.status === 'open'
                ? t('ui.survey.closesOn', { date: formatDay(campaign.closesOn, locale) })
                : t('ui.survey.closedOn', { date: formatDay(campaign.closesOn, locale) }),
          ].join(' · ')}
        </Text>
      </Stack>
      {campaign.status !== 'draft' ? (
        <SectionMessage appearance="information">
          <p>{campaign.anonymous ? t('ui.survey.anonymous') : t('ui.survey.named')}</p>
        </SectionMessage>
      ) : null}
    </Stack>
  );
}
