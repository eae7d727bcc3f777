/**
 * issue-panel/get, the panel on an action's Jira issue: the issue comes from the panel's context and is checked
 * against Jira as the caller; scores only for readers of the campaign's results.
 */
import { z } from 'zod';
import { criteriaOfAction, type Action } from '../../domain/plan';
import { resultsAccessOf } from '../../domain/results';
import type { Ports } from '../../ports';
import type { StoredCampaign } from '../../ports/campaigns';
import type { IssuePanelView, issuePanelContract } from '../../shared/contract/issue-panel';
import { fail, isFailure, ok, type Result } from '../../shared/result';
import { resultsFor, settledSnapshot } from '../results';
import type { Request, RouteTable } from '../router';
import { weighingSummaryOf } from '../weighing';

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
  // Criteria whose score the results hide: fewer than k people rated them.
  let hiddenScores = new Set<string>();
  let scoresShown = false;
  if (access.kind !== 'refused') {
    const stored = await ports.results.read(campaign.id);
    const snapshot = await settledSnapshot(ports, campaign, stored.snapshot);
    const computed = snapshot && (await resultsFor(ports, campaign, snapshot, roles, accountId));
    if (computed && !isFailure(computed) && !computed.results.overall.hidden) {
      scoresShown = true;
      const { criteria } = computed.results.overall;
      scores = new Map(
        criteria.flatMap((c) =>
          c.hidden ? [] : [[c.criterionId, { n: c.n, mean: c.mean, satisfaction: c.satisfaction }] as const],
        ),
      );
      hiddenScores = new Set(criteria.filter((c) => c.hidden).map((c) => c.criterionId));
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
      if (score) return { ...criterion, score };
      return hiddenScores.has(criterion.id) ? { ...criterion, tooFewAnswers: true as const } : criterion;
    }),
    scoresShown,
    ...(value ? { weighing: { value: value.value, voters: value.voters } } : {}),
    ...(page?.ok && page.data ? { pageUrl: page.data } : {}),
  };
}

export const issuePanelRoutes = {
  'issue-panel/get': { requires: 'signed-in', handle: getIssuePanel },
} satisfies RouteTable<typeof issuePanelContract>;
