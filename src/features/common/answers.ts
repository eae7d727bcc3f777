/**
 * Writing one answer (the survey's own, a self-assessment, or proxy entry). The write goes first, as one
 * transaction conditional on both records: the response (still at the revision the browser saw; for proxy entry,
 * still entered by proxy) and the campaign (still at the revision read: so still open, with the same anonymity;
 * the first answer also marks the campaign answered, which fixes its anonymity). Round trips: the campaign read
 * (done by the caller), the write. Only a lost condition costs reads, to tell a replay, a conflict, a change of the
 * campaign and a customer's own answer apart.
 */
import type { Eligibility } from '../../domain/campaigns';
import { dayOf } from '../../domain/common';
import {
  draftProblems,
  planWrite,
  submitProblems,
  type AnswerProblem,
  type Answers,
  type Questions,
  type ResponseContent,
  type ResponseKind,
} from '../../domain/survey';
import { SMALL_GROUPS, storedDepartmentOf } from '../../domain/participation';
import type { Ports } from '../../ports';
import type { ResponseRef, StoredResponse, WriteExpectation } from '../../ports/survey';
import type { StoredCampaign } from '../../ports/campaigns';
import type { ResponseView, SaveResultView } from '../../shared/contract/survey';
import type { Reason } from '../../shared/reasons';
import { fail, isFailure, issue, ok, type Failure, type Result } from '../../shared/result';
import { campaignMissing } from './access';
import { openForAnswers } from './guards';

export interface SaveRequest {
  campaign: StoredCampaign;
  /** What answers are checked against: the campaign's frozen criterion ids, or its frozen model. */
  questions: Questions;
  kind: ResponseKind;
  respondentKey: string;
  eligibility: Eligibility;
  answers: Answers;
  departmentId: string | undefined;
  baseRevision: number;
  mode: 'draft' | 'submit';
  /** Proxy entry by this buyer: only ever writes over an answer entered by proxy. */
  proxyBy?: string;
  /** The invited customer whose answer this is (ends their pending invitation once submitted); not for self. */
  customerAccountId?: string;
  /** The campaign may have changed between tries: the caller decides again whether the write is still allowed. */
  recheck: (campaign: StoredCampaign) => Failure | undefined;
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
  request: SaveRequest,
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
  // An anonymous answer of a small department was stored in the small-groups bucket: it stays there.
  const bucketed = chosen === SMALL_GROUPS && request.campaign.anonymous;
  if (!bucketed && !request.campaign.audience.departments.some((d) => d.id === chosen)) {
    return fail('INVALID_PAYLOAD', 'department.notInCampaign', undefined, [
      issue('departmentId', 'department.notInCampaignField'),
    ]);
  }
  return chosen;
}

/**
 * What the save would store on top of `stored` (as far as it is known), or why it cannot. A submitted answer
 * stays submitted: editing it while open must keep it complete.
 */
function contentOf(request: SaveRequest, stored: StoredResponse | undefined): ResponseContent | Failure {
  const status = request.mode === 'submit' || stored?.status === 'submitted' ? 'submitted' : 'draft';
  const departmentId = departmentFor(request, stored, status === 'submitted');
  if (isFailure(departmentId)) return departmentId;
  const problems =
    status === 'submitted'
      ? submitProblems(request.questions, request.campaign, request.answers)
      : draftProblems(request.questions, request.answers);
  if (problems.length > 0) return answersInvalid(problems);
  return {
    status,
    answers: request.answers,
    ...(departmentId !== undefined
      ? { departmentId: storedDepartmentOf(request.campaign, departmentId) }
      : {}),
    // Anonymous answers never say who entered them (proxy entry is refused there anyway).
    ...(request.proxyBy !== undefined && !request.campaign.anonymous ? { proxyBy: request.proxyBy } : {}),
  };
}

/** The conditions the stored response must meet for this write (the campaign's are the adapter's). */
const expectation = (request: SaveRequest, content: ResponseContent): WriteExpectation => ({
  revision: request.baseRevision,
  // A draft never turns a submitted answer back into a draft: if one is stored, the write fails and is redone.
  notSubmitted: content.status === 'draft',
  proxyOnly: request.proxyBy !== undefined,
});

async function write(
  ports: Pick<Ports, 'responses' | 'clock'>,
  request: SaveRequest,
  content: ResponseContent,
  revision: number,
): Promise<SaveResultView | undefined> {
  const now = ports.clock.now();
  const next: StoredResponse = {
    campaignId: request.campaign.id,
    kind: request.kind,
    respondentKey: request.respondentKey,
    ...content,
    revision,
    updatedDay: dayOf(now),
    // Named campaigns keep the instant; anonymous ones nothing finer than the day.
    ...(request.campaign.anonymous ? {} : { updatedAt: now }),
  };
  const written = await ports.responses.write(
    next,
    expectation(request, content),
    request.campaign,
    request.customerAccountId,
  );
  return written ? { revision: next.revision, status: next.status, updatedDay: next.updatedDay } : undefined;
}

/** After a lost condition: the fresh campaign and response decide between retry, replay and refusal. */
async function settle(
  ports: Pick<Ports, 'responses' | 'campaigns' | 'clock'>,
  request: SaveRequest,
): Promise<Result<SaveResultView> | { retry: SaveRequest; content: ResponseContent; revision: number }> {
  const ref: ResponseRef = {
    campaignId: request.campaign.id,
    kind: request.kind,
    respondentKey: request.respondentKey,
  };
  const [campaign, stored] = await Promise.all([
    ports.campaigns.read(request.campaign.id),
    ports.responses.get(ref),
  ]);
  if (!campaign) return campaignMissing();
  const refused = openForAnswers(campaign) ?? request.recheck(campaign);
  if (refused) return refused;
  if (campaign.anonymous !== request.campaign.anonymous) return fail('CONFLICT', 'survey.conflictNow');
  // Proxy entry never shows nor replaces what the customer entered themselves.
  if (request.proxyBy !== undefined && stored && stored.proxyBy === undefined) {
    return fail('FORBIDDEN', 'proxy.customerAnswered');
  }
  const retry = { ...request, campaign };
  const content = contentOf(retry, stored);
  if (isFailure(content)) return content;
  const plan = planWrite(stored, request.baseRevision, content);
  if (plan.kind === 'replay') {
    return ok({ revision: plan.revision, status: content.status, updatedDay: stored?.updatedDay ?? '' });
  }
  if (plan.kind === 'conflict') return fail('CONFLICT', 'survey.conflict');
  return { retry, content, revision: plan.revision };
}

/** How many times a lost campaign condition is retried (campaign edits meanwhile, or reads that were stale). */
const ATTEMPTS = 3;

export async function saveAnswer(
  ports: Pick<Ports, 'responses' | 'campaigns' | 'clock'>,
  request: SaveRequest,
): Promise<Result<SaveResultView>> {
  // An unlisted person's department may only be known from what is stored: read it first then.
  const needsStored = request.eligibility.kind === 'choose-department' && request.departmentId === undefined;
  const stored = needsStored
    ? await ports.responses.get({
        campaignId: request.campaign.id,
        kind: request.kind,
        respondentKey: request.respondentKey,
      })
    : undefined;
  let current = request;
  let content = contentOf(request, stored);
  if (isFailure(content)) return content;
  let revision = request.baseRevision + 1;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const written = await write(ports, current, content, revision);
    if (written) return ok(written);
    const next = await settle(ports, current);
    if (!('retry' in next)) return next;
    ({ retry: current, content, revision } = next);
  }
  return fail('CONFLICT', 'survey.conflictNow');
}
