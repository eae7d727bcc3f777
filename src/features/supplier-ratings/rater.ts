/**
 * Who may use the "Suppliers you use" step of a campaign: its invited customers (the survey's own audience rule,
 * binding and page checks), once the campaign has opened with the option on, under their respondent key.
 */
import { isSupplierEvaluated } from '../../domain/campaigns';
import type { FrozenSupplierQuestions } from '../../domain/supplier-ratings';
import type { Ports } from '../../ports';
import type { StoredCampaign } from '../../ports/campaigns';
import { fail, isFailure, type Failure } from '../../shared/result';
import { enterSurvey, openForAnswers, respondentKeyOf } from '../common';
import type { Request } from '../router';

export interface Rater {
  campaign: StoredCampaign;
  /** The pseudonym in an anonymous campaign; undefined once a closed anonymous campaign lost its key. */
  raterKey: string | undefined;
  /** Their department in the campaign's audience; null for people invited by name. */
  departmentId: string | null;
  modelVersion: number;
  questions: FrozenSupplierQuestions;
}

type RatingKey = 'supplier-ratings/mine' | 'supplier-ratings/pick' | 'supplier-ratings/save';

/** `write`: the campaign must be open; a read also serves a closed campaign's own ratings. */
export async function enterRatings(
  ports: Ports,
  request: Request<RatingKey>,
  mode: 'read' | 'write',
): Promise<Rater | Failure> {
  const caller = await enterSurvey(ports, request, request.payload.campaignId);
  if (isFailure(caller)) return caller;
  const { campaign, eligibility } = caller;
  if (eligibility.kind === 'not-in-audience') return fail('FORBIDDEN', 'survey.notInAudience');
  const closed = openForAnswers(campaign);
  if (closed && (mode === 'write' || campaign.status !== 'closed')) return closed;
  const option = campaign.suppliers;
  if (!isSupplierEvaluated(campaign) || option?.modelVersion === undefined || !option.criterionIds)
    return fail('FORBIDDEN', 'supplierRatings.off');
  const raterKey = await respondentKeyOf(ports, campaign, request.accountId);
  if (isFailure(raterKey)) return raterKey;
  if (raterKey === undefined && mode === 'write') return fail('UNAVAILABLE', 'survey.unavailable');
  return {
    campaign,
    raterKey,
    departmentId: eligibility.kind === 'member' ? eligibility.departmentId : null,
    modelVersion: option.modelVersion,
    questions: {
      criterionIds: option.criterionIds,
      commentRequiredAtOrBelow: option.commentRequiredAtOrBelow ?? 0,
    },
  };
}
