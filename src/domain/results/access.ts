/**
 * Who sees a campaign's results, and how much (issue 8, "who sees what"). Pure data and functions.
 *
 * - The roles the campaign lists see everything once it is closed: admins, quality managers, and the campaign's
 *   own buyers (listed in its team and holding the team role).
 * - Customers of the audience see the overall and their own department (if it passes the threshold), once closed
 *   and only if the campaign says so.
 * - Nobody sees results before the close. Anonymous campaigns must not (comparing results before and after one
 *   person submits would give their answer away); named ones could, but their figures are built at the close too,
 *   so that every reader of a campaign sees the same settled figures.
 */
import { inAudience, standingOf, type Campaign } from '../campaigns';
import { type AppRole } from '../roles';

export type ResultsAccess =
  | { kind: 'full' }
  | { kind: 'customer'; departmentId: string | undefined }
  | { kind: 'refused'; reason: 'not-entitled' | 'not-closed' | 'not-shared' };

export function resultsAccessOf(
  campaign: Campaign,
  roles: readonly AppRole[],
  accountId: string,
): ResultsAccess {
  const shared = campaign.results.roles;
  const standing = standingOf(campaign, roles, accountId);
  const asRole: AppRole[] = [];
  if (standing.admin) asRole.push('admin');
  if (standing.quality) asRole.push('quality');
  if (standing.team) asRole.push('team');
  const { eligibility } = standing;
  const audience = inAudience(standing);
  const staff = asRole.some((role) => shared.includes(role));
  if (!staff && !audience && asRole.length === 0) return { kind: 'refused', reason: 'not-entitled' };
  if (!staff && !(audience && campaign.results.customersAfterClose)) {
    return { kind: 'refused', reason: 'not-shared' };
  }
  if (campaign.status !== 'closed') return { kind: 'refused', reason: 'not-closed' };
  if (staff) return { kind: 'full' };
  return {
    kind: 'customer',
    departmentId: eligibility.kind === 'member' ? eligibility.departmentId : undefined,
  };
}
