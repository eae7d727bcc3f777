/** People as Confluence knows them, looked up as the calling user, 100 account ids a request, in parallel. */
import type { Ports } from '../../ports';
import type { UserRef } from '../../shared/contract/common';
import { isFailure, type Failure } from '../../shared/result';

const CHUNK = 100;

/** The users Confluence knows among `accountIds`, or the first failure of a look-up. */
export async function knownUsers(
  ports: Pick<Ports, 'confluence'>,
  accountIds: readonly string[],
): Promise<Map<string, UserRef> | Failure> {
  const ids = [...new Set(accountIds)];
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += CHUNK) chunks.push(ids.slice(i, i + CHUNK));
  const answers = await Promise.all(chunks.map((chunk) => ports.confluence.users(chunk)));
  const users = new Map<string, UserRef>();
  for (const answer of answers) {
    if (!answer.ok) return answer;
    for (const user of answer.data) users.set(user.accountId, user);
  }
  return users;
}

/**
 * Display names for account ids: a convenience, so when Confluence cannot answer the ids stand in for the names.
 */
export async function peopleOf(ports: Pick<Ports, 'confluence'>, accountIds: readonly string[]) {
  const known = await knownUsers(ports, accountIds);
  const names = isFailure(known) ? new Map<string, UserRef>() : known;
  return (id: string): UserRef => names.get(id) ?? { accountId: id, displayName: id };
}
