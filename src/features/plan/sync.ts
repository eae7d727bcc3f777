/**
 * Status sync: Jira's state of each action's issue, folded into the follow-up (src/domain/plan/follow-up.ts, a
 * join: any order, any duplicate, same state). Three ways in:
 * - the trigger on `avi:jira:updated:issue` (at least once, unordered), as the app;
 * - the refresh button, as the user: one `search/jql` per 100 issues;
 * - the scheduled reconciliation, as the app, which also settles intents left pending (look-up by action id).
 */
import { z } from 'zod';
import { dayOf } from '../../domain/common';
import type { Action } from '../../domain/plan';
import { afterEmptyLookUp, isSettledPending, withIssue, batchesOf } from '../../domain/plan';
import { observe, sameFollowUp, type Observation } from '../../domain/followup';
import type { Ports } from '../../ports';
import { SEARCH_PAGE_LIMIT, type JiraIdentity } from '../../ports/jira';
import { pushLinkJobs } from './jobs';
import { closeDueRounds } from '../weighing';

type SyncPorts = Pick<Ports, 'actions' | 'jira' | 'clock' | 'logger'>;

const categorySchema = z.enum(['new', 'indeterminate', 'done']);
/** The part of Jira's issue event the follow-up reads; the rest is Jira's business. */
const issueEventSchema = z.object({
  issue: z.object({
    id: z.string().regex(/^[0-9]{1,18}$/),
    key: z.string().max(64),
    fields: z
      .object({
        status: z.object({ name: z.string().max(255), statusCategory: z.object({ key: categorySchema }) }),
        assignee: z
          .object({ accountId: z.string().max(128) })
          .nullable()
          .optional(),
        duedate: z.string().max(10).nullable().optional(),
        updated: z.string().max(40),
      })
      .optional(),
  }),
});

const observationOfEvent = (fields: z.infer<typeof issueEventSchema>['issue']['fields']) => {
  if (!fields) return undefined;
  const updated = Date.parse(fields.updated);
  if (Number.isNaN(updated)) return undefined;
  return {
    updated,
    statusCategory: fields.status.statusCategory.key,
    statusName: fields.status.name,
    assigneeAccountId: fields.assignee?.accountId ?? null,
    dueDate: fields.duedate ?? null,
  } satisfies Observation;
};

/** Folds observations into an action, re-reading on a lost race. Answers the action as written. */
async function fold(
  ports: Pick<Ports, 'actions'>,
  first: Action,
  observations: readonly Observation[],
): Promise<Action | undefined> {
  let action: Action | undefined = first;
  for (let attempt = 0; attempt < 5 && action; attempt += 1) {
    let followUp = action.followUp;
    for (const observation of observations) followUp = observe(followUp, observation);
    if (sameFollowUp(followUp, action.followUp)) return action;
    const next = { ...action, ...(followUp ? { followUp } : {}), revision: action.revision + 1 };
    const [outcome] = await ports.actions.write([{ action: next, expectedRevision: action.revision }]);
    if (outcome === 'written') return next;
    action = await ports.actions.read(first.id);
  }
  return action;
}

/** The trigger: an issue changed. Events of issues that are not an action's are ignored. */
export async function onIssueUpdated(ports: SyncPorts, event: unknown): Promise<void> {
  const parsed = issueEventSchema.safeParse(event);
  if (!parsed.success) return;
  const { issue } = parsed.data;
  const action = await ports.actions.byIssueId(issue.id);
  if (!action) return;
  let observation = observationOfEvent(issue.fields);
  if (!observation) {
    // An event without the fields it should carry: ask Jira what the issue is now.
    const read = await ports.jira.states('app', [issue.key]);
    observation = read.ok ? read.value.states.find((s) => s.id === issue.id) : undefined;
  }
  if (!observation) return;
  await fold(ports, action, [observation]);
}

export interface RefreshOutcome {
  /** The actions after the refresh, by id (those that changed, and the rest as read). */
  actions: Action[];
  searches: number;
  problem?: string;
}

/** Reads the state of every created issue of these actions, 100 a search, and folds it in. */
export async function refreshActions(
  ports: SyncPorts,
  as: JiraIdentity,
  actions: readonly Action[],
): Promise<RefreshOutcome> {
  const created = actions.filter((a) => a.jira.state === 'created');
  const byKey = new Map(created.map((a) => [a.jira.state === 'created' ? a.jira.key : '', a]));
  const latest = new Map(actions.map((a) => [a.id, a]));
  let searches = 0;
  for (const keys of batchesOf([...byKey.keys()], SEARCH_PAGE_LIMIT)) {
    searches += 1;
    const answer = await ports.jira.states(as, keys);
    if (!answer.ok) return { actions: [...latest.values()], searches, problem: answer.problem.kind };
    // One write per 25 changed actions; an action that changed meanwhile is folded again on its own.
    const changes = answer.value.states.flatMap((state) => {
      const action = byKey.get(state.key);
      if (!action || action.jira.state !== 'created' || action.jira.id !== state.id) return [];
      const followUp = observe(action.followUp, state);
      if (sameFollowUp(followUp, action.followUp)) return [];
      return [
        {
          action: { ...action, followUp, revision: action.revision + 1 },
          expectedRevision: action.revision,
          state,
        },
      ];
    });
    const outcomes = await ports.actions.write(changes);
    for (const [i, { action, state }] of changes.entries()) {
      const written = outcomes[i] === 'written' ? action : await fold(ports, action, [state]);
      if (written) latest.set(action.id, written);
    }
    if (answer.value.missing.length > 0) {
      ports.logger.error(`plan refresh: ${answer.value.missing.length} issue(s) no longer found in Jira`);
    }
  }
  return { actions: [...latest.values()], searches };
}

/**
 * Pending intents old enough to have settled: a look-up finds their issue (created) or tells there is none
 * (failed, with a retry in the plan). As the app: nobody waits for it.
 */
export async function settlePending(ports: SyncPorts, actions: readonly Action[]): Promise<Action[]> {
  const now = ports.clock.now();
  const stale = actions.filter((a) => isSettledPending(a, now));
  const out: Action[] = [];
  for (const batch of batchesOf(stale)) {
    const found = await ports.jira.findByActionIds(
      'app',
      batch.map((a) => a.id),
    );
    if (!found.ok) return out;
    const byId = new Map(found.value.map((issue) => [issue.actionId, issue]));
    const changes = batch.map((a) => {
      const issue = byId.get(a.id);
      const linkTo = a.jira.state === 'pending' ? a.jira.linkTo : undefined;
      const next = issue ? withIssue(a, issue, now, linkTo) : afterEmptyLookUp(a, now);
      return { action: { ...next, revision: a.revision + 1 }, expectedRevision: a.revision };
    });
    const outcomes = await ports.actions.write(changes);
    out.push(...changes.filter((_, i) => outcomes[i] === 'written').map((c) => c.action));
  }
  return out;
}

/**
 * The scheduled reconciliation over every closed campaign's plan: weighing rounds past their closing day closed,
 * intents left pending settled, every issue's state read again.
 */
export async function reconcilePlans(
  ports: SyncPorts & Pick<Ports, 'campaigns' | 'plans' | 'pseudonyms' | 'jobs'>,
) {
  const campaigns = await ports.campaigns.withStatus('closed');
  const rounds = await closeDueRounds(
    ports,
    campaigns.map((c) => c.id),
  );
  let settled = 0;
  let refreshed = 0;
  for (const campaign of campaigns) {
    const actions = await ports.actions.list(campaign.id);
    if (actions.length === 0) continue;
    const done = await settlePending(ports, actions);
    settled += done.length;
    const merged = actions.map((a) => done.find((d) => d.id === a.id) ?? a);
    // Links whose job was lost (or never queued) are queued again; the link's globalId makes a repeat harmless.
    await pushLinkJobs(ports, campaign.id, merged);
    // Done ones too: an issue can be reopened, and that event may be the one that was missed.
    const outcome = await refreshActions(ports, 'app', merged);
    refreshed += outcome.searches;
  }
  return { settled, searches: refreshed, roundsClosed: rounds, day: dayOf(ports.clock.now()) };
}
