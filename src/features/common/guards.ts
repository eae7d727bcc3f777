/**
 * Guards that several features need: campaign access, the macro binding, the respondent key and "open for
 * answers". Each answers the value it guards or a typed Failure, so a use case reads as a sequence of checks.
 */
import { z } from 'zod';
import { eligibilityOf, isTeamMember, type Campaign, type Eligibility } from '../../domain/campaigns';
import type { EvaluationModel } from '../../domain/model';
import type { Ports } from '../../ports';
import type { StoredCampaign } from '../../ports/campaigns';
import type { SurveyEntry } from '../../ports/survey';
import { rolesIn } from '../../domain/roles';
import { fail, isFailure, type Failure } from '../../shared/result';
import type { InvocationContext, Request } from '../router';
import { applyPolicy, campaignMissing } from './access';

export const staleCampaign = (): Failure => fail('CONFLICT', 'campaign.stale');

/** What the browser says about where a survey call comes from: parsed, then compared with the recorded binding. */
const surveyCallSchema = z.object({
  localId: z.string().min(1).max(256),
  extension: z.object({
    content: z.object({ id: z.union([z.string().min(1).max(64), z.number().int().nonnegative()]) }),
  }),
});

/** The call comes from the page and macro instance the campaign is bound to. */
export function checkBinding(campaign: Campaign, context: InvocationContext): Failure | undefined {
  if (!campaign.binding) return fail('FORBIDDEN', 'survey.notSetUp');
  const parsed = surveyCallSchema.safeParse({ localId: context.localId, extension: context.extension });
  if (!parsed.success) return fail('FORBIDDEN', 'survey.otherPage');
  const contentId = String(parsed.data.extension.content.id);
  if (contentId !== campaign.binding.contentId || parsed.data.localId !== campaign.binding.localId) {
    return fail('FORBIDDEN', 'survey.otherPage');
  }
  return undefined;
}

/** The call carries a macro's context (or says it comes from the macro module). */
export const fromMacro = (context: InvocationContext): boolean =>
  context.moduleKey === 'survey-macro' ||
  (typeof context.extension === 'object' &&
    context.extension !== null &&
    'content' in (context.extension as Record<string, unknown>));

/** The page and macro instance a binding records: stricter than a survey call, since it is stored. */
const placementSchema = z.object({
  localId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
  extension: z.object({ content: z.object({ id: z.string().regex(/^[1-9][0-9]{0,18}$/) }) }),
});

export function macroPlacement(
  context: InvocationContext,
): { contentId: string; localId: string } | undefined {
  const parsed = placementSchema.safeParse(context);
  if (!parsed.success) return undefined;
  return { contentId: parsed.data.extension.content.id, localId: parsed.data.localId };
}

/** Who the caller is for a survey: their place in the audience, and whether they are this campaign's team. */
export interface SurveyCaller {
  campaign: StoredCampaign;
  eligibility: Eligibility;
  /** Listed in the campaign's team *and* holding the app's team role: removing the role removes the access. */
  isTeam: boolean;
}

/**
 * The campaign of a survey call, and who the caller is for it. Refused with one answer — "does not exist" — to
 * everyone who is not entitled to it (not in its audience, not its team, not an admin or quality manager), so that
 * nobody learns whether a campaign exists, is set up, or where. The entitled are then held to the recorded binding
 * (page and macro instance) and must be able to view the bound page themselves (checked as the user).
 */
export async function enterSurvey(
  ports: Pick<Ports, 'campaigns' | 'confluence'>,
  { context, accountId, access }: Pick<Request<'survey/getState'>, 'context' | 'accountId' | 'access'>,
  campaignId: string,
  /** The campaign and the roles when the caller read them already (survey/getState's one batch read). */
  read?: Pick<SurveyEntry, 'campaign' | 'roles'>,
): Promise<SurveyCaller | Failure> {
  const campaign = read ? read.campaign : await ports.campaigns.read(campaignId);
  if (!campaign) return campaignMissing();
  const eligibility = eligibilityOf(campaign, accountId);
  // An audience member who is not listed in the team needs no role look-up: the policy admits them either way.
  const needsRoles = isTeamMember(campaign, accountId) || eligibility.kind === 'not-in-audience';
  const roles = !needsRoles ? [] : read ? rolesIn(read.roles, accountId) : (await access()).roles;
  const entered = applyPolicy('enterSurvey', campaign, roles, accountId);
  if (isFailure(entered)) return entered;
  const unbound = checkBinding(campaign, context);
  if (unbound) return unbound;
  const visible = await ports.confluence.canViewPage(campaign.binding!.contentId);
  if (!visible.ok) return visible;
  if (!visible.data) return fail('FORBIDDEN', 'survey.pageHidden');
  return { campaign, eligibility, isTeam: entered.standing.team };
}

/** The model version the campaign froze (or shows, while a draft). */
export async function frozenModel(
  ports: Pick<Ports, 'models'>,
  campaign: Campaign,
): Promise<EvaluationModel | Failure> {
  const model = await ports.models.get(campaign.modelId, campaign.modelVersion);
  return model ?? fail('NOT_FOUND', 'model.campaignModelMissing');
}

/**
 * What answers are checked against: the criterion ids the campaign froze when it opened, or, for a campaign
 * opened before they were recorded, its frozen model (one more read).
 */
export async function questionsOf(
  ports: Pick<Ports, 'models'>,
  campaign: Campaign,
): Promise<readonly string[] | EvaluationModel | Failure> {
  return campaign.criterionIds ?? frozenModel(ports, campaign);
}

/**
 * The respondent key of `accountId`: the account id itself in a named campaign, a keyed hash in an anonymous one.
 * Undefined for an anonymous campaign without a key (a draft, or closed: the link is gone on purpose).
 */
export async function respondentKeyOf(
  ports: Pick<Ports, 'pseudonyms'>,
  campaign: Campaign,
  accountId: string,
): Promise<string | undefined | Failure> {
  if (!campaign.anonymous) return accountId;
  if (campaign.status === 'draft') return undefined;
  const key = await ports.pseudonyms.respondentKey(campaign.id, accountId);
  if (key === undefined && campaign.status === 'open')
    return fail('UNAVAILABLE', 'survey.anonymityKeyMissing');
  return key;
}

export function openForAnswers(campaign: Campaign): Failure | undefined {
  if (campaign.status === 'draft' || campaign.status === 'scheduled')
    return fail('FORBIDDEN', 'survey.notOpenYet');
  if (campaign.status === 'closed') return fail('FORBIDDEN', 'survey.closed');
  return undefined;
}
