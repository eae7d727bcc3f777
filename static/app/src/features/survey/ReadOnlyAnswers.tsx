/** The answers as text (closed campaign): per criterion the rating and the comment. */
import { useId } from 'react';
import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { Criterion, EvaluationModel } from '@domain/model';
import { answerTo, type Answer, type Answers } from '@domain/survey';
import type { Locale } from '@shared/i18n';
import { useI18n } from '../../app/i18n';
import { SCALE_LABEL } from '../../components/labels';
import { localized } from '../../components/text';
import { UserText } from '../../components/UserText';

export function ReadOnlyAnswers({
  model,
  locale,
  answers,
}: {
  model: EvaluationModel;
  locale: Locale;
  answers: Answers;
}) {
  const baseId = useId();
  return (
    <Stack space="space.300">
      {model.sections.map((section) => {
        const headingId = `${baseId}-${section.id}`;
        return (
          <section key={section.id} aria-labelledby={headingId}>
            <Stack space="space.100">
              <Heading as="h3" size="small" id={headingId}>
                {localized(section.title, locale)}
              </Heading>
              <dl style={{ margin: 0 }}>
                {section.criteria.map((criterion) => (
                  <AnswerItem
                    key={criterion.id}
                    criterion={criterion}
                    locale={locale}
                    answer={answerTo(answers, criterion.id)}
                  />
                ))}
              </dl>
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}

function AnswerItem({
  criterion,
  locale,
  answer,
}: {
  criterion: Criterion;
  locale: Locale;
  answer: Answer | undefined;
}) {
  const { t } = useI18n();
  const rating = !answer
    ? t('ui.survey.readOnly.unanswered')
    : answer.value === 'na'
      ? t('ui.scale.na')
      : t('ui.scale.option', { value: answer.value, label: t(SCALE_LABEL[answer.value]) });
  return (
    <Box
      paddingBlock="space.100"
      style={{ borderBottom: `${token('border.width')} solid ${token('color.border')}` }}
    >
      <dt>
        <Text weight="medium">{localized(criterion.text, locale)}</Text>
      </dt>
      <dd style={{ margin: 0 }}>
        <Text>{rating}</Text>
      </dd>
      {answer?.comment ? (
        <dd style={{ margin: 0 }}>
          <Text color="color.text.subtle">
            <UserText>{t('ui.survey.readOnly.comment', { comment: answer.comment })}</UserText>
          </Text>
        </dd>
      ) : null}
    </Box>
  );
}
