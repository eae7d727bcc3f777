/**
 * Writing one answer (the survey's own, a self-assessment, or proxy entry): validate against the frozen model,
 * then carry out `planWrite` with a conditional write. Round trips: one read, one conditional write; a lost
 * condition costs one more read to tell a replay from a conflict.
 */
import type { Campaign, Eligibility } from '../../domain/campaign';
import type { EvaluationModel } from '../../domain/model';
import {
  dayOf,
  draftProblems,
  planWrite,
  submitProblems,
  type AnswerProblem,
  type Answers,
  type ResponseContent,
  type ResponseKind,
} from '../../domain/response';
import type { Ports } from '../../ports';
import type { ResponseRef, StoredResponse } from '../../ports/storage';
import type { ResponseView, SaveResultView } from '../../shared/contract/survey';
import type { Reason } from '../../shared/reasons';
import { fail, isFailure, issue, ok, type Failure, type Result } from '../../shared/result';

export interface SaveRequest {
  campaign: Campaign;
  model: EvaluationModel;
  kind: ResponseKind;
  respondentKey: string;
  eligibility: Eligibility;
  answers: Answers;
  departmentId: string | undefined;
  baseRevision: number;
  mode: 'draft' | 'submit';
  proxyBy?: string;
}

export const toResponseView = (response: StoredResponse): ResponseView => ({
  kind: response.kind,
  status: response.status,
  answers: response.answers,
  ...(response.departmentId !== undefined ? { departmentId: response.departmentId } : {}),
  revision: response.revision,
  updatedDay: response.updatedDay,
  enteredByProxy: response.proxyBy !== undefined,
});

const PROBLEM_REASON: Record<AnswerProblem['problem'], Reason> = {
  'unknown-criterion': 'answer.unknownCriterion',
  missing: 'answer.missing',
  'comment-required': 'answer.commentRequired',
  'comment-too-long': 'answer.commentTooLong',
};

const answersInvalid = (problems: AnswerProblem[]): Failure =>
  fail(
    'INVALID_PAYLOAD',
    'answers.invalid',
    undefined,
    problems.slice(0, 20).map((p) => issue(`answers.${p.criterionId}`, PROBLEM_REASON[p.problem])),
  );

/** The department an answer carries: the audience's, or one of the campaign's chosen by an unlisted person. */
function departmentFor(
  request: Pick<SaveRequest, 'campaign' | 'kind' | 'eligibility' | 'departmentId'>,
  stored: StoredResponse | undefined,
  required: boolean,
): string | undefined | Failure {
  if (request.kind === 'self') return undefined;
  if (request.eligibility.kind === 'member') return request.eligibility.departmentId;
  const chosen = request.departmentId ?? stored?.departmentId;
  if (chosen === undefined) {
    return required
      ? fail('INVALID_PAYLOAD', 'department.choose', undefined, [
          issue('departmentId', 'department.chooseField'),
        ])
      : undefined;
  }
  if (!request.campaign.audience.departments.some((d) => d.id === chosen)) {
    return fail('INVALID_PAYLOAD', 'department.notInCampaign', undefined, [
      issue('departmentId', 'department.notInCampaignField'),
    ]);
  }
  return chosen;
}

/** What the save would store, or why it cannot. A submitted answer stays submitted: editing keeps it complete. */
function contentOf(request: SaveRequest, stored: StoredResponse | undefined): ResponseContent | Failure {
  const status = request.mode === 'submit' || stored?.status === 'submitted' ? 'submitted' : 'draft';
  const departmentId = departmentFor(request, stored, status === 'submitted');
  if (isFailure(departmentId)) return departmentId;
  const problems =
    status === 'submitted'
      ? submitProblems(request.model, request.campaign, request.answers)
      : draftProblems(request.model, request.answers);
  if (problems.length > 0) return answersInvalid(problems);
  return {
    status,
    answers: request.answers,
    ...(departmentId !== undefined ? { departmentId } : {}),
    // Anonymous answers never say who entered them (proxy entry is refused there anyway).
    ...(request.proxyBy !== undefined && !request.campaign.anonymous ? { proxyBy: request.proxyBy } : {}),
  };
}

/** One attempt at the plan on top of `current`; 'retry' when someone wrote between the read and the write. */
async function attempt(
  ports: Pick<Ports, 'responses' | 'clock'>,
  request: SaveRequest,
  ref: ResponseRef,
  content: ResponseContent,
  current: StoredResponse | undefined,
): Promise<Result<SaveResultView> | 'retry'> {
  const plan = planWrite(current, request.baseRevision, content);
  if (plan.kind === 'replay') {
    // planWrite only answers a replay when a response is stored.
    return ok({ revision: plan.revision, status: content.status, updatedDay: current?.updatedDay ?? '' });
  }
  if (plan.kind === 'conflict') return fail('CONFLICT', 'survey.conflict');
  const now = ports.clock.now();
  const next: StoredResponse = {
    ...ref,
    ...content,
    revision: plan.revision,
    updatedDay: dayOf(now),
    // Named campaigns keep the instant; anonymous ones nothing finer than the day.
    ...(request.campaign.anonymous ? {} : { updatedAt: now }),
  };
  if (await ports.responses.write(next, plan.expectedRevision)) {
    return ok({ revision: next.revision, status: next.status, updatedDay: next.updatedDay });
  }
  return 'retry';
}

export async function saveAnswer(
  ports: Pick<Ports, 'responses' | 'clock'>,
  request: SaveRequest,
): Promise<Result<SaveResultView>> {
  const ref: ResponseRef = {
    campaignId: request.campaign.id,
    kind: request.kind,
    respondentKey: request.respondentKey,
  };
  const stored = await ports.responses.get(ref);
  const content = contentOf(request, stored);
  if (isFailure(content)) return content;
  const first = await attempt(ports, request, ref, content, stored);
  if (first !== 'retry') return first;
  // An identical concurrent retry is still a replay.
  const second = await attempt(ports, request, ref, content, await ports.responses.get(ref));
  return second === 'retry' ? fail('CONFLICT', 'survey.conflictNow') : second;
}
