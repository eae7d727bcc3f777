/**
 * The follow-up state of an action, as Jira last told it, merged from observations that arrive at least once and
 * in any order (trigger events, searches of the refresh and of the reconciliation).
 *
 * The merge is a join: commutative, associative and idempotent, so any delivery order and any duplicate give the
 * same state. The current fields are those of the observation with the newest Jira `updated` time; the history
 * is the set of statuses seen, each at the Jira time it was seen at.
 */
export type StatusCategory = 'new' | 'indeterminate' | 'done';

/** One reading of an issue's state, from an event or a search. */
export interface Observation {
  /** Jira's `updated` time of the issue, epoch ms. */
  updated: number;
  statusCategory: StatusCategory;
  statusName: string;
  assigneeAccountId: string | null;
  dueDate: string | null;
}

/** The status an issue was seen in, at one of its Jira `updated` times. */
export interface Sighting {
  at: number;
  to: StatusCategory;
  toName: string;
}

export interface FollowUp {
  current: Observation;
  /**
   * Every distinct status sighting, oldest first. Kept raw (a set) rather than as changes: dropping a repeat at
   * arrival would depend on the order of arrival. `statusChanges` reads the changes out of it.
   */
  sightings: Sighting[];
}

/** Enough for years of follow-up; past it the oldest go first (the record has a size limit). */
export const SIGHTING_LIMIT = 200;

const CATEGORY_ORDER: Record<StatusCategory, number> = { new: 0, indeterminate: 1, done: 2 };

/** A total order on observations: Jira's time first, then a stable tie-break so that equal times still commute. */
function compare(a: Observation, b: Observation): number {
  if (a.updated !== b.updated) return a.updated - b.updated;
  const key = (o: Observation) =>
    [CATEGORY_ORDER[o.statusCategory], o.statusName, o.assigneeAccountId ?? '', o.dueDate ?? ''].join(
      '\u0000',
    );
  const [ka, kb] = [key(a), key(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

const sightingKey = (c: Sighting) => `${String(c.at).padStart(16, '0')}:${c.to}:${c.toName}`;

function union(a: readonly Sighting[], b: readonly Sighting[]): Sighting[] {
  const byKey = new Map<string, Sighting>();
  for (const s of [...a, ...b]) byKey.set(sightingKey(s), s);
  const all = [...byKey.entries()].sort(([ka], [kb]) => (ka < kb ? -1 : ka > kb ? 1 : 0)).map(([, s]) => s);
  return all.slice(Math.max(0, all.length - SIGHTING_LIMIT));
}

/** Folds one observation in. */
export function observe(state: FollowUp | undefined, observation: Observation): FollowUp {
  const sighting = {
    at: observation.updated,
    to: observation.statusCategory,
    toName: observation.statusName,
  };
  return mergeFollowUps(state, { current: observation, sightings: [sighting] })!;
}

/** Joins two states (an action read by two invocations): what both saw. */
export function mergeFollowUps(a: FollowUp | undefined, b: FollowUp | undefined): FollowUp | undefined {
  if (!a) return b;
  if (!b) return a;
  return {
    current: compare(b.current, a.current) > 0 ? b.current : a.current,
    sightings: union(a.sightings, b.sightings),
  };
}

/** The status changes, oldest first: each sighting whose status differs from the one before it. */
export function statusChanges(followUp: FollowUp | undefined): Sighting[] {
  const changes: Sighting[] = [];
  for (const sighting of followUp?.sightings ?? []) {
    if (changes.at(-1)?.toName !== sighting.toName) changes.push(sighting);
  }
  return changes;
}

/** Due and not done by the end of its due day (UTC, like every day of the app). */
export function isOverdue(followUp: FollowUp | undefined, dueDate: string | null | undefined, today: string) {
  const due = followUp ? followUp.current.dueDate : (dueDate ?? null);
  if (due === null) return false;
  return followUp?.current.statusCategory !== 'done' && due < today;
}

export const sameFollowUp = (a: FollowUp | undefined, b: FollowUp | undefined): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
