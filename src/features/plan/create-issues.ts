/**
 * plan/createIssues: the selected actions become Jira issues, as the user, in bulk (≤50 a request), at most one
 * issue per action (the rules are src/domain/plan/creation.ts; this file carries them out through the ports).
 *
 * Requests: one bulk create per 50 actions; a look-up by action id before any retry and for intents left
 * pending by an earlier crash or timeout. The remote links back to Confluence follow in the queue (Jira has no
 * bulk endpoint for them), as the app.
 */
import { criteriaOf } from '../../domain/model';
import {
  awaitsCreation,
  type Action,
  isSettledPending,
  isUncertain,
  nextAttempt,
  withFailure,
  withIntent,
  withIssue,
  batchesOf,
  issueDraftOf,
  type IssueContext,
} from '../../domain/plan';
import { observe } from '../../domain/followup';
import type { Ports } from '../../ports';
import type { JiraIdentity, JiraTarget } from '../../ports/jira';
import type { StoredCampaign } from '../../ports/campaigns';
import type { CreationReport } from '../../shared/contract/plan';
import { toLocale, type Locale } from '../../shared/i18n';
import { fail, isFailure, ok, type Result } from '../../shared/result';
import type { Request } from '../router';
import { enterCampaign } from '../common';
import { pushLinkJobs } from './jobs';
import { observedIn } from './sync';
import { fullPlanView } from './plan-view';

/** Time the create may spend waiting on Jira within one resolver call (25 s): the rest is left for writes. */
export const CREATE_BUDGET_MS = 15_000;

type CreationPorts = Pick<Ports, 'actions' | 'jira' | 'clock' | 'models' | 'confluence' | 'jobs' | 'logger'>;

/** What the issues say besides the action's own text: criteria, campaign, the page. */
export async function issueContextOf(
  ports: Pick<Ports, 'models' | 'confluence'>,
  campaign: StoredCampaign,
  locale: Locale,
  withPage: boolean,
): Promise<IssueContext> {
  const [model, page] = await Promise.all([
    ports.models.get(campaign.modelId, campaign.modelVersion),
    withPage && campaign.binding ? ports.confluence.pageUrl(campaign.binding.contentId) : undefined,
  ]);
  const criterionTexts = new Map(
    model ? criteriaOf(model).map(({ criterion }) => [criterion.id, criterion.text[locale]]) : [],
  );
  return {
    campaign: { id: campaign.id, period: campaign.period, name: campaign.name[locale] },
    criterionTexts,
    ...(page?.ok && page.data ? { pageUrl: page.data } : {}),
  };
}

/**
 * Where the issues' remote links point: the campaign's page, when Confluence gave its address, titled by the
 * campaign's name alone (no words of the app's: Jira shows the link to readers of every language).
 */
export const linkToOf = (context: IssueContext) =>
  context.pageUrl
    ? { url: context.pageUrl, title: `${context.campaign.name} (${context.campaign.period})` }
    : undefined;

interface Settled {
  actions: Action[];
  problem?: string;
}

/**
 * One batch (≤50 actions, each with its intent recorded) carried out: look up first when asked, create, and on a
 * retryable failure wait, look up, and create what is still missing. What is returned is to be written.
 */
async function settleBatch(
  ports: CreationPorts,
  as: JiraIdentity,
  target: JiraTarget,
  context: IssueContext,
  batch: readonly Action[],
  lookUpFirst: boolean,
  deadline: number,
): Promise<Settled> {
  const settled: Action[] = [];
  let remaining = [...batch];
  let lookUp = lookUpFirst;
  for (let attempt = 1; remaining.length > 0; attempt += 1) {
    if (lookUp) {
      const found = await ports.jira.findByActionIds(
        as,
        remaining.map((a) => a.id),
      );
      if (!found.ok) return { actions: settled, problem: found.problem.kind };
      const byId = new Map(found.value.map((issue) => [issue.actionId, issue]));
      for (const action of remaining) {
        const issue = byId.get(action.id);
        if (issue) settled.push(withIssue(action, issue, ports.clock.now(), linkToOf(context)));
      }
      remaining = remaining.filter((a) => !byId.has(a.id));
      if (remaining.length === 0) break;
    }
    const answer = await ports.jira.createIssues(
      as,
      target,
      remaining.map((a) => issueDraftOf(a, context)),
    );
    const now = ports.clock.now();
    if (answer.ok) {
      const created = new Map(answer.value.created.map((issue) => [issue.actionId, issue]));
      const rejected = new Map(answer.value.rejected.map((r) => [r.actionId, r.messages]));
      for (const action of remaining) {
        const issue = created.get(action.id);
        if (issue) settled.push(withIssue(action, issue, now, linkToOf(context)));
        else
          settled.push(
            withFailure(action, { kind: 'rejected', messages: rejected.get(action.id) ?? [] }, now),
          );
      }
      return { actions: await withStatus(ports, as, settled) };
    }
    const next = nextAttempt(answer.problem, attempt, deadline - now);
    if (!next.retry) {
      // An unknown outcome stays pending: only a look-up may say there is no issue.
      if (!isUncertain(answer.problem)) {
        settled.push(...remaining.map((a) => withFailure(a, answer.problem, now)));
      }
      return { actions: settled, problem: answer.problem.kind };
    }
    await ports.clock.sleep(next.waitMs);
    lookUp = true;
  }
  return { actions: settled };
}

/**
 * The status of the issues just made, read back in one search (a create answers only ids and keys), so that the
 * plan does not show "—" until someone refreshes. If Jira does not answer, the refresh and the trigger will.
 */
async function withStatus(ports: CreationPorts, as: JiraIdentity, actions: Action[]): Promise<Action[]> {
  const seen = await observedIn(
    ports,
    as,
    actions.filter((a) => !a.followUp),
  );
  return actions.map((a) => {
    const state = seen.get(a.id);
    return state ? { ...a, followUp: observe(a.followUp, state) } : a;
  });
}

export interface CreationOutcome {
  created: number;
  failed: number;
  pending: number;
  /** The actions as written by this call, by id. */
  latest: Map<string, Action>;
}

/**
 * Records the intents, then carries them out batch by batch, writing each batch's outcome before the next one
 * starts (a crash loses at most the batch in flight, which stays pending and is looked up later).
 */
export async function createPending(
  ports: CreationPorts,
  as: JiraIdentity,
  by: string,
  target: JiraTarget,
  context: IssueContext,
  actions: readonly Action[],
  deadline: number,
): Promise<CreationOutcome> {
  const now = ports.clock.now();
  const fresh = actions.filter(awaitsCreation);
  const stale = actions.filter((a) => a.selected && isSettledPending(a, now));
  const intents = [...fresh, ...stale].map((a) => ({
    action: { ...withIntent(a, by, now, linkToOf(context)), revision: a.revision + 1 },
    expectedRevision: a.revision,
  }));
  const written = await ports.actions.write(intents);
  // Someone else took an action over in the meantime: theirs to carry out.
  const mine = intents.filter((_, i) => written[i] === 'written').map((c) => c.action);
  const staleIds = new Set(stale.map((a) => a.id));
  const outcome: CreationOutcome = { created: 0, failed: 0, pending: 0, latest: new Map() };
  for (const action of mine) outcome.latest.set(action.id, action);
  const groups = [mine.filter((a) => staleIds.has(a.id)), mine.filter((a) => !staleIds.has(a.id))];
  for (const [g, group] of groups.entries()) {
    for (const batch of batchesOf(group)) {
      const { actions: settled, problem } = await settleBatch(
        ports,
        as,
        target,
        context,
        batch,
        g === 0,
        deadline,
      );
      if (problem) ports.logger.error(`plan: Jira answered ${problem} for a batch of ${batch.length}`);
      const changes = settled.map((a) => ({
        action: { ...a, revision: a.revision + 1 },
        expectedRevision: a.revision,
      }));
      const results = await ports.actions.write(changes);
      const landed = changes.filter((_, i) => results[i] === 'written').map((c) => c.action);
      for (const action of landed) outcome.latest.set(action.id, action);
      outcome.created += landed.filter((a) => a.jira.state === 'created').length;
      outcome.failed += landed.filter((a) => a.jira.state === 'failed').length;
      outcome.pending += batch.length - landed.length;
      await pushLinkJobs(ports, context.campaign.id, landed);
    }
  }
  return outcome;
}

export async function createIssues(
  request: Request<'plan/createIssues'>,
  ports: Ports,
): Promise<Result<CreationReport>> {
  const caller = await enterCampaign(ports, request.payload.campaignId, request, 'editPlan');
  if (isFailure(caller)) return caller;
  const { campaign } = caller;
  const [target, actions] = await Promise.all([ports.jiraSettings.read(), ports.actions.list(campaign.id)]);
  if (!target) return fail('UNAVAILABLE', 'jira.notConfigured');
  const started = ports.clock.now();
  const only = request.payload.actionIds && new Set(request.payload.actionIds);
  const named = (id: string) => !only || only.has(id);
  const locale = toLocale(request.context.locale);
  const context = await issueContextOf(ports, campaign, locale, true);
  const { latest, ...outcome } = await createPending(
    ports,
    'user',
    request.accountId,
    target,
    context,
    actions.filter((a) => a.campaignId === campaign.id && named(a.id)),
    started + CREATE_BUDGET_MS,
  );
  // Read back from what was written, not from a query that may not see it yet.
  const after = actions.map((a) => latest.get(a.id) ?? a);
  const plan = await fullPlanView(ports, caller, request.accountId, after, { kind: 'ready', ...target });
  return ok({ ...outcome, plan });
}
