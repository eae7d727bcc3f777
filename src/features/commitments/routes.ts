/**
 * commitments/get, the customers' view: what Procurement committed to and where it stands. For the campaign's
 * audience and the roles that read campaigns, once closed; no owner, key, reason or message.
 */
import { dayOf } from '../../domain/common';
import { isOverdue } from '../../domain/followup';
import { criteriaOfAction, type Action } from '../../domain/plan';
import type { EvaluationModel } from '../../domain/model';
import type { Ports } from '../../ports';
import type { CommitmentView, CommitmentsView, commitmentsContract } from '../../shared/contract/commitments';
import { isFailure, ok, type Result } from '../../shared/result';
import { enterCampaign } from '../common';
import { inDraftOrder } from '../plan';
import type { Request, RouteTable } from '../router';

const statusOf = (action: Action): CommitmentView['status'] => {
  const category = action.followUp?.current.statusCategory;
  if (category === 'done') return 'done';
  if (category === 'indeterminate') return 'inProgress';
  return 'planned';
};

/** The selected actions as customers read them, in the plan's order (the home feed counts them the same way). */
export function commitmentViews(
  actions: readonly Action[],
  model: EvaluationModel | undefined,
  today: string,
) {
  return inDraftOrder(actions)
    .filter((a) => a.selected)
    .map((a) => {
      const due = a.followUp?.current.dueDate ?? a.dueDate;
      return {
        id: a.id,
        title: a.title,
        description: a.description,
        criteria: criteriaOfAction(a, model),
        status: statusOf(a),
        ...(due ? { dueDate: due } : {}),
        // Jira's due date once the issue exists, else the plan's: late for customers too before the issue is made.
        overdue: isOverdue(a.followUp, a.dueDate, today),
      } satisfies CommitmentView;
    });
}

export function commitmentProgress(commitments: readonly CommitmentView[]): CommitmentsView['progress'] {
  const count = (status: CommitmentView['status']) => commitments.filter((c) => c.status === status).length;
  return {
    total: commitments.length,
    done: count('done'),
    inProgress: count('inProgress'),
    planned: count('planned'),
    overdue: commitments.filter((c) => c.overdue).length,
  };
}

async function getCommitments(
  request: Request<'commitments/get'>,
  ports: Ports,
): Promise<Result<CommitmentsView>> {
  const caller = await enterCampaign(ports, request.payload.campaignId, request, 'readCommitments');
  if (isFailure(caller)) return caller;
  const { campaign } = caller;
  const [actions, model] = await Promise.all([
    ports.actions.list(campaign.id),
    ports.models.get(campaign.modelId, campaign.modelVersion),
  ]);
  const commitments = commitmentViews(actions, model ?? undefined, dayOf(ports.clock.now()));
  return ok({
    campaign: { id: campaign.id, name: campaign.name, period: campaign.period, status: campaign.status },
    commitments,
    progress: commitmentProgress(commitments),
  });
}

export const commitmentsRoutes = {
  'commitments/get': { requires: 'signed-in', handle: getCommitments },
} satisfies RouteTable<typeof commitmentsContract>;
