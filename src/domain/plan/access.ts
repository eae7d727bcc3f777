/**
 * Who works on a campaign's plan. The plan starts from the results, so it exists once the campaign is closed.
 * - Admins and the campaign's own buyers (listed in its team and holding the team role) draft, select, create
 *   the Jira issues and adjust.
 * - Quality managers read it (audit evidence).
 * - Everyone else is refused as if there were no campaign.
 */
import { isTeamMember, type AppRole, type Campaign } from '../campaign';

export type PlanAccess =
  { kind: 'edit' } | { kind: 'read' } | { kind: 'refused'; reason: 'not-entitled' | 'not-closed' };

export function planAccessOf(campaign: Campaign, roles: readonly AppRole[], accountId: string): PlanAccess {
  const edits = roles.includes('admin') || (roles.includes('team') && isTeamMember(campaign, accountId));
  const reads = edits || roles.includes('quality');
  if (!reads) return { kind: 'refused', reason: 'not-entitled' };
  if (campaign.status !== 'closed') return { kind: 'refused', reason: 'not-closed' };
  return edits ? { kind: 'edit' } : { kind: 'read' };
}
