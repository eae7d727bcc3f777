/**
 * The whole plan as the team reads it: actions, the weighing's figures and where to act. Round trips besides the
 * actions: the plan record with the frozen model, the ballots (per 100), the campaign's results snapshot and the
 * model and earlier campaigns of its trends.
 */
import type { Action, ImportanceSource } from '../../domain/plan';
import { suggestionsOf } from '../../domain/plan';
import type { Ports } from '../../ports';
import type { JiraStatus, PlanView, SuggestionView } from '../../shared/contract/plan';
import { isFailure } from '../../shared/result';
import { settledSnapshot, resultsFor } from '../results';
import { runsCampaign } from '../../domain/campaigns';
import type { CampaignCaller } from '../common';
import { planViewOf } from './views';
import { weighingSummaryOf } from '../weighing';

/** Where to act, as the plan view says it. */
interface WhereToAct {
  suggestions: SuggestionView[];
  resultsPreparing: boolean;
  resultsHidden: boolean;
  importanceSource: ImportanceSource;
}

/**
 * Suggestions from the settled results: none while they are being prepared, none when the results are too small
 * to show any criterion (said as such, not as "nothing stands out").
 */
async function whereToAct(
  ports: Ports,
  caller: CampaignCaller,
  accountId: string,
  actions: readonly Action[],
  weighing: Parameters<typeof suggestionsOf>[0]['weighing'],
): Promise<WhereToAct> {
  const { campaign } = caller;
  const nothing = { suggestions: [], resultsPreparing: false, resultsHidden: false };
  const source: ImportanceSource = weighing && !weighing.suppressed ? 'weighing' : 'derived';
  const stored = await ports.results.read(campaign.id);
  const snapshot = await settledSnapshot(ports, campaign, stored.snapshot);
  if (!snapshot) return { ...nothing, resultsPreparing: true, importanceSource: source };
  const computed = await resultsFor(ports, campaign, snapshot, caller.roles, accountId);
  if (isFailure(computed)) return { ...nothing, importanceSource: source };
  const { suggestions, quadrants, importanceSource } = suggestionsOf({
    model: computed.model,
    results: computed.results,
    ...(weighing ? { weighing } : {}),
    actions,
  });
  return {
    suggestions: suggestions.map(({ criterionId, reasons, mean, delta, gap, quadrant, priority }) => ({
      criterionId,
      reasons,
      mean,
      ...(delta !== undefined ? { delta } : {}),
      ...(gap !== undefined ? { gap } : {}),
      quadrant,
      priority,
    })),
    resultsPreparing: false,
    // No criterion could be placed at all: every figure is below the minimum group size.
    resultsHidden: quadrants.length === 0,
    importanceSource,
  };
}

export async function fullPlanView(
  ports: Ports,
  caller: CampaignCaller,
  accountId: string,
  actions: readonly Action[],
  jira: JiraStatus,
): Promise<PlanView> {
  const { campaign } = caller;
  const [plan, model] = await Promise.all([
    ports.plans.read(campaign.id),
    ports.models.get(campaign.modelId, campaign.modelVersion),
  ]);
  const { summary, weighing } = await weighingSummaryOf(ports, campaign, plan, actions);
  const where = await whereToAct(ports, caller, accountId, actions, weighing);
  return planViewOf(ports, campaign, actions, runsCampaign(caller.standing), jira, {
    model: model ?? null,
    weighing: summary,
    ...where,
  });
}
