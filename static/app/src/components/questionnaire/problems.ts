/**
 * What stops an answer from being submitted, as the questionnaire shows it: the domain's answer problems plus a
 * missing department (someone of the audience listed in none), and the DOM ids a problem moves the focus to.
 */
import type { Campaign } from '@domain/campaigns';
import type { EvaluationModel } from '@domain/model';
import { submitProblems, type AnswerProblem, type Answers } from '@domain/survey';

export type FormProblem = AnswerProblem | { criterionId: ''; problem: 'department' };

/** The problems of `answers`, the missing department first when the respondent must choose one. */
export function formProblems(
  model: EvaluationModel,
  campaign: Pick<Campaign, 'commentRequiredAtOrBelow'>,
  answers: Answers,
  department: { required: boolean; value: string | undefined },
): FormProblem[] {
  return [
    ...(department.required && !department.value
      ? [{ criterionId: '' as const, problem: 'department' as const }]
      : []),
    ...submitProblems(model, campaign, answers),
  ];
}

/** DOM ids of a criterion's controls, so that a problem can move the focus to them. */
export const fieldIds = (prefix: string, criterionId: string) => ({
  label: `${prefix}-label-${criterionId}`,
  rating: `${prefix}-rating-${criterionId}`,
  comment: `${prefix}-comment-${criterionId}`,
  message: `${prefix}-message-${criterionId}`,
  commentMessage: `${prefix}-comment-message-${criterionId}`,
});

export const departmentFieldId = (prefix: string) => `${prefix}-department`;

/** The element a problem's link points at. */
export function problemTargetId(prefix: string, problem: FormProblem): string {
  if (problem.problem === 'department') return departmentFieldId(prefix);
  const ids = fieldIds(prefix, problem.criterionId);
  return problem.problem === 'missing' ? ids.label : ids.comment;
}

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
