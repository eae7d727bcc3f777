import type { UserRef } from '@shared/contract/common';
import type { ParticipationView } from '@shared/contract/participation';

/** The customers a buyer may answer for: their own portfolio's people who have not answered yet. */
export function proxyCandidates(view: ParticipationView, accountId: string | undefined): UserRef[] {
  const mine = view.portfolios.filter((p) => p.buyer.accountId === accountId);
  const pending = (mine.length > 0 ? mine : view.portfolios).flatMap((p) => p.pending ?? []);
  const seen = new Set<string>();
  return pending
    .filter((u) => (seen.has(u.accountId) ? false : (seen.add(u.accountId), true)))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}
