/**
 * Names for the account ids a plan carries: owners come with theirs; assignees (Jira's) and the authors of date
 * adjustments are looked up once through the shared directory.
 */
import { useEffect } from 'react';
import type { UserRef } from '@shared/contract/common';
import type { ActionView } from '@shared/contract/plan';
import { useDirectory } from '../directory';

export function usePlanPeople(actions: readonly ActionView[]): void {
  const { remember, load } = useDirectory();
  const owners = actions.flatMap((a) => (a.owner ? [a.owner] : []));
  const known = new Set(owners.map((o) => o.accountId));
  const others = actions
    .flatMap((a) => [
      ...(a.current?.assigneeAccountId ? [a.current.assigneeAccountId] : []),
      ...a.adjustments.map((adjustment) => adjustment.by),
    ])
    .filter((id) => !known.has(id));
  // Keys, so that a new plan object with the same people asks nothing again.
  const ownersKey = JSON.stringify(owners);
  const othersKey = JSON.stringify([...new Set(others)].sort());
  useEffect(() => {
    remember(JSON.parse(ownersKey) as UserRef[]);
  }, [ownersKey, remember]);
  useEffect(() => {
    const ids = JSON.parse(othersKey) as string[];
    if (ids.length > 0) load(ids);
  }, [othersKey, load]);
}
