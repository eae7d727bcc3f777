/**
 * Survey answers and the rules they follow. Pure data and functions: no I/O, no Forge import.
 */
import type { Campaign } from '../campaigns';
import { criteriaOf, type EvaluationModel, type Rating } from '../model';

/** A rating on the 4-level scale, or "not applicable" (left out of every count). */
export type AnswerValue = Rating | 'na';

export interface Answer {
  value: AnswerValue;
  /** The fact-based comment; required at or below the campaign's threshold. */
  comment?: string;
}

export type Answers = Record<string, Answer>;

/** `customer`: an internal customer's answer. `self`: a procurement team member's self-assessment. */
export type ResponseKind = 'customer' | 'self';
export type ResponseStatus = 'draft' | 'submitted';

export const MAX_COMMENT_LENGTH = 2000;

/**
 * The answer to one criterion, looked up among the object's own keys only: a criterion id such as
 * `constructor` or `valueOf` must not find Object.prototype's members.
 */
export const answerTo = (answers: Answers, criterionId: string): Answer | undefined =>
  Object.hasOwn(answers, criterionId) ? answers[criterionId] : undefined;

export type AnswerProblem =
  | { criterionId: string; problem: 'unknown-criterion' }
  | { criterionId: string; problem: 'missing' }
  | { criterionId: string; problem: 'comment-required' }
  | { criterionId: string; problem: 'comment-too-long' };

/** What answers are checked against: the frozen model, or just its criterion ids in order. */
export type Questions = EvaluationModel | readonly string[];

const isModel = (questions: Questions): questions is EvaluationModel => 'sections' in questions;

const criterionIdsOf = (questions: Questions): readonly string[] =>
  isModel(questions) ? criteriaOf(questions).map(({ criterion }) => criterion.id) : questions;

/**
 * A comment of only spaces and characters that draw nothing (format characters such as zero-width spaces and bidi
 * marks, fillers, the braille blank) is no comment.
 */
const INVISIBLE = /[\s\p{Cf}\u115F\u2800\u3164\uFFA0]|\u034F|\u1160|\u17B4|\u17B5/gu;
export const isBlank = (text: string | undefined): boolean =>
  (text ?? '').replace(INVISIBLE, '').length === 0;

/** Problems that make a draft unsavable: answers to criteria the model does not have, oversized comments. */
export function draftProblems(questions: Questions, answers: Answers): AnswerProblem[] {
  const known = new Set(criterionIdsOf(questions));
  const problems: AnswerProblem[] = [];
  for (const [criterionId, answer] of Object.entries(answers)) {
    if (!known.has(criterionId)) problems.push({ criterionId, problem: 'unknown-criterion' });
    else if ((answer.comment ?? '').length > MAX_COMMENT_LENGTH)
      problems.push({ criterionId, problem: 'comment-too-long' });
  }
  return problems;
}

/** Problems that prevent submitting: a draft's problems plus unanswered criteria and missing required comments. */
export function submitProblems(
  questions: Questions,
  campaign: Pick<Campaign, 'commentRequiredAtOrBelow'>,
  answers: Answers,
): AnswerProblem[] {
  const problems = draftProblems(questions, answers);
  for (const criterionId of criterionIdsOf(questions)) {
    const answer = answerTo(answers, criterionId);
    if (!answer) {
      problems.push({ criterionId, problem: 'missing' });
      continue;
    }
    if (
      answer.value !== 'na' &&
      answer.value <= campaign.commentRequiredAtOrBelow &&
      isBlank(answer.comment)
    ) {
      problems.push({ criterionId, problem: 'comment-required' });
    }
  }
  return problems;
}

/** Answered criteria out of all criteria of the model: the survey's progress bar. */
export function progressOf(model: EvaluationModel, answers: Answers): { answered: number; total: number } {
  const all = criteriaOf(model);
  return {
    answered: all.filter(({ criterion }) => answerTo(answers, criterion.id) !== undefined).length,
    total: all.length,
  };
}

/** What decides whether a save is the same as one already applied (a replay). */
export interface ResponseContent {
  status: ResponseStatus;
  answers: Answers;
  departmentId?: string;
  proxyBy?: string;
}

/** Two sets of answers are equal whatever the order of their criteria; an empty comment equals no comment. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((id) => {
    const x = answerTo(a, id);
    const y = answerTo(b, id);
    return (
      x !== undefined && y !== undefined && x.value === y.value && (x.comment ?? '') === (y.comment ?? '')
    );
  });
}

export const sameContent = (a: ResponseContent, b: ResponseContent): boolean =>
  a.status === b.status &&
  (a.departmentId ?? '') === (b.departmentId ?? '') &&
  (a.proxyBy ?? '') === (b.proxyBy ?? '') &&
  sameAnswers(a.answers, b.answers);

/**
 * Optimistic concurrency for one response (one person, campaign and kind). The browser sends the revision it last
 * saw: the write applies only on top of exactly that revision (0: nothing stored yet). A call whose content is
 * already stored at `baseRevision + 1` is a replay of an applied save (a retry after a lost acknowledgement): it
 * succeeds without writing. Anything else is stale and must not overwrite an acknowledged answer.
 */
export type WritePlan =
  | { kind: 'write'; expectedRevision: number; revision: number }
  | { kind: 'replay'; revision: number }
  | { kind: 'conflict'; storedRevision: number };

export function planWrite(
  stored: (ResponseContent & { revision: number }) | undefined,
  baseRevision: number,
  next: ResponseContent,
): WritePlan {
  const storedRevision = stored?.revision ?? 0;
  if (storedRevision === baseRevision) {
    return { kind: 'write', expectedRevision: baseRevision, revision: baseRevision + 1 };
  }
  if (stored && storedRevision === baseRevision + 1 && sameContent(stored, next)) {
    return { kind: 'replay', revision: storedRevision };
  }
  return { kind: 'conflict', storedRevision };
}
