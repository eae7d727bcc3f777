/**
 * One person's answer to the campaign (kind `customer`) or the team's self-assessment (kind `self`): the open form
 * (OpenForm), or, once the campaign is closed, the answer read-only.
 */
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives/compiled';
import type { ResponseKind } from '@domain/survey';
import type { ResponseView, SurveyStateView } from '@shared/contract/survey';
import { useI18n, type MessageKey } from '../../app/i18n';
import { formatDay } from '../../components/dates';
import { closedDay } from './Header';
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

/** What the closed campaign says about this answer: submitted (final), a draft never submitted (not counted), none. */
function closedMessageKey(kind: ResponseKind, response: ResponseView | null): MessageKey {
  if (!response) return 'ui.survey.closed.noAnswer';
  if (response.status !== 'submitted')
    return kind === 'self' ? 'ui.survey.closed.selfDraftNotCounted' : 'ui.survey.closed.draftNotCounted';
  return kind === 'self' ? 'ui.survey.closed.selfAnswers' : 'ui.survey.closed.answers';
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
  const notCounted = response !== null && response.status !== 'submitted';
  return (
    <Stack space="space.200">
      <SectionMessage
        appearance={notCounted ? 'warning' : 'information'}
        headingLevel="h2"
        title={t('ui.survey.closed.title')}
      >
        <p>{t(closedMessageKey(kind, response), { date: formatDay(closedDay(state.campaign), locale) })}</p>
      </SectionMessage>
      {response ? <ReadOnlyAnswers model={state.model} locale={locale} answers={response.answers} /> : null}
    </Stack>
  );
}
