/**
 * The admin page (`admin-page`, confluence:globalSettings). First slice: what the app is, the evaluation model in
 * use (read-only, from `survey/getModel`), and a note that model and campaign administration come next.
 */
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { SurveyModelView } from '@shared/contract';
import type { AppContext } from '../context';
import { useI18n } from '../i18n';
import { ErrorState, Loading } from './states';
import { localized } from './text';
import { useCall } from './use-call';

export default function AdminView(_props: { ctx: AppContext }) {
  const { t } = useI18n();
  const { state, retry } = useCall('survey/getModel', {});
  return (
    <Stack space="space.300">
      <Stack space="space.100">
        <Heading as="h1" size="xlarge">
          {t('ui.admin.title')}
        </Heading>
        <Text as="p">{t('ui.admin.description')}</Text>
      </Stack>
      <SectionMessage appearance="discovery" title={t('ui.admin.comingTitle')} headingLevel="h2">
        <p>{t('ui.admin.coming')}</p>
      </SectionMessage>
      <section aria-labelledby="admin-model-heading">
        <Stack space="space.200">
          <Heading as="h2" size="large" id="admin-model-heading">
            {t('ui.admin.modelHeading')}
          </Heading>
          {state.status === 'loading' ? <Loading label={t('ui.admin.loading')} /> : null}
          {state.status === 'error' ? <ErrorState error={state.error} onRetry={retry} /> : null}
          {state.status === 'ready' ? <ModelOutline view={state.data} /> : null}
        </Stack>
      </section>
    </Stack>
  );
}

function ModelOutline({ view }: { view: SurveyModelView }) {
  const { t } = useI18n();
  const { campaign, model, locale } = view;
  return (
    <Stack space="space.200">
      <Text as="p" weight="semibold">
        {t('ui.survey.modelVersion', { name: localized(model.name, locale), version: model.version })}
      </Text>
      <Text as="p" color="color.text.subtle">
        {campaign
          ? t('ui.admin.openCampaign', { name: campaign.name, period: campaign.period })
          : t('ui.admin.noCampaign')}
      </Text>
      {model.sections.map((section) => (
        <Box
          key={section.id}
          as="section"
          padding="space.200"
          backgroundColor="elevation.surface.sunken"
          style={{ borderRadius: token('radius.medium') }}
        >
          <Stack space="space.100">
            <Heading as="h3" size="small">
              {localized(section.title, locale)}
              {section.weight !== undefined ? ` (${t('ui.admin.weight', { weight: section.weight })})` : ''}
            </Heading>
            <ol style={{ margin: 0, paddingInlineStart: token('space.300') }}>
              {section.criteria.map((criterion) => (
                <li key={criterion.id}>
                  <Text>
                    {localized(criterion.text, locale)}
                    {criterion.weight !== undefined
                      ? ` (${t('ui.admin.weight', { weight: criterion.weight })})`
                      : ''}
                  </Text>
                </li>
              ))}
            </ol>
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}
