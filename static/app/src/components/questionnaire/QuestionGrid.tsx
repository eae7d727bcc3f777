/** The questionnaire: sections, and per criterion the rating group and the fact-based comment. */
import Heading from '@atlaskit/heading';
import TextArea from '@atlaskit/textarea';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { Criterion, EvaluationModel } from '@domain/model';
import { answerTo, type Answer, type Answers, type AnswerValue } from '@domain/survey';
import type { Locale } from '@shared/i18n';
import { LIMITS } from '@shared/limits';
import { useI18n } from '../../app/i18n';
import { RatingGroup } from '../RatingGroup';
import { localized } from '../text';
import { fieldIds, type FormProblem } from './problems';

const commentRequired = (value: AnswerValue | undefined, threshold: number) =>
  value !== undefined && value !== 'na' && value <= threshold;

const toValue = (raw: string): AnswerValue => (raw === 'na' ? 'na' : (Number(raw) as 1 | 2 | 3 | 4));

export function QuestionGrid({
  prefix,
  model,
  locale,
  answers,
  threshold,
  problems,
  onAnswer,
}: {
  prefix: string;
  model: EvaluationModel;
  locale: Locale;
  answers: Answers;
  threshold: number;
  problems: FormProblem[];
  onAnswer: (criterionId: string, answer: Answer) => void;
}) {
  return (
    <Stack space="space.300">
      {model.sections.map((section) => {
        const headingId = `${prefix}-section-${section.id}`;
        return (
          <section key={section.id} aria-labelledby={headingId}>
            <Stack space="space.150">
              <Heading as="h3" size="small" id={headingId}>
                {localized(section.title, locale)}
              </Heading>
              {section.criteria.map((criterion) => (
                <CriterionCard
                  key={criterion.id}
                  prefix={prefix}
                  criterion={criterion}
                  locale={locale}
                  answer={answerTo(answers, criterion.id)}
                  threshold={threshold}
                  problem={problems.find((p) => p.criterionId === criterion.id)}
                  onAnswer={(answer) => onAnswer(criterion.id, answer)}
                />
              ))}
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}

const cardStyle = (invalid: boolean) => ({
  border: `${token('border.width')} solid ${invalid ? token('color.border.danger') : token('color.border')}`,
  borderRadius: token('radius.medium'),
});

function InlineMessage({ id, tone, children }: { id: string; tone: 'error' | 'help'; children: string }) {
  return (
    <Text as="p" id={id} size="small" color={tone === 'error' ? 'color.text.danger' : 'color.text.subtle'}>
      {children}
    </Text>
  );
}

interface CriterionProps {
  prefix: string;
  criterion: Criterion;
  locale: Locale;
  answer: Answer | undefined;
  threshold: number;
  problem: FormProblem | undefined;
  onAnswer: (answer: Answer) => void;
}

function CriterionCard({ prefix, criterion, locale, answer, threshold, problem, onAnswer }: CriterionProps) {
  const { t } = useI18n();
  const ids = fieldIds(prefix, criterion.id);
  const missing = problem?.problem === 'missing';
  return (
    <Box padding="space.150" style={cardStyle(Boolean(problem))}>
      <Stack space="space.100">
        <Text as="p" id={ids.label} weight="medium">
          {localized(criterion.text, locale)}
        </Text>
        <RatingGroup
          name={ids.rating}
          labelId={ids.label}
          value={answer ? String(answer.value) : null}
          describedBy={missing ? ids.message : undefined}
          isInvalid={missing}
          isRequired
          onChange={(raw) => onAnswer({ ...answer, value: toValue(raw) })}
        />
        {missing ? (
          <InlineMessage id={ids.message} tone="error">
            {t('ui.survey.problem.missing')}
          </InlineMessage>
        ) : null}
        {answer ? (
          <CommentField
            ids={ids}
            answer={answer}
            threshold={threshold}
            problem={problem}
            onAnswer={onAnswer}
          />
        ) : null}
      </Stack>
    </Box>
  );
}

function CommentField({
  ids,
  answer,
  threshold,
  problem,
  onAnswer,
}: {
  ids: ReturnType<typeof fieldIds>;
  answer: Answer;
  threshold: number;
  problem: FormProblem | undefined;
  onAnswer: (answer: Answer) => void;
}) {
  const { t } = useI18n();
  const required = commentRequired(answer.value, threshold);
  const commentProblem = problem?.problem === 'comment-required' || problem?.problem === 'comment-too-long';
  return (
    <Stack space="space.050">
      <label htmlFor={ids.comment}>
        <Text size="small" weight="medium" color="color.text.subtle">
          {required ? t('ui.survey.commentRequiredLabel') : t('ui.survey.commentLabel')}
        </Text>
      </label>
      <TextArea
        id={ids.comment}
        name={ids.comment}
        value={answer.comment ?? ''}
        minimumRows={required ? 2 : 1}
        maxHeight="12em"
        resize="vertical"
        isRequired={required}
        isInvalid={commentProblem}
        aria-invalid={commentProblem ? true : undefined}
        aria-describedby={required || commentProblem ? ids.commentMessage : undefined}
        maxLength={LIMITS.comment}
        onChange={(e) => {
          const comment = e.currentTarget.value;
          onAnswer(comment === '' ? { value: answer.value } : { value: answer.value, comment });
        }}
      />
      {commentProblem ? (
        <InlineMessage id={ids.commentMessage} tone="error">
          {problem?.problem === 'comment-too-long'
            ? t('ui.survey.problem.commentTooLong')
            : t('ui.survey.problem.commentRequired', { level: threshold })}
        </InlineMessage>
      ) : required ? (
        <InlineMessage id={ids.commentMessage} tone="help">
          {t('ui.survey.commentRequiredHelp', { level: threshold })}
        </InlineMessage>
      ) : null}
    </Stack>
  );
}
