/** What is left to do before submitting, each item moving the focus to its field. */
import type { Ref } from 'react';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { EvaluationModel } from '@domain/model';
import type { AnswerProblem } from '@domain/survey';
import type { Locale } from '@shared/i18n';
import { useI18n, type MessageKey } from '../../app/i18n';
import { criterionTexts } from '../text';
import { focusProblem, problemTargetId, type FormProblem } from './problems';

const PROBLEM_TEXT: Record<AnswerProblem['problem'], MessageKey> = {
  missing: 'ui.survey.problems.missing',
  'comment-required': 'ui.survey.problems.comment-required',
  'comment-too-long': 'ui.survey.problems.comment-too-long',
  'unknown-criterion': 'ui.survey.problems.unknown-criterion',
};

export function ProblemSummary({
  prefix,
  model,
  locale,
  problems,
  headingRef,
  departmentText,
  title,
  intro,
}: {
  prefix: string;
  model: EvaluationModel;
  locale: Locale;
  problems: FormProblem[];
  headingRef?: Ref<HTMLDivElement>;
  /** The missing department's item (default: the respondent's own "Choose your department"). */
  departmentText?: string;
  /** Overrides "Before submitting, check N points" (e.g. edits of a submitted answer that are not sent). */
  title?: string;
  /** A sentence before the list. */
  intro?: string;
}) {
  const { t } = useI18n();
  const textOf = criterionTexts(model, locale);
  return (
    <div ref={headingRef} tabIndex={-1}>
      <SectionMessage
        appearance="error"
        headingLevel="h3"
        title={title ?? t('ui.survey.problems.title', { count: problems.length })}
      >
        {intro ? <p>{intro}</p> : null}
        <ul style={{ margin: 0, paddingInlineStart: token('space.250') }}>
          {problems.map((problem) => (
            <li key={`${problem.criterionId}-${problem.problem}`}>
              <a
                href={`#${problemTargetId(prefix, problem)}`}
                style={{ color: token('color.link') }}
                onClick={(e) => {
                  e.preventDefault();
                  focusProblem(prefix, problem);
                }}
              >
                {problem.problem === 'department'
                  ? (departmentText ?? t('ui.survey.problems.department'))
                  : t(PROBLEM_TEXT[problem.problem], {
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
