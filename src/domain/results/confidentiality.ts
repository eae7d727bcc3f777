/**
 * Which groups of a results breakdown may be shown (DOMAIN "Anonymity and confidentiality"): a minimum group size
 * on the people who submitted, and complementary suppression so that no hidden group can be worked out from the
 * total and the visible groups; then the same two rules per criterion, on the answers to it, within the shown
 * groups. Pure data and functions: no I/O, no Forge import.
 */
import { MIN_GROUP_SIZE } from '../participation';

/** Grouped comments tell more about who wrote them than a count does: DOMAIN's higher default. */
export const MIN_COMMENT_GROUP_SIZE = 10;

/** The floor no setting goes under: with 2 people, each one knows the other's answer. */
export const MIN_ALLOWED_GROUP_SIZE = 3;

export type HiddenReason = 'below-threshold' | 'complementary';

/** What a hidden group shows: why, and nothing else (no count, no score, never a 0 standing for "hidden"). */
export interface Hidden {
  hidden: true;
  reason: HiddenReason;
}

export type Visibility<T> = Hidden | ({ hidden: false } & T);

export const hide = (reason: HiddenReason): Hidden => ({ hidden: true, reason });

/**
 * A configured k, or the default when there is none; never below 3. A fraction rounds up: a group of 4.5 people
 * does not exist, and rounding down would show a group smaller than asked for.
 */
export function effectiveThreshold(k: number | undefined, fallback: number): number {
  const chosen = k === undefined || !Number.isFinite(k) ? fallback : k;
  return Math.max(MIN_ALLOWED_GROUP_SIZE, Math.ceil(chosen));
}

export interface Group {
  id: string;
  respondents: number;
}

/**
 * The hidden groups of a partition of the respondents, with why. First every group of fewer than k people; then,
 * while the hidden groups together hold more than 0 and fewer than k people, the smallest visible group too (ties:
 * the smaller id, so the same data always hides the same group). Afterwards total − visible groups is a set of 0
 * or at least k people, or nothing is visible. Zero-respondent groups are hidden but reveal nobody, so they start
 * no suppression.
 *
 * The groups must partition the respondents (every respondent in exactly one group): a respondent in no group
 * would be total − all groups.
 */
export function suppressionOf(groups: readonly Group[], k: number): Map<string, HiddenReason> {
  const min = effectiveThreshold(k, MIN_GROUP_SIZE);
  const sizes = new Map<string, number>();
  for (const group of groups) sizes.set(group.id, (sizes.get(group.id) ?? 0) + group.respondents);
  const hidden = new Map<string, HiddenReason>();
  for (const [id, respondents] of sizes) if (respondents < min) hidden.set(id, 'below-threshold');
  return complemented(sizes, hidden, min);
}

/** Why one criterion's figures are hidden in a shown group: its own few ratings, or another cell's. */
export type CellReason = 'too-few-answers' | 'complementary';

/**
 * One criterion across the shown groups of a partition (issue 16, item 6): which of them must still hide their
 * figures for it, with why. k applies to the answers to the criterion (its ratings, "not applicable" left out),
 * not only to the group's respondents: a shown group of 12 where 4 rated a criterion would tell what those 4
 * think. First every cell rated by fewer than k; then, while the hidden cells and `elsewhere` together hold 1..k−1
 * ratings of it, the smallest shown cell too (ties: the smaller id). The criterion's overall count minus its shown
 * cells is then 0 or at least k ratings, or no cell is shown.
 *
 * `ratings` is each shown group's number of ratings of the criterion; `elsewhere`, the ratings of it in the groups
 * hidden as a whole (overall − the shown groups): they are part of what overall − shown cells gives away.
 */
export function cellSuppressionOf(
  ratings: ReadonlyMap<string, number>,
  elsewhere: number,
  k: number,
): Map<string, CellReason> {
  const min = effectiveThreshold(k, MIN_GROUP_SIZE);
  const hidden = new Map<string, CellReason>();
  for (const [id, n] of ratings) if (n < min) hidden.set(id, 'too-few-answers');
  return complemented(ratings, hidden, min, elsewhere);
}

/**
 * The complementary step of both rules: while what is hidden (with `outside`, hidden beforehand) holds more than 0
 * and fewer than `min`, hide the smallest shown entry too (ties: the smaller id).
 */
function complemented<R extends string>(
  sizes: ReadonlyMap<string, number>,
  hidden: Map<string, R | 'complementary'>,
  min: number,
  outside = 0,
): Map<string, R | 'complementary'> {
  let hiddenTotal = outside;
  for (const id of hidden.keys()) hiddenTotal += sizes.get(id) ?? 0;
  const shown = [...sizes]
    .filter(([id]) => !hidden.has(id))
    .sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0));
  for (const [id, size] of shown) {
    if (hiddenTotal === 0 || hiddenTotal >= min) break;
    hidden.set(id, 'complementary');
    hiddenTotal += size;
  }
  return hidden;
}

export function visibleGroups(groups: readonly Group[], k: number): Set<string> {
  const hidden = suppressionOf(groups, k);
  return new Set(groups.map((g) => g.id).filter((id) => !hidden.has(id)));
}
