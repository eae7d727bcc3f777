/** survey/saveDraft and survey/submit: the caller's own answer (customer) or self-assessment (team). */
import { eligibilityOf, isTeamMember } from '../../domain/campaign';
import type { Ports } from '../../ports';
import type { SaveResultView } from '../../shared/contract/survey';
import { fail, isFailure, type Result } from '../../shared/result';
import { saveAnswer } from '../common/answers';
import { boundCampaign, frozenModel, openForAnswers, respondentKeyOf } from '../common/guards';
import type { Request } from '../router';

async function answer(
  { payload, context, accountId }: Request<'survey/saveDraft' | 'survey/submit'>,
  ports: Ports,
  mode: 'draft' | 'submit',
): Promise<Result<SaveResultView>> {
  const campaign = await boundCampaign(ports, payload.campaignId, context);
  if (isFailure(campaign)) return campaign;
  const closed = openForAnswers(campaign);
  if (closed) return closed;
  const eligibility = eligibilityOf(campaign, accountId);
  if (payload.kind === 'customer' && eligibility.kind === 'not-in-audience') {
    return fail('FORBIDDEN', 'survey.notInAudience');
  }
  if (payload.kind === 'self' && !isTeamMember(campaign, accountId)) {
    return fail('FORBIDDEN', 'survey.selfIsForTeam');
  }
  const [model, respondentKey] = await Promise.all([
    frozenModel(ports, campaign),
    respondentKeyOf(ports, campaign, accountId),
  ]);
  if (isFailure(model)) return model;
  if (isFailure(respondentKey)) return respondentKey;
  if (respondentKey === undefined) return fail('UNAVAILABLE', 'survey.unavailable');
  return saveAnswer(ports, {
    campaign,
    model,
    kind: payload.kind,
    respondentKey,
    eligibility,
    answers: payload.answers,
    departmentId: payload.departmentId,
    baseRevision: payload.baseRevision,
    mode,
  });
}

export const saveDraft = (request: Request<'survey/saveDraft'>, ports: Ports) =>
  answer(request, ports, 'draft');

export const submitAnswer = (request: Request<'survey/submit'>, ports: Ports) =>
  answer(request, ports, 'submit');
