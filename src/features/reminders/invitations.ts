/**
 * The pending invitations behind the page banner follow the campaign: written for its audience when it opens (and
 * for people added while it is open), dropped when it closes. They are hints: the banner checks each one against
 * the campaign and the person's answer, so a write lost here only costs a missing banner, never a wrong one.
 */
import { invitedPeople, type Campaign } from '../../domain/campaigns';
import type { Ports } from '../../ports';

/**
 * Everyone invited to an open campaign that `before` (the campaign as it was) did not already invite; and the items
 * of people it no longer invites are dropped (the banner would only hide them, at a few reads per page view).
 */
export async function inviteAudience(
  ports: Pick<Ports, 'reminders'>,
  campaign: Campaign,
  before?: Campaign,
): Promise<void> {
  if (campaign.status !== 'open') return;
  const already = new Set(before?.status === 'open' ? invitedPeople(before) : []);
  const now = invitedPeople(campaign);
  const added = now.filter((p) => !already.has(p));
  const kept = new Set(now);
  const removed = [...already].filter((p) => !kept.has(p));
  if (added.length > 0) await ports.reminders.invite(campaign.id, added);
  if (removed.length > 0) await ports.reminders.forget(campaign.id, removed);
}

/** A closed campaign reminds nobody: its invitations go (who had not answered is nobody's business then). */
export async function purgeInvitations(ports: Pick<Ports, 'reminders'>, campaign: Campaign): Promise<void> {
  await ports.reminders.purge(campaign.id);
}
