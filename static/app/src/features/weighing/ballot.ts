/**
 * The 100-point rule, as the form applies it before the server does: each entry a whole number of points, 0 or
 * more (an empty box is 0), and all of them together exactly 100.
 */
export const TOTAL_POINTS = 100;

export type Entries = Record<string, string>;

/** A box's points, or null when what is typed is not a whole number of 0 or more. */
export function pointsOf(entry: string | undefined): number | null {
  const text = (entry ?? '').trim();
  if (text === '') return 0;
  if (!/^\d{1,3}$/.test(text)) return null;
  return Number(text);
}

export interface BallotCheck {
  total: number;
  /** The ids whose boxes hold something that is not a number of points. */
  invalid: string[];
  /** Points still to give (negative: too many). */
  left: number;
  ok: boolean;
}

export function checkBallot(ids: readonly string[], entries: Entries): BallotCheck {
  let total = 0;
  const invalid: string[] = [];
  for (const id of ids) {
    const points = pointsOf(entries[id]);
    if (points === null) invalid.push(id);
    else total += points;
  }
  return { total, invalid, left: TOTAL_POINTS - total, ok: invalid.length === 0 && total === TOTAL_POINTS };
}

/** What is sent: every candidate's points, zeros included (the server takes the whole ballot). */
export function ballotOf(ids: readonly string[], entries: Entries): Record<string, number> {
  return Object.fromEntries(ids.map((id) => [id, pointsOf(entries[id]) ?? 0]));
}

export const entriesOf = (ids: readonly string[], ballot: Record<string, number> | undefined): Entries =>
  Object.fromEntries(ids.map((id) => [id, ballot && id in ballot ? String(ballot[id]) : '']));
