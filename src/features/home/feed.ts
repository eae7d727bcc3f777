/**
 * home/feed: what waits for the viewer in Procurement CRM, on Confluence's home page. Only ever the caller's own
 * items: their open surveys (the page banner's truth) and weighings, the commitments made to them (closed campaigns whose audience
 * they are in, counted as customers read them) and, for buyers, the actions they own that are overdue. Quality
 * managers' checks do not exist yet (issue 19), so the feed says nothing about them.
 */
import { dayOf } from '../../domain/common';
import { eligibilityOf, isTeamMember } from '../../domain/campaigns';
import { isOverdue } from '../../domain/followup';
import type { Action } from '../../domain/plan';
import type { Ports } from '../../ports';
import type { StoredCampaign } from '../../ports/campaigns';
import type {
  HomeCommitmentsView,
  HomeFeedView,
  HomeOverdueActionView,
  HomeSurveyView,
  HomeWeighingView,
} from '../../shared/contract/home';
import { ok, type Result } from '../../shared/result';
import { commitmentProgress, commitmentViews } from '../commitments';
import { inDraftOrder } from '../plan';
import { openSurveysOf } from '../reminders';
import type { Request } from '../router';
import { weighingToDo } from '../weighing';

const contentIdOf = (campaign: StoredCampaign) => campaign.binding?.contentId ?? null;

/** Who answers for an action now: Jira's assignee once the issue exists (as its due date), else the plan's owner. */
const ownerOf = (action: Action) =>
  action.followUp ? action.followUp.current.assigneeAccountId : (action.ownerAccountId ?? null);

function overdueOwned(
  campaign: StoredCampaign,
  actions: readonly Action[],
  accountId: string,
  today: string,
): HomeOverdueActionView[] {
  return inDraftOrder(actions)
    .filter((a) => a.selected && ownerOf(a) === accountId && isOverdue(a.followUp, a.dueDate, today))
    .map((a) => ({
      campaignId: campaign.id,
      campaignName: campaign.name,
      actionId: a.id,
      title: a.title,
      dueDate: (a.followUp ? a.followUp.current.dueDate : a.dueDate) ?? '',
      contentId: contentIdOf(campaign),
    }));
}

/** Commitments and overdue actions of the closed campaigns the caller is in the audience or the team of. */
async function ofClosedCampaigns(request: Request<'home/feed'>, ports: Ports, today: string) {
  const [{ roles }, closed] = await Promise.all([request.access(), ports.campaigns.withStatus('closed')]);
  const { accountId } = request;
  const inAudience = (c: StoredCampaign) => eligibilityOf(c, accountId).kind !== 'not-in-audience';
  // A buyer's standing needs the role and the campaign's team, as for the plan itself.
  const buyerOf = (c: StoredCampaign) => roles.includes('team') && isTeamMember(c, accountId);
  const relevant = closed.filter((c) => inAudience(c) || buyerOf(c));
  const read = await Promise.all(
    relevant.map(async (c) => {
      const [actions, weighing] = await Promise.all([
        ports.actions.list(c.id),
        inAudience(c) ? weighingToDo(ports, c, accountId) : undefined,
      ]);
      return { c, actions, weighing };
    }),
  );
  const weighings = read.flatMap(({ c, weighing }): HomeWeighingView[] =>
    weighing ? [{ campaignId: c.id, campaignName: c.name, ...weighing, contentId: contentIdOf(c) }] : [],
  );
  const commitments: HomeCommitmentsView[] = read
    .filter(({ c, actions }) => inAudience(c) && actions.some((a) => a.selected))
    .map(({ c, actions }) => ({
      campaignId: c.id,
      campaignName: c.name,
      progress: commitmentProgress(commitmentViews(actions, undefined, today)),
      contentId: contentIdOf(c),
    }));
  const overdueActions = read
    .filter(({ c }) => buyerOf(c))
    .flatMap(({ c, actions }) => overdueOwned(c, actions, accountId, today));
  return { weighings, commitments, overdueActions };
}

export async function getHomeFeed(
  request: Request<'home/feed'>,
  ports: Ports,
): Promise<Result<HomeFeedView>> {
  const today = dayOf(ports.clock.now());
  const [open, closed] = await Promise.all([
    openSurveysOf(ports, request.accountId),
    ofClosedCampaigns(request, ports, today),
  ]);
  const surveys = open.map((s): HomeSurveyView => ({
    campaignId: s.campaign.id,
    campaignName: s.campaign.name,
    closesOn: s.closesOn,
    daysLeft: s.daysLeft,
    contentId: contentIdOf(s.campaign),
  }));
  return ok({ surveys, ...closed });
}
