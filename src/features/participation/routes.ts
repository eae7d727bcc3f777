/** participation/get: invited and answered per department and portfolio, for the team, admins and quality. */
import type { Campaign } from '../../domain/campaigns';
import { participationOf } from '../../domain/participation';
import type { Ports } from '../../ports';
import type { ParticipationView, participationContract } from '../../shared/contract/participation';
import { isFailure, ok, type Result } from '../../shared/result';
import { checkBinding, enterCampaign, fromMacro, peopleOf } from '../common';
import type { Request, RouteTable } from '../router';

async function pageUrlOf(ports: Pick<Ports, 'confluence'>, campaign: Campaign): Promise<string | null> {
  if (!campaign.binding) return null;
  const answer = await ports.confluence.pageUrl(campaign.binding.contentId);
  return answer.ok ? answer.data : null;
}

export async function getParticipation(
  { payload, context, accountId, access }: Request<'participation/get'>,
  ports: Ports,
): Promise<Result<ParticipationView>> {
  // The campaign's team (listed and holding the team role), administrators and quality managers; everyone else
  // learns nothing, not even that the campaign exists.
  const caller = await enterCampaign(ports, payload.campaignId, { accountId, access }, 'read');
  if (isFailure(caller)) return caller;
  const { campaign } = caller;
  const isTeam = caller.standing.team;
  if (fromMacro(context)) {
    const refused = checkBinding(campaign, context);
    if (refused) return refused;
  }
  const [facts, pageUrl, logs] = await Promise.all([
    ports.responses.facts(campaign.id),
    pageUrlOf(ports, campaign),
    ports.reminders.logsOf(campaign.id),
  ]);
  const computed = participationOf(campaign, facts);
  // Who has not answered is for the campaign's buyers, who follow their customers up; admins and quality managers
  // see the rates only.
  const pendingOf = (pending: string[] | null) => (isTeam ? pending : null);
  const people = new Set<string>(campaign.team.map((m) => m.accountId));
  for (const portfolio of computed.portfolios)
    for (const p of pendingOf(portfolio.pending) ?? []) people.add(p);
  const named = isTeam && !campaign.anonymous;
  if (named) for (const log of logs.values()) if (log.last) people.add(log.last.by);
  const ref = await peopleOf(ports, [...people]);
  return ok({
    campaignId: campaign.id,
    anonymous: campaign.anonymous,
    overall: computed.overall,
    threshold: computed.threshold,
    departments: computed.departments,
    unlisted: computed.unlisted,
    portfolios: computed.portfolios.map(({ buyerAccountId, pending, ...rate }) => ({
      buyer: ref(buyerAccountId),
      ...rate,
      pending: pendingOf(pending)?.map(ref) ?? null,
    })),
    reminder: { pageUrl },
    reminders: {
      sent: [...logs.values()].reduce((n, log) => n + log.count, 0),
      people: logs.size,
      byPerson: named
        ? [...logs.entries()].flatMap(([accountId, log]) =>
            log.last ? [{ accountId, count: log.count, lastAt: log.last.at, lastBy: ref(log.last.by) }] : [],
          )
        : null,
    },
  });
}

export const participationRoutes = {
  'participation/get': { requires: 'signed-in', handle: getParticipation },
} satisfies RouteTable<typeof participationContract>;
