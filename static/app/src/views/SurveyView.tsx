/**
 * The survey macro (`survey-macro`). First slice: shows the campaign and the evaluation model with a rating group
 * per criterion. Answers are kept in the page only; drafts and submission come with a later issue.
 */
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { SurveyModelView } from '@shared/contract';
import type { AppContext } from '../context';
import { useI18n } from '../i18n';
import { RatingGroup } from './RatingGroup';
import { ErrorState, Loading } from './states';
import { localized } from './text';
import { useCall } from './use-call';

export default function SurveyView({ ctx }: { ctx: AppContext }) {
  const { t } = useI18n();
  const { state, retry } = useCall('survey/getModel', ctx.campaignId ? { campaignId: ctx.campaignId } : {});
  if (state.status === 'loading') return <Loading label={t('ui.survey.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  return <Survey view={state.data} />;
}

function Survey({ view }: { view: SurveyModelView }) {
  const { t } = useI18n();
  const { campaign, model, locale } = view;
  return (
    <Stack space="space.300">
      <Stack space="space.100">
        <Heading as="h1" size="large">
          {campaign ? campaign.name : t('ui.survey.noCampaign')}
        </Heading>
        {campaign ? <Text as="p">{t('ui.survey.period', { period: campaign.period })}</Text> : null}
        <Text as="p" color="color.text.subtle">
          {t('ui.survey.modelVersion', { name: localized(model.name, locale), version: model.version })}
        </Text>
      </Stack>
      <SectionMessage appearance="information">
        <p>{campaign ? t('ui.survey.notSaved') : t('ui.survey.preview')}</p>
      </SectionMessage>
      {model.sections.map((section) => {
        const headingId = `section-${section.id}`;
        return (
          <section key={section.id} aria-labelledby={headingId}>
            <Stack space="space.150">
              <Heading as="h2" size="medium" id={headingId}>
                {localized(section.title, locale)}
              </Heading>
              {section.criteria.map((criterion) => {
                const labelId = `criterion-${criterion.id}`;
                return (
                  <Box
                    key={criterion.id}
                    padding="space.150"
                    style={{
                      border: `${token('border.width')} solid ${token('color.border')}`,
                      borderRadius: token('radius.medium'),
                    }}
                  >
                    <Stack space="space.100">
                      <Text as="p" id={labelId} weight="medium">
                        {localized(criterion.text, locale)}
                      </Text>
                      <RatingGroup name={`rating-${criterion.id}`} labelId={labelId} />
                    </Stack>
                  </Box>
                );
              })}
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}
