/**
 * One person's answer to the campaign (kind `customer`) or the team's self-assessment (kind `self`): the open form
 * (OpenForm), or, once the campaign is closed, the answer read-only.
 */
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives/compiled';
import type { ResponseKind } from '@domain/response';
import type { ResponseView, SurveyStateView } from '@shared/contract/survey';
import { useI18n } from '../../app/i18n';
import { formatDay } from '../../components/format';
import { OpenForm } from './OpenForm';
import { ReadOnlyAnswers } from './ReadOnlyAnswers';
import type { ResponseFormProps } from './use-response-form';

export type { ResponseFormProps } from './use-response-form';

export function ResponseForm(props: ResponseFormProps) {
  const { state, kind, response } = props;
  if (state.campaign.status !== 'open') {
    return <ClosedAnswer state={state} kind={kind} response={response} />;
  }
  return <OpenForm {...props} />;
}

function ClosedAnswer({
  state,
  kind,
  response,
}: {
  state: SurveyStateView;
  kind: ResponseKind;
  response: ResponseView | null;
}) {
  const { t, locale } = useI18n();
  return (
    <Stack space="space.200">
      <SectionMessage appearance="information" headingLevel="h2" title={t('ui.survey.closed.title')}>
        <p>
          {response
            ? t(kind === 'self' ? 'ui.survey.closed.selfAnswers' : 'ui.survey.closed.answers', {
                date: formatDay(state.campaign.closesOn, locale),
              })
            : t('ui.survey.closed.noAnswer', { date: formatDay(state.campaign.closesOn, locale) })}
        </p>
      </SectionMessage>
      {response ? <ReadOnlyAnswers model={state.model} locale={locale} answers={response.answers} /> : null}
    </Stack>
  );
}
