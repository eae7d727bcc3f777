/** The team's follow-up view of the plan, and the review snapshots that freeze its state for management reviews. */
import { dayOf } from '../../domain/common';
import type { Ports } from '../../ports';
import type { followUpContract, FollowUpView, ReviewSnapshot } from '../../shared/contract/followup';
import { fail, isFailure, ok, type Result } from '../../shared/result';
import { enterCampaign, peopleOf } from '../common';
import { actionViewOf, fullPlanView, inDraftOrder, jiraStatusOf, progressOf } from '../plan';
import type { Request, RouteTable } from '../router';

async function getFollowUp(request: Request<'followup/get'>, ports: Ports): Promise<Result<FollowUpView>> {
  const caller = await enterCampaign(ports, request.payload.campaignId, request, 'readPlan');
  if (isFailure(caller)) return caller;
  const [actions, reviews, target] = await Promise.all([
    ports.actions.list(caller.campaign.id),
    ports.reviews.list(caller.campaign.id),
    ports.jiraSettings.read(),
  ]);
  const plan = await fullPlanView(ports, caller, request.accountId, actions, jiraStatusOf(target));
  return ok({ plan, reviews });
}

/**
 * A fresh id and a create-only write: reviews recorded at the same moment are separate records, and an id that
 * happened to be taken is drawn again rather than replacing the review that holds it.
 */
async function stored(ports: Ports, campaignId: string, review: Omit<ReviewSnapshot, 'id'>) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const withId = { id: ports.ids.reviewId(), ...review };
    if ((await ports.reviews.add(campaignId, withId)) === 'written') return withId;
  }
  return undefined;
}

/** Freezes the plan's state now, with the reviewers' comment: what a management review looks back on. */
async function recordReview(
  request: Request<'followup/review'>,
  ports: Ports,
): Promise<Result<ReviewSnapshot>> {
  const caller = await enterCampaign(ports, request.payload.campaignId, request, 'recordReview');
  if (isFailure(caller)) return caller;
  // Only the actions' states are frozen: no weighing, suggestion or owner name is read for it.
  const [actions, by] = await Promise.all([
    ports.actions.list(caller.campaign.id),
    peopleOf(ports, [request.accountId]),
  ]);
  const today = dayOf(ports.clock.now());
  const views = inDraftOrder(actions).map((a) => actionViewOf(a, today, by));
  const at = ports.clock.now();
  const review: Omit<ReviewSnapshot, 'id'> = {
    at,
    by: by(request.accountId),
    comment: request.payload.comment,
    progress: progressOf(views),
    actions: views
      .filter((a) => a.selected)
      .map((a) => ({
        id: a.id,
        title: a.title,
        ...(a.jira.state === 'created' ? { key: a.jira.key } : {}),
        ...(a.current ? { statusCategory: a.current.statusCategory, statusName: a.current.statusName } : {}),
        ...((a.current?.dueDate ?? a.dueDate) ? { dueDate: (a.current?.dueDate ?? a.dueDate)! } : {}),
        overdue: a.overdue,
      })),
  };
  const written = await stored(ports, caller.campaign.id, review);
  return written ? ok(written) : fail('INTERNAL', 'request.internal');
}

export const followUpRoutes = {
  'followup/get': { requires: 'signed-in', handle: getFollowUp },
  'followup/review': { requires: 'signed-in', handle: recordReview },
} satisfies RouteTable<typeof followUpContract>;
