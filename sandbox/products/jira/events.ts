/**
 * `avi:jira:updated:issue` as Forge delivers it to `trigger` modules (developer.atlassian.com/platform/forge/
 * events-reference/jira, "Issue updated"), and its delivery: at least once and unordered on Forge, so here as
 * many copies and in whatever order a test or the host page asks, or held back and released later.
 */
import type { ProductEvent, ProductEventOptions, TriggerDelivery } from '../../events/triggers';
import {
  APP_ACCOUNT_ID,
  ISSUE_TYPES,
  issueTypeJson,
  jiraTime,
  projectRefJson,
  statusById,
  statusJson,
} from './model';
import type { IssueRecord } from './store';

export const ISSUE_UPDATED = 'avi:jira:updated:issue';

export interface JiraEventDelivery {
  /** Each event delivered this many times in all. Default 1. */
  copies?: number;
  /** The order of a batch (a bulk change, or released events). Default as they happened. */
  order?: 'as-given' | 'reverse' | 'shuffle';
  /** Seed of 'shuffle', to replay an order. */
  seed?: number;
}

/** Where events go: the host's TriggerService (`deliverProductEvents`), or a test's own function. */
export type JiraEventSink = (
  events: ProductEvent[],
  options: ProductEventOptions,
) => Promise<TriggerDelivery[]>;

/** One entry of `changelog.items`, as Jira writes it: ids in `from`/`to`, display values in the `…String`s. */
export interface ChangeItem {
  field: string;
  fieldtype: 'jira';
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

/** The event for one change of an issue. `actor` is who made it: a persona, or the app's own account. */
export function issueUpdatedEvent(
  siteUrl: string,
  issue: IssueRecord,
  change: { changelogId: number; items: ChangeItem[]; actor: string; previousStatusId?: string },
): ProductEvent {
  const status = statusById(issue.statusId)!;
  const type = ISSUE_TYPES.find((t) => t.id === issue.issueTypeId)!;
  const previous = change.previousStatusId ? statusById(change.previousStatusId) : undefined;
  const users = new Set([change.actor]);
  for (const item of change.items) {
    if (item.field !== 'assignee') continue;
    if (item.from) users.add(item.from);
    if (item.to) users.add(item.to);
  }
  const payload: Record<string, unknown> = {
    eventType: ISSUE_UPDATED,
    selfGenerated: change.actor === APP_ACCOUNT_ID,
    jiraEventTypeName: previous ? 'issue_generic' : 'issue_updated',
    issue: {
      id: issue.id,
      key: issue.key,
      fields: {
        summary: issue.summary,
        issuetype: issueTypeJson(siteUrl, type),
        creator: { accountId: issue.reporterAccountId },
        created: jiraTime(issue.createdMs),
        project: projectRefJson(siteUrl),
        reporter: { accountId: issue.reporterAccountId },
        assignee: issue.assigneeAccountId ? { accountId: issue.assigneeAccountId } : null,
        updated: jiraTime(issue.updatedMs),
        status: statusJson(siteUrl, status),
        duedate: issue.duedate,
        labels: [...issue.labels],
      },
    },
    atlassianId: change.actor,
    associatedUsers: [...users].map((accountId) => ({ accountId })),
    changelog: { id: String(change.changelogId), items: change.items },
  };
  // Only a status change carries the statuses: the previous one first, then the current one.
  if (previous) payload.associatedStatuses = [statusJson(siteUrl, previous), statusJson(siteUrl, status)];
  return { eventType: ISSUE_UPDATED, payload };
}

export class EventDispatcher {
  private holding = false;
  private readonly held: ProductEvent[] = [];
  private readonly pending = new Set<Promise<unknown>>();
  private readonly emitted: ProductEvent[] = [];
  defaults: JiraEventDelivery = {};

  constructor(
    private readonly sink: JiraEventSink | undefined,
    private readonly logError: (message: string) => void,
  ) {}

  get isHolding(): boolean {
    return this.holding;
  }

  /** Every event produced so far, delivered or held, in the order the changes happened. */
  all(): ProductEvent[] {
    return [...this.emitted];
  }

  heldEvents(): ProductEvent[] {
    return [...this.held];
  }

  emit(events: ProductEvent[], options: JiraEventDelivery = {}): Promise<TriggerDelivery[]> {
    this.emitted.push(...events);
    if (this.holding) {
      this.held.push(...events);
      return Promise.resolve([]);
    }
    return this.send(events, options);
  }

  hold(): void {
    this.holding = true;
  }

  /** Delivers what was held, in the order asked, and stops holding. */
  release(options: JiraEventDelivery = {}): Promise<TriggerDelivery[]> {
    this.holding = false;
    return this.send(this.held.splice(0), options);
  }

  /** Resolves once every delivery under way (including those it starts) has finished. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  forget(): void {
    this.held.splice(0);
    this.emitted.splice(0);
    this.holding = false;
  }

  private send(events: ProductEvent[], options: JiraEventDelivery): Promise<TriggerDelivery[]> {
    if (events.length === 0 || !this.sink) return Promise.resolve([]);
    const merged = { ...this.defaults, ...options };
    const delivery = this.sink(events, { copies: merged.copies, order: merged.order, seed: merged.seed });
    const tracked = delivery.finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
    tracked.catch((error: unknown) =>
      this.logError(`[jira sandbox] delivering ${ISSUE_UPDATED} failed: ${String(error)}`),
    );
    return tracked;
  }
}
