/**
 * Following the plan up: the team's follow-up view with its review snapshots, the customers' commitments, and the
 * panel on each action's Jira issue.
 */
import { dayOf, eligibilityOf } from '../../domain/campaign';
import { criteriaOfAction, type Action } from '../../domain/plan/action';
import { resultsAccessOf } from '../../domain/results/access';
import type { Ports } from '../../ports';
import type { StoredCampaign } from '../../ports/storage';
import type {
  CommitmentView,
  CommitmentsView,
  followUpContract,
  FollowUpView,
  IssuePanelView,
  ReviewSnapshot,
} from '../../shared/contract/followup';
import { fail, isFailure, ok, type Result } from '../../shared/result';
import { campaignMissing, canReadCampaign } from '../common/guards';
import { peopleOf } from '../common/people';
import { fullPlanView } from '../plan/plan-view';
import { enterPlan } from '../plan/policy';
import { actionViewOf, inDraftOrder, jiraStatusOf, progressOf } from '../plan/views';
import { weighingSummaryOf } from '../plan/weighing';
import { settledSnapshot } from '../results/build';
import { resultsFor } from '../results/routes';
import type { Request, RouteTable } from '../router';
import { z } from 'zod';

async function getFollowUp(request: Request<'followup/get'>, ports: Ports): Promise<Result<FollowUpView>> {
  const caller = await enterPlan(ports, request.payload.campaignId, request, 'read');
  if (isFailure(caller)) return caller;
  const [actions, reviews, target] = await Promise.all([
    ports.actions.list(caller.campaign.id),
    ports.plans.reviews(caller.campaign.id),
    ports.jiraSettings.read(),
  ]);
  const plan = await fullPlanView(ports, caller, request.accountId, actions, jiraStatusOf(target));
  return ok({ plan, reviews });
}

/** Freezes the plan's state now, with the reviewers' comment: what a management review looks back on. */
async function recordReview(
  request: Request<'followup/review'>,
  ports: Ports,
): Promise<Result<ReviewSnapshot>> {
  const caller = await enterPlan(ports, request.payload.campaignId, request, 'edit');
  if (isFailure(caller)) return caller;
  // Only the actions' states are frozen: no weighing, suggestion or owner name is read for it.
  const [actions, by] = await Promise.all([
    ports.actions.list(caller.campaign.id),
    peopleOf(ports, [request.accountId]),
  ]);
  const today = dayOf(ports.clock.now());
  const views = inDraftOrder(actions).map((a) => actionViewOf(a, today, by));
  const at = ports.clock.now();
  const review: ReviewSnapshot = {
    id: `review-${at}`,
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
  await ports.plans.addReview(caller.campaign.id, review);
  return ok(review);
}

const statusOf = (action: Action): CommitmentView['status'] => {
  const category = action.followUp?.current.statusCategory;
  if (category === 'done') return 'done';
  if (category === 'indeterminate') return 'inProgress';
  return 'planned';
};

/**
 * The customers' view: what Procurement committed to and where it stands. For the campaign's audience and the
 * roles that read campaigns, once closed; no owner, key, reason or message.
 */
async function getCommitments(
  request: Request<'commitments/get'>,
  ports: Ports,
): Promise<Result<CommitmentsView>> {
  const [{ roles }, campaign] = await Promise.all([
    request.access(),
    ports.campaigns.read(request.payload.campaignId),
  ]);
  if (!campaign) return campaignMissing();
  const inAudience = eligibilityOf(campaign, request.accountId).kind !== 'not-in-audience';
  if (!inAudience && !canReadCampaign(roles, campaign, request.accountId)) return campaignMissing();
  if (campaign.status !== 'closed') return fail('FORBIDDEN', 'plan.notClosed');
  const [actions, model] = await Promise.all([
    ports.actions.list(campaign.id),
    ports.models.get(campaign.modelId, campaign.modelVersion),
  ]);
  const commitments = inDraftOrder(actions)
    .filter((a) => a.selected)
    .map((a) => {
      const due = a.followUp?.current.dueDate ?? a.dueDate;
      return {
        id: a.id,
        title: a.title,
        description: a.description,
        criteria: criteriaOfAction(a, model ?? undefined),
        status: statusOf(a),
        ...(due ? { dueDate: due } : {}),
      } satisfies CommitmentView;
    });
  const count = (status: CommitmentView['status']) => commitments.filter((c) => c.status === status).length;
  return ok({
    campaign: { id: campaign.id, name: campaign.name, period: campaign.period, status: campaign.status },
    commitments,
    progress: {
      total: commitments.length,
      done: count('done'),
      inProgress: count('inProgress'),
      planned: count('planned'),
    },
  });
}

/** What Forge says of the issue the panel is on: from the browser, so only a lead to check against Jira. */
const panelContextSchema = z.object({
  extension: z.object({ issue: z.object({ id: z.union([z.string(), z.number()]).transform(String) }) }),
});

async function getIssuePanel(
  request: Request<'issue-panel/get'>,
  ports: Ports,
): Promise<Result<IssuePanelView>> {
  const parsed = panelContextSchema.safeParse(request.context);
  if (!parsed.success) return ok({ found: false });
  const issueId = parsed.data.extension.issue.id;
  if (!/^[0-9]{1,18}$/.test(issueId)) return ok({ found: false });
  // The caller must see the issue in Jira themselves: a forged id of an issue they cannot browse shows nothing.
  const browse = await ports.jira.canBrowse('user', issueId);
  if (!browse.ok) return fail('UNAVAILABLE', 'jira.unavailable');
  if (!browse.value) return ok({ found: false });
  const action = await ports.actions.byIssueId(issueId);
  if (!action) return ok({ found: false });
  const [campaign, { roles }] = await Promise.all([
    ports.campaigns.read(action.campaignId),
    request.access(),
  ]);
  if (!campaign) return ok({ found: false });
  return ok(await panelOf(ports, campaign, action, roles, request.accountId));
}

async function panelOf(
  ports: Ports,
  campaign: StoredCampaign,
  action: Action,
  roles: Parameters<typeof resultsAccessOf>[1],
  accountId: string,
): Promise<IssuePanelView> {
  const model = await ports.models.get(campaign.modelId, campaign.modelVersion);
  // Scores only for readers of the campaign's results, and only where the overall passes the threshold.
  const access = resultsAccessOf(campaign, roles, accountId);
  let scores = new Map<string, { n: number; mean: number | null; satisfaction: number | null }>();
  let scoresShown = false;
  if (access.kind !== 'refused') {
    const stored = await ports.results.read(campaign.id);
    const snapshot = await settledSnapshot(ports, campaign, stored.snapshot);
    const computed = snapshot && (await resultsFor(ports, campaign, snapshot, roles, accountId));
    if (computed && !isFailure(computed) && !computed.results.overall.hidden) {
      scoresShown = true;
      const k = computed.results.thresholds.k;
      scores = new Map(
        computed.results.overall.criteria
          .filter((c) => c.n >= k)
          .map((c) => [c.criterionId, { n: c.n, mean: c.mean, satisfaction: c.satisfaction }]),
      );
    }
  }
  const [plan, actions, page] = await Promise.all([
    ports.plans.read(campaign.id),
    ports.actions.list(campaign.id),
    campaign.binding ? ports.confluence.pageUrl(campaign.binding.contentId) : undefined,
  ]);
  const { summary } = await weighingSummaryOf(ports, campaign, plan, actions);
  const value = summary.suppressed ? undefined : summary.values[action.id];
  return {
    found: true,
    campaign: { id: campaign.id, name: campaign.name, period: campaign.period },
    action: { id: action.id, title: action.title },
    criteria: criteriaOfAction(action, model ?? undefined).map((criterion) => {
      const score = scores.get(criterion.id);
      return { ...criterion, ...(score ? { score } : {}) };
    }),
    scoresShown,
    ...(value ? { weighing: { value: value.value, voters: value.voters } } : {}),
    ...(page?.ok && page.data ? { pageUrl: page.data } : {}),
  };
}

export const followUpRoutes = {
  'followup/get': { requires: 'signed-in', handle: getFollowUp },
  'followup/review': { requires: 'signed-in', handle: recordReview },
  'commitments/get': { requires: 'signed-in', handle: getCommitments },
  'issue-panel/get': { requires: 'signed-in', handle: getIssuePanel },
} satisfies RouteTable<typeof followUpContract>;
