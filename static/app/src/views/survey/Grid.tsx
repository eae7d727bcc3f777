/**
 * The questionnaire: sections, and per criterion the rating group and the fact-based comment. Also the read-only
 * rendering of an answer (closed campaign) and the problems summary shown when submitting.
 */
import { useId } from 'react';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { Locale } from '@shared/i18n';
import { criteriaOf, type Criterion, type EvaluationModel } from '../../../../../src/domain/model';
import type { Answer, AnswerProblem, Answers, AnswerValue } from '../../../../../src/domain/response';
import { useI18n } from '../../i18n';
import { RatingGroup } from '../RatingGroup';
import { localized } from '../text';

export type FormProblem = AnswerProblem | { criterionId: ''; problem: 'department' };

/** DOM ids of a criterion's controls, so that a problem can move the focus to them. */
export const fieldIds = (prefix: string, criterionId: string) => ({
  label: `${prefix}-label-${criterionId}`,
  rating: `${prefix}-rating-${criterionId}`,
  comment: `${prefix}-comment-${criterionId}`,
  message: `${prefix}-message-${criterionId}`,
  commentMessage: `${prefix}-comment-message-${criterionId}`,
});

export const departmentFieldId = (prefix: string) => `${prefix}-department`;

/** Moves the focus to the control a problem is about (the selected or first radio; the comment field). */
export function focusProblem(prefix: string, problem: FormProblem): void {
  if (problem.problem === 'department') {
    document.getElementById(departmentFieldId(prefix))?.focus();
    return;
  }
  const ids = fieldIds(prefix, problem.criterionId);
  if (problem.problem === 'comment-required' || problem.problem === 'comment-too-long') {
    document.getElementById(ids.comment)?.focus();
    return;
  }
  const radios = Array.from(document.getElementsByName(ids.rating)) as HTMLInputElement[];
  (radios.find((r) => r.checked) ?? radios[0])?.focus();
}

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
                  answer={answers[criterion.id]}
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

function CriterionCard({
  prefix,
  criterion,
  locale,
  answer,
  threshold,
  problem,
  onAnswer,
}: {
  prefix: string;
  criterion: Criterion;
  locale: Locale;
  answer: Answer | undefined;
  threshold: number;
  problem: FormProblem | undefined;
  onAnswer: (answer: Answer) => void;
}) {
  const { t } = useI18n();
  const ids = fieldIds(prefix, criterion.id);
  const required = commentRequired(answer?.value, threshold);
  const missing = problem?.problem === 'missing';
  const commentProblem = problem?.problem === 'comment-required' || problem?.problem === 'comment-too-long';
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
              maxLength={2000}
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
        ) : null}
      </Stack>
    </Box>
  );
}

/** The answers as text (closed campaign, or a response entered by proxy being reviewed). */
export function ReadOnlyAnswers({
  model,
  locale,
  answers,
}: {
  model: EvaluationModel;
  locale: Locale;
  answers: Answers;
}) {
  const { t } = useI18n();
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
                {section.criteria.map((criterion) => {
                  const answer = answers[criterion.id];
                  const rating = !answer
                    ? t('ui.survey.readOnly.unanswered')
                    : answer.value === 'na'
                      ? t('ui.scale.na')
                      : t('ui.scale.option', { value: answer.value, label: t(`ui.scale.${answer.value}`) });
                  return (
                    <Box
                      key={criterion.id}
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
                            {t('ui.survey.readOnly.comment', { comment: answer.comment })}
                          </Text>
                        </dd>
                      ) : null}
                    </Box>
                  );
                })}
              </dl>
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}

/** What is left to do before submitting, each item moving the focus to its field. */
export function ProblemSummary({
  prefix,
  model,
  locale,
  problems,
  headingRef,
  departmentText,
}: {
  prefix: string;
  model: EvaluationModel;
  locale: Locale;
  problems: FormProblem[];
  headingRef?: React.Ref<HTMLDivElement>;
  /** The missing department's item (default: the respondent's own "Choose your department"). */
  departmentText?: string;
}) {
  const { t } = useI18n();
  const textOf = new Map(
    criteriaOf(model).map(({ criterion }) => [criterion.id, localized(criterion.text, locale)]),
  );
  return (
    <div ref={headingRef} tabIndex={-1}>
      <SectionMessage
        appearance="error"
        headingLevel="h3"
        title={t('ui.survey.problems.title', { count: problems.length })}
      >
        <ul style={{ margin: 0, paddingInlineStart: token('space.250') }}>
          {problems.map((problem) => (
            <li key={`${problem.criterionId}-${problem.problem}`}>
              <a
                href={`#${problem.problem === 'department' ? departmentFieldId(prefix) : problem.problem === 'missing' ? fieldIds(prefix, problem.criterionId).label : fieldIds(prefix, problem.criterionId).comment}`}
                style={{ color: token('color.link') }}
                onClick={(e) => {
                  e.preventDefault();
                  focusProblem(prefix, problem);
                }}
              >
                {problem.problem === 'department'
                  ? (departmentText ?? t('ui.survey.problems.department'))
                  : t(`ui.survey.problems.${problem.problem}`, {
                      criterion: textOf.get(problem.criterionId) ?? problem.criterionId,
                    })}
              </a>
            </li>
          ))}
        </ul>
      </SectionMessage>
    </div>
  );
}
