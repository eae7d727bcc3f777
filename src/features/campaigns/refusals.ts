import type { LifecycleRefusal } from '../../domain/campaigns';
import { fail, type Failure } from '../../shared/result';
import { staleCampaign } from '../common';

/** The lifecycle planner's refusals as the contract's typed failures. */
export function refused(refusal: LifecycleRefusal): Failure {
  switch (refusal.refusal) {
    case 'stale':
      return staleCampaign();
    case 'closed':
      return fail('CONFLICT', 'campaign.closedImmutable');
    case 'model-frozen':
      return fail('CONFLICT', 'campaign.modelFrozen');
    case 'suppliers-fixed':
      return fail('CONFLICT', 'campaign.suppliersFixed');
    case 'anonymity-fixed':
      return fail('CONFLICT', 'campaign.anonymityFixed');
    case 'audience-fixed':
      return fail('CONFLICT', 'campaign.audienceFixed');
    case 'not-draft':
      return fail('CONFLICT', 'campaign.notDraft', { status: refusal.status });
    case 'not-open':
      return fail('CONFLICT', 'campaign.notOpen', { status: refusal.status });
  }
}
