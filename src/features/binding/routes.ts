/**
 * binding/bind, from the macro's config screen: records campaign ↔ page ↔ macro instance. An admin binds any
 * campaign; a team member only their campaigns, and only where it is not bound yet. The caller must be able to
 * view the page (checked as the user).
 */
import type { Ports } from '../../ports';
import type { StoredCampaign } from '../../ports/campaigns';
import type { BindingView, bindingContract } from '../../shared/contract/binding';
import { fail, isFailure, ok, type Result } from '../../shared/result';
import { enterCampaign, macroPlacement, staleCampaign } from '../common';
import type { Request, RouteTable } from '../router';

export async function bindSurvey(
  { payload, context, accountId, access }: Request<'binding/bind'>,
  ports: Ports,
): Promise<Result<BindingView>> {
  const caller = await enterCampaign(ports, payload.campaignId, { accountId, access }, 'bind');
  if (isFailure(caller)) return caller;
  const { campaign } = caller;
  const isAdmin = caller.standing.admin;
  const binding = macroPlacement(context);
  if (!binding) return fail('INVALID_PAYLOAD', 'binding.needsMacro');
  if (campaign.status === 'closed') return fail('CONFLICT', 'campaign.closedImmutable');
  const same =
    campaign.binding?.contentId === binding.contentId && campaign.binding.localId === binding.localId;
  if (same) return ok({ campaignId: campaign.id, ...binding });
  if (campaign.binding && !isAdmin) return fail('FORBIDDEN', 'forbidden.moveBinding');
  const visible = await ports.confluence.canViewPage(binding.contentId);
  if (!visible.ok) return visible;
  if (!visible.data) return fail('FORBIDDEN', 'forbidden.bindUnviewablePage');
  const bound: StoredCampaign = { ...campaign, binding, revision: campaign.revision + 1 };
  if ((await ports.campaigns.update(bound, campaign.revision)) === 'conflict') return staleCampaign();
  return ok({ campaignId: campaign.id, ...binding });
}

export const bindingRoutes = {
  'binding/bind': { requires: { anyOf: ['admin', 'team'], refusal: 'forbidden.bind' }, handle: bindSurvey },
} satisfies RouteTable<typeof bindingContract>;
