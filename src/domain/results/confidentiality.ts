/**
 * Which groups of a results breakdown may be shown (DOMAIN "Anonymity and confidentiality"): a minimum group size
 * on the people who submitted, and complementary suppression so that no hidden group can be worked out from the
 * total and the visible groups. Pure data and functions: no I/O, no Forge import.
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
 * or at least k people, or nothing is visible. Zero-respondent groups are hidden but reveal nothing, so they start
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
  let hiddenTotal = 0;
  for (const [id, respondents] of sizes) {
    if (respondents >= min) continue;
    hidden.set(id, 'below-threshold');
    hiddenTotal += respondents;
  }
  const visible = [...sizes]
    .filter(([id]) => !hidden.has(id))
    .sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0));
  for (const [id, respondents] of visible) {
    if (hiddenTotal === 0 || hiddenTotal >= min) break;
    hidden.set(id, 'complementary');
    hiddenTotal += respondents;
  }
  return hidden;
}

export function visibleGroups(groups: readonly Group[], k: number): Set<string> {
  const hidden = suppressionOf(groups, k);
  return new Set(groups.map((g) => g.id).filter((id) => !hidden.has(id)));
}
