/** survey/getState: everything the macro shows the caller: the campaign, its frozen model, their own answers. */
import { isSupplierEvaluated, type Campaign, type Eligibility } from '../../domain/campaigns';
import { dayOf } from '../../domain/common';
import type { ResponseKind } from '../../domain/survey';
import type { Ports } from '../../ports';
import type { StoredResponse, SurveyEntry } from '../../ports/survey';
import { rolesIn } from '../../domain/roles';
import type { SurveyStateView } from '../../shared/contract/survey';
import { toLocale } from '../../shared/i18n';
import { isFailure, ok, type Result } from '../../shared/result';
import { toResponseView, enterSurvey, frozenModel, respondentKeyOf } from '../common';
import type { Request } from '../router';

const campaignPart = (campaign: Campaign): SurveyStateView['campaign'] => ({
  id: campaign.id,
  name: campaign.name,
  period: campaign.period,
  status: campaign.status,
  opensOn: campaign.opensOn,
  closesOn: campaign.closesOn,
  anonymous: campaign.anonymous,
  commentRequiredAtOrBelow: campaign.commentRequiredAtOrBelow,
  ...(isSupplierEvaluated(campaign) ? { suppliers: true as const } : {}),
  ...(campaign.status === 'closed' && campaign.closedAt !== undefined
    ? { closedOn: dayOf(campaign.closedAt) }
    : {}),
});

/**
 * The caller's own answers: in a named campaign, those read with the campaign (stored under the account id); in an
 * anonymous one, one batch read under the pseudonym: the customer answer, and the self-assessment for the team.
 */
async function ownAnswers(
  ports: Pick<Ports, 'responses'>,
  campaign: Campaign,
  respondentKey: string | undefined,
  isTeam: boolean,
  named: SurveyEntry['named'],
): Promise<(kind: ResponseKind) => StoredResponse | undefined> {
  if (!campaign.anonymous) return (kind) => named[kind];
  const kinds: ResponseKind[] = isTeam ? ['customer', 'self'] : ['customer'];
  const refs =
    respondentKey === undefined
      ? []
      : kinds.map((kind) => ({ campaignId: campaign.id, kind, respondentKey }));
  const found = await ports.responses.getMany(refs);
  return (kind) => found.find((r) => r?.kind === kind);
}

function meOf(
  campaign: Campaign,
  eligibility: Eligibility,
  isTeam: boolean,
  roles: readonly string[],
  departmentId: string | undefined,
): SurveyStateView['me'] {
  return {
    eligibility: eligibility.kind,
    ...(departmentId !== undefined ? { departmentId } : {}),
    isTeam,
    canProxy: isTeam && !campaign.anonymous,
    canSeeParticipation: isTeam || roles.includes('admin') || roles.includes('quality'),
  };
}

export async function getSurveyState(
  request: Request<'survey/getState'>,
  ports: Ports,
): Promise<Result<SurveyStateView>> {
  const { payload, context, accountId } = request;
  // One batch read for the campaign, the roles and the caller's named answers; then the frozen model.
  const entry = await ports.surveyEntry.read(payload.campaignId, accountId);
  const caller = await enterSurvey(ports, request, payload.campaignId, entry);
  if (isFailure(caller)) return caller;
  const { campaign, eligibility, isTeam } = caller;
  const roles = rolesIn(entry.roles, accountId);
  const [model, respondentKey] = await Promise.all([
    frozenModel(ports, campaign),
    respondentKeyOf(ports, campaign, accountId),
  ]);
  if (isFailure(model)) return model;
  if (isFailure(respondentKey)) return respondentKey;
  const own = await ownAnswers(ports, campaign, respondentKey, isTeam, entry.named);
  const response = own('customer');
  const self = own('self');
  const departmentId = eligibility.kind === 'member' ? eligibility.departmentId : response?.departmentId;
  return ok({
    campaign: campaignPart(campaign),
    model,
    locale: toLocale(context.locale),
    me: meOf(campaign, eligibility, isTeam, roles, departmentId),
    departments: campaign.audience.departments.map((d) => ({ id: d.id, name: d.name })),
    response: response ? toResponseView(response) : null,
    selfAssessment: isTeam && self ? toResponseView(self) : null,
  });
}
