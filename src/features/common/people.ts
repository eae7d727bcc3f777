/** Display names for account ids: a convenience, so a Confluence failure leaves the ids standing in for names. */
import type { Ports } from '../../ports';
import type { UserRef } from '../../shared/contract/common';

const CHUNK = 100;

/** One Confluence request per 100 account ids, in parallel; unknown or unreachable ids map to themselves. */
export async function peopleOf(ports: Pick<Ports, 'confluence'>, accountIds: readonly string[]) {
  const ids = [...new Set(accountIds)];
  const names = new Map<string, UserRef>();
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += CHUNK) chunks.push(ids.slice(i, i + CHUNK));
  const answers = await Promise.all(chunks.map((chunk) => ports.confluence.users(chunk)));
  for (const answer of answers)
    if (answer.ok) for (const user of answer.data) names.set(user.accountId, user);
  return (id: string): UserRef => names.get(id) ?? { accountId: id, displayName: id };
}
