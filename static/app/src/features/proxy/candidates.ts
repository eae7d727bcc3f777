import type { UserRef } from '@shared/contract/common';
import type { ParticipationView } from '@shared/contract/participation';
import type { Locale } from '@shared/i18n';
import { sortedByName } from '../../components/text';

/**
 * The customers a buyer may answer for: their own portfolio's people who have not answered yet, by name as the
 * reader's language sorts them.
 */
export function proxyCandidates(
  view: ParticipationView,
  accountId: string | undefined,
  locale: Locale,
): UserRef[] {
  const mine = view.portfolios.filter((p) => p.buyer.accountId === accountId);
  const pending = (mine.length > 0 ? mine : view.portfolios).flatMap((p) => p.pending ?? []);
  const seen = new Set<string>();
  const unique = pending.filter((u) => (seen.has(u.accountId) ? false : (seen.add(u.accountId), true)));
  return sortedByName(unique, locale);
}
