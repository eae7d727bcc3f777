/**
 * Status sync: Jira's state of each action's issue, folded into the follow-up (src/domain/plan/follow-up.ts, a
 * join: any order, any duplicate, same state). Three ways in:
 * - the trigger on `avi:jira:updated:issue` (at least once, unordered), as the app;
 * - the refresh button, as the user: one `search/jql` per 100 issues;
 * - the scheduled reconciliation, as the app, which also settles intents left pending (look-up by action id).
 */
import { z } from 'zod';
import { dayOf } from '../../domain/common';
import type { Action, NoticeSettings } from '../../domain/plan';
import { afterEmptyLookUp, isSettledPending, needsNotice, withIssue, batchesOf } from '../../domain/plan';
import { observe, sameFollowUp, type Observation } from '../../domain/followup';
import type { Ports } from '../../ports';
import { SEARCH_PAGE_LIMIT, type JiraIdentity } from '../../ports/jira';
import { pushLinkJobs } from './jobs';
import { sendDueNotices } from './notices';
import { closeDueRounds } from '../weighing';

type SyncPorts = Pick<Ports, 'actions' | 'jira' | 'clock' | 'logger' | 'live'>;

/**
 * What the follow-up takes from Jira's issue event: the issue's id, to find its action, and the site its links
 * name. Nothing else: an event is a hint (anyone who can reach the trigger could forge its fields), so the issue's
 * state is read from Jira itself.
 */
const issueHintSchema = z.object({
  issue: z.object({
    id: z.string().regex(/^[0-9]{1,18}$/),
    self: z.string().max(2048).optional(),
    fields: z
      .object({
        project: z
          .object({ self: z.string().max(2048) })
          .partial()
          .optional(),
        status: z
          .object({ self: z.string().max(2048) })
          .partial()
          .optional(),
      })
      .partial()
      .optional(),
  }),
});

const originOf = (url: string | undefined): string | undefined => {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return 'invalid';
  }
};

/** The event names no other site than the one the action's issue is on (known from Jira's create answer). */
function fromIssueSite(hint: z.infer<typeof issueHintSchema>, issueUrl: string | undefined): boolean {
  const site = originOf(issueUrl);
  const named = [hint.issue.self, hint.issue.fields?.project?.self, hint.issue.fields?.status?.self]
    .map(originOf)
    .filter((origin): origin is string => origin !== undefined);
  return site === undefined ? true : named.every((origin) => origin === site);
}

/**
 * Jira's state of these actions' issues, in one search, as an observation per action id. An issue Jira does not
 * answer for is left out: the refresh, the trigger or the reconciliation will bring it.
 */
export async function observedIn(
  ports: Pick<Ports, 'jira'>,
  as: JiraIdentity,
  actions: readonly Action[],
): Promise<Map<string, Observation>> {
  const created = actions.flatMap((a) => (a.jira.state === 'created' ? [{ action: a.id, ...a.jira }] : []));
  if (created.length === 0) return new Map();
  const read = await ports.jira.states(
    as,
    created.map((c) => c.key),
  );
  if (!read.ok) return new Map();
  const byIssue = new Map(read.value.states.map((state) => [state.id, state]));
  return new Map(
    created.flatMap(({ action, id }) => {
      const state = byIssue.get(id);
      return state ? [[action, state] as const] : [];
    }),
  );
}

/** Folds observations into an action, re-reading on a lost race. Answers the action as written, and whether it wrote. */
async function fold(
  ports: Pick<Ports, 'actions'>,
  first: Action,
  observations: readonly Observation[],
): Promise<{ action: Action | undefined; wrote: boolean }> {
  let action: Action | undefined = first;
  for (let attempt = 0; attempt < 5 && action; attempt += 1) {
    let followUp = action.followUp;
    for (const observation of observations) followUp = observe(followUp, observation);
    if (sameFollowUp(followUp, action.followUp)) return { action, wrote: false };
    const next = { ...action, ...(followUp ? { followUp } : {}), revision: action.revision + 1 };
    const [outcome] = await ports.actions.write([{ action: next, expectedRevision: action.revision }]);
    if (outcome === 'written') return { action: next, wrote: true };
    action = await ports.actions.read(first.id);
  }
  return { action, wrote: false };
}

/**
 * The trigger: an issue changed. Events of issues that are not an action's, or naming another site, are ignored;
 * for the others the issue is read from Jira (as the app) and what Jira says is folded in.
 */
export async function onIssueUpdated(ports: SyncPorts, event: unknown): Promise<void> {
  const parsed = issueHintSchema.safeParse(event);
  if (!parsed.success) return;
  const action = await ports.actions.byIssueId(parsed.data.issue.id);
  if (!action || action.jira.state !== 'created') return;
  if (!fromIssueSite(parsed.data, action.jira.url)) {
    ports.logger.error(`jira event: issue ${action.jira.id} named from another site, ignored`);
    return;
  }
  const observation = (await observedIn(ports, 'app', [action])).get(action.id);
  if (!observation) return;
  // A duplicate or late delivery folds to the same follow-up: nothing written, so nothing to tell the views.
  if ((await fold(ports, action, [observation])).wrote) await ports.live.changed(action.campaignId);
}

export interface RefreshOutcome {
  /** The actions after the refresh, by id (those that changed, and the rest as read). */
  actions: Action[];
  searches: number;
  /** How many actions this refresh wrote (0: Jira said nothing new). */
  changed: number;
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
  let changed = 0;
  for (const keys of batchesOf([...byKey.keys()], SEARCH_PAGE_LIMIT)) {
    searches += 1;
    const answer = await ports.jira.states(as, keys);
    if (!answer.ok) return { actions: [...latest.values()], searches, changed, problem: answer.problem.kind };
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
      const written =
        outcomes[i] === 'written' ? { action, wrote: true } : await fold(ports, action, [state]);
      if (written.action) latest.set(action.id, written.action);
      if (written.wrote) changed += 1;
    }
    if (answer.value.missing.length > 0) {
      ports.logger.error(`plan refresh: ${answer.value.missing.length} issue(s) no longer found in Jira`);
    }
  }
  return { actions: [...latest.values()], searches, changed };
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
 * intents left pending settled, every issue's state read again, then the due-date notices of what was read.
 */
export async function reconcilePlans(
  ports: SyncPorts &
    Pick<Ports, 'campaigns' | 'plans' | 'pseudonyms' | 'reminders' | 'jobs' | 'jiraSettings'>,
) {
  const campaigns = await ports.campaigns.withStatus('closed');
  const rounds = await closeDueRounds(
    ports,
    campaigns.map((c) => c.id),
  );
  let settled = 0;
  let refreshed = 0;
  let notices = 0;
  // Read once, and only when an issue is due for one: a run with nothing to notify costs no extra round trip.
  let noticeSettings: Promise<NoticeSettings> | undefined;
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
    if (done.length + outcome.changed > 0) await ports.live.changed(campaign.id);
    // Only on a state Jira just confirmed: a notice about a due date read last week could be wrong.
    const now = ports.clock.now();
    if (outcome.problem || !outcome.actions.some((a) => needsNotice(a, now, dayOf(now)))) continue;
    noticeSettings ??= ports.jiraSettings.notices();
    notices += await sendDueNotices(ports, outcome.actions, await noticeSettings);
  }
  return { settled, searches: refreshed, notices, roundsClosed: rounds, day: dayOf(ports.clock.now()) };
}
