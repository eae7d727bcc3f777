/** survey/saveDraft and survey/submit: the caller's own answer (customer) or self-assessment (team). */
import { eligibilityOf, isTeamMember, type Campaign } from '../../domain/campaigns';
import type { Ports } from '../../ports';
import type { SaveResultView } from '../../shared/contract/survey';
import { fail, isFailure, type Failure, type Result } from '../../shared/result';
import { saveAnswer, enterSurvey, openForAnswers, questionsOf, respondentKeyOf } from '../common';
import type { Request } from '../router';

/** Whether `accountId` may still write this kind of answer in (a fresh read of) the campaign. */
function answerRefusal(
  campaign: Campaign,
  accountId: string,
  kind: 'customer' | 'self',
  isTeam: boolean,
): Failure | undefined {
  if (kind === 'customer' && eligibilityOf(campaign, accountId).kind === 'not-in-audience') {
    return fail('FORBIDDEN', 'survey.notInAudience');
  }
  // `isTeam` was decided on entering (team role); a fresh read of the campaign may have dropped them from its team.
  if (kind === 'self' && !(isTeam && isTeamMember(campaign, accountId))) {
    return fail('FORBIDDEN', 'survey.selfIsForTeam');
  }
  return undefined;
}

async function answer(
  request: Request<'survey/saveDraft' | 'survey/submit'>,
  ports: Ports,
  mode: 'draft' | 'submit',
): Promise<Result<SaveResultView>> {
  const { payload, accountId } = request;
  const caller = await enterSurvey(ports, request, payload.campaignId);
  if (isFailure(caller)) return caller;
  const { campaign, eligibility, isTeam } = caller;
  const refused = openForAnswers(campaign) ?? answerRefusal(campaign, accountId, payload.kind, isTeam);
  if (refused) return refused;
  const [questions, respondentKey] = await Promise.all([
    questionsOf(ports, campaign),
    respondentKeyOf(ports, campaign, accountId),
  ]);
  if (isFailure(questions)) return questions;
  if (isFailure(respondentKey)) return respondentKey;
  if (respondentKey === undefined) return fail('UNAVAILABLE', 'survey.unavailable');
  return saveAnswer(ports, {
    campaign,
    questions,
    kind: payload.kind,
    respondentKey,
    eligibility,
    answers: payload.answers,
    departmentId: payload.departmentId,
    baseRevision: payload.baseRevision,
    mode,
    ...(payload.kind === 'customer' ? { customerAccountId: accountId } : {}),
    recheck: (fresh) => answerRefusal(fresh, accountId, payload.kind, isTeam),
  });
}

export const saveDraft = (request: Request<'survey/saveDraft'>, ports: Ports) =>
  answer(request, ports, 'draft');

export const submitAnswer = (request: Request<'survey/submit'>, ports: Ports) =>
  answer(request, ports, 'submit');
