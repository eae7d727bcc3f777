/**
 * What both results endpoints do the same way: read the campaign and its snapshot with the caller's roles (in
 * parallel, one batch get), answer a refused reader, and a campaign's thresholds.
 */
import type { Campaign } from '../../domain/campaigns';
import type { AppRole } from '../../domain/roles';
import {
  resultsAccessOf,
  type ResultsAccess,
  effectiveThreshold,
  MIN_COMMENT_GROUP_SIZE,
} from '../../domain/results';
import type { Ports } from '../../ports';
import type { ResultsSnapshot } from '../../ports/results';
import type { StoredCampaign } from '../../ports/campaigns';
import { MIN_GROUP_SIZE } from '../../domain/participation';
import { fail, type Failure } from '../../shared/result';
import { campaignMissing } from '../common';
import type { Request } from '../router';

export interface ResultsReader {
  campaign: StoredCampaign;
  roles: readonly AppRole[];
  allowed: Exclude<ResultsAccess, { kind: 'refused' }>;
  /** As stored, settled or not (see settledSnapshot). */
  stored: ResultsSnapshot | undefined;
}

/** Round trips: the caller's roles, and the campaign with its snapshot. */
export async function readAsCaller(
  ports: Pick<Ports, 'results'>,
  campaignId: string,
  { accountId, access }: Pick<Request<'results/get'>, 'accountId' | 'access'>,
): Promise<ResultsReader | Failure> {
  const [{ roles }, read] = await Promise.all([access(), ports.results.read(campaignId)]);
  const { campaign } = read;
  if (!campaign) return campaignMissing();
  const allowed = resultsAccessOf(campaign, roles, accountId);
  if (allowed.kind === 'refused') return refusalOf(allowed);
  return { campaign, roles, allowed, stored: read.snapshot };
}

/** Someone not entitled learns nothing (as for no campaign); the entitled are told why not now. */
export function refusalOf(access: Extract<ResultsAccess, { kind: 'refused' }>): Failure {
  if (access.reason === 'not-entitled') return campaignMissing();
  return fail('FORBIDDEN', access.reason === 'not-closed' ? 'results.notClosed' : 'results.notShared');
}

/** The campaign's minimum group sizes, defaults and floor applied. */
export const thresholdsOf = (campaign: Pick<Campaign, 'results'>) => ({
  k: effectiveThreshold(campaign.results.minGroupSize, MIN_GROUP_SIZE),
  kComments: effectiveThreshold(campaign.results.minCommentGroupSize, MIN_COMMENT_GROUP_SIZE),
});
