/**
 * Due-date notices (issue 18, item 5), sent by the scheduled reconciliation as the app, after it read every issue's
 * state from Jira. For each action the planner picks (src/domain/plan/notices.ts):
 * 1. claim the week's slot with a write conditional on the action's revision: of two runs (a duplicate delivery,
 *    a retry) only one wins it, and a lost write re-reads and decides again;
 * 2. ask Jira to send the notice (one request);
 * 3. record what Jira answered. A crash between 1 and 3 leaves the claim, which counts as sent: a notice may be
 *    missed for a week, never sent twice. A refusal is recorded and not retried before the week is over.
 */
import { dayOf } from '../../domain/common';
import {
  dueForNotice,
  needsNotice,
  noticeMessage,
  withNoticeClaimed,
  withNoticeOutcome,
  type Action,
  type NoticeOutcome,
  type NoticeSettings,
} from '../../domain/plan';
import { isOverdue } from '../../domain/followup';
import type { Ports } from '../../ports';
import type { JiraAnswer } from '../../ports/jira';

type NoticePorts = Pick<Ports, 'actions' | 'jira' | 'clock' | 'logger'>;

/** How often a lost race is decided again before the action is left to the next run. */
const ATTEMPTS = 5;

/** Writes `next(action)` at the action's revision, re-reading after a lost race; the action as written, or none. */
async function update(
  ports: Pick<Ports, 'actions'>,
  first: Action,
  next: (action: Action) => Action | undefined,
): Promise<Action | undefined> {
  let action: Action | undefined = first;
  for (let attempt = 0; attempt < ATTEMPTS && action; attempt += 1) {
    const changed = next(action);
    if (!changed) return undefined;
    const written = { ...changed, revision: action.revision + 1 };
    const [outcome] = await ports.actions.write([{ action: written, expectedRevision: action.revision }]);
    if (outcome === 'written') return written;
    action = await ports.actions.read(first.id);
  }
  return undefined;
}

/** What Jira's answer makes of the notice: only a 429 is sure to have done nothing, so it gives the slot back. */
function outcomeOf(answer: JiraAnswer<void>): Exclude<NoticeOutcome, 'claimed'> {
  if (answer.ok) return 'sent';
  if (answer.problem.kind === 'rateLimited') return 'deferred';
  if (answer.problem.kind === 'timeout' || answer.problem.kind === 'unavailable') return 'unknown';
  return 'refused';
}

/** One action's notice: claim, send, record. Answers whether Jira was asked. */
async function noticeOne(ports: NoticePorts, action: Action, settings: NoticeSettings): Promise<boolean> {
  const now = ports.clock.now();
  const today = dayOf(now);
  const claimed = await update(ports, action, (a) =>
    needsNotice(a, now, today) ? withNoticeClaimed(a, now) : undefined,
  );
  if (!claimed || claimed.jira.state !== 'created' || !claimed.followUp) return false;
  const { dueDate } = claimed.followUp.current;
  const answer = await ports.jira.notify(
    'app',
    claimed.jira.key,
    noticeMessage(settings.locale, {
      issueKey: claimed.jira.key,
      // In the notice's language when the team gave that text, as the issue's English summary otherwise.
      title: claimed.title[settings.locale] ?? claimed.title['en-US'],
      dueDate: dueDate ?? '',
      overdue: isOverdue(claimed.followUp, dueDate, today),
      ...(claimed.jira.linkTo ? { planUrl: claimed.jira.linkTo.url } : {}),
    }),
  );
  const outcome = outcomeOf(answer);
  if (!answer.ok) {
    ports.logger.error(
      `plan notices: Jira did not send the notice of ${claimed.jira.key} (${answer.problem.kind})`,
    );
  }
  const problem = answer.ok ? undefined : answer.problem.kind;
  await update(ports, claimed, (a) => {
    const next = withNoticeOutcome(a, now, outcome, problem, action.notice);
    return next === a ? undefined : next;
  });
  return true;
}

/** The notices of a campaign's actions (as just refreshed): answers how many Jira was asked to send. */
export async function sendDueNotices(
  ports: NoticePorts,
  actions: readonly Action[],
  settings: NoticeSettings,
): Promise<number> {
  const now = ports.clock.now();
  let asked = 0;
  for (const action of dueForNotice(actions, settings, now, dayOf(now))) {
    if (await noticeOne(ports, action, settings)) asked += 1;
  }
  return asked;
}
