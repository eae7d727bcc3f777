/**
 * The queue's side of the plan: the remote link from each new issue back to the Confluence page. Jira has no bulk
 * endpoint for remote links, so they are one request each, off the user's request, as the app. The link's
 * `globalId` makes a replayed job update the same link rather than add a second one.
 */
import { z } from 'zod';
import type { Action } from '../../domain/plan';
import { batchesOf } from '../../domain/plan';
import type { Ports } from '../../ports';
import type { PlanJob } from '../../ports/jobs';

const jobSchema = z.object({
  kind: z.literal('link'),
  campaignId: z.string().max(64),
  actionIds: z.array(z.string().regex(/^act-[a-f0-9]{16}$/)).max(50),
});

export const linkGlobalId = (actionId: string) => `procurement-crm:action:${actionId}`;

/**
 * Remote link jobs for the issues just created. A push that fails is logged, not raised: the issues exist, and
 * the reconciliation pushes the links of created actions still unlinked.
 */
export async function pushLinkJobs(
  ports: Pick<Ports, 'jobs' | 'logger'>,
  campaignId: string,
  actions: readonly Action[],
): Promise<void> {
  const ids = actions.filter((a) => a.jira.state === 'created' && !a.jira.linked).map((a) => a.id);
  if (ids.length === 0) return;
  try {
    await ports.jobs.push(
      batchesOf(ids).map((actionIds) => ({ kind: 'link' as const, campaignId, actionIds })),
    );
  } catch (error) {
    ports.logger.error(
      'plan: the remote link jobs could not be queued',
      error instanceof Error ? error.message : '',
    );
  }
}

export type JobOutcome = { done: true } | { done: false; retryAfterSeconds: number };

/** Runs one job; answers when the platform should run it again (Jira said to wait). */
export async function runPlanJob(
  ports: Pick<Ports, 'actions' | 'jira' | 'logger'>,
  body: unknown,
): Promise<JobOutcome> {
  const parsed = jobSchema.safeParse(body);
  if (!parsed.success) {
    ports.logger.error('plan job: not a job of this app, dropped');
    return { done: true };
  }
  const job: PlanJob = parsed.data;
  for (const actionId of job.actionIds) {
    const action = await ports.actions.read(actionId);
    if (!action || action.campaignId !== job.campaignId) continue;
    if (action.jira.state !== 'created' || action.jira.linked || !action.jira.linkTo) continue;
    const linked = await ports.jira.addRemoteLink('app', action.jira.key, {
      globalId: linkGlobalId(action.id),
      ...action.jira.linkTo,
    });
    if (!linked.ok) {
      const wait = linked.problem.retryAfterSeconds;
      if (
        linked.problem.kind === 'rateLimited' ||
        linked.problem.kind === 'unavailable' ||
        linked.problem.kind === 'timeout'
      ) {
        return { done: false, retryAfterSeconds: wait ?? 30 };
      }
      ports.logger.error(
        `plan job: Jira refused the remote link of ${action.jira.key} (${linked.problem.kind})`,
      );
      continue;
    }
    await markLinked(ports, action);
  }
  return { done: true };
}

/** A lost race re-reads and tries again: the link exists either way, only the flag is at stake. */
async function markLinked(ports: Pick<Ports, 'actions'>, first: Action): Promise<void> {
  let action: Action | undefined = first;
  for (let attempt = 0; attempt < 3 && action; attempt += 1) {
    if (action.jira.state !== 'created' || action.jira.linked) return;
    const change = {
      action: { ...action, jira: { ...action.jira, linked: true }, revision: action.revision + 1 },
      expectedRevision: action.revision,
    };
    const [outcome] = await ports.actions.write([change]);
    if (outcome === 'written') return;
    action = await ports.actions.read(first.id);
  }
}
