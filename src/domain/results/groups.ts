/**
 * The partition of a campaign's respondents into the groups results are broken down by: its departments, the
 * "small groups" bucket and one group for everything else. Pure data and functions: no I/O, no Forge import.
 */
import { SMALL_GROUPS } from '../participation';

/**
 * Answers with no department or one the campaign does not list (a department removed from the audience, a record
 * from elsewhere). They must land in some group: a respondent in none would be overall − all groups.
 */
export const OTHER_GROUP = '_other';

export type GroupKind = 'department' | 'small-groups' | 'other';

/** The group an answer counts in; comments are grouped with the same function, so both breakdowns agree. */
export function groupOf(departmentIds: ReadonlySet<string>, departmentId: string | undefined): string {
  if (departmentId !== undefined && departmentIds.has(departmentId)) return departmentId;
  return departmentId === SMALL_GROUPS ? SMALL_GROUPS : OTHER_GROUP;
}

export const kindOf = (groupId: string, departmentIds: ReadonlySet<string>): GroupKind =>
  departmentIds.has(groupId) ? 'department' : groupId === SMALL_GROUPS ? 'small-groups' : 'other';

/** Answers by group, in one pass; groups nobody answered for are absent. */
export function partition<T extends { departmentId?: string }>(
  departmentIds: ReadonlySet<string>,
  answers: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const answer of answers) {
    const id = groupOf(departmentIds, answer.departmentId);
    const list = groups.get(id);
    if (list) list.push(answer);
    else groups.set(id, [answer]);
  }
  return groups;
}
