/** What every plan endpoint does first: read the campaign with the caller's roles, and refuse who may not. */
import type { AppRole } from '../../domain/campaign';
import { planAccessOf } from '../../domain/plan/access';
import type { Ports } from '../../ports';
import type { StoredCampaign } from '../../ports/storage';
import type { ResolverKey } from '../../shared/contract';
import { fail, type Failure } from '../../shared/result';
import { campaignMissing } from '../common/guards';
import type { Request } from '../router';

export interface PlanCaller {
  campaign: StoredCampaign;
  roles: readonly AppRole[];
  canEdit: boolean;
}

/** Round trips: the caller's roles and the campaign, in parallel. */
export async function enterPlan<K extends ResolverKey>(
  ports: Pick<Ports, 'campaigns'>,
  campaignId: string,
  { accountId, access }: Pick<Request<K>, 'accountId' | 'access'>,
  need: 'read' | 'edit',
): Promise<PlanCaller | Failure> {
  const [{ roles }, campaign] = await Promise.all([access(), ports.campaigns.read(campaignId)]);
  if (!campaign) return campaignMissing();
  const allowed = planAccessOf(campaign, roles, accountId);
  if (allowed.kind === 'refused') {
    return allowed.reason === 'not-entitled' ? campaignMissing() : fail('FORBIDDEN', 'plan.notClosed');
  }
  if (need === 'edit' && allowed.kind !== 'edit') return fail('FORBIDDEN', 'forbidden.editPlan');
  return { campaign, roles, canEdit: allowed.kind === 'edit' };
}
