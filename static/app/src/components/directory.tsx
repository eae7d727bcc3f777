/**
 * Display names of the people the admin page shows. Campaigns and roles store account ids only; names come from
 * `directory/users` (at most `LIMITS.usersPerLookup` ids a call) and from the user picker's search results, kept
 * for the page's life. A look-up the server refuses (a role that may not look people up), and an id the site does
 * not know, are remembered too, so a view can say the name is not available rather than "unknown person" or "…".
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { UserRef } from '@shared/contract/common';
import { LIMITS } from '@shared/limits';
import { call } from '../api/call';

const BATCH = LIMITS.usersPerLookup;

interface Directory {
  /** The display name, or undefined while unknown. */
  nameOf: (accountId: string) => string | undefined;
  remember: (users: UserRef[]) => void;
  /** Looks up the names not known yet (each id is asked for once). */
  load: (accountIds: string[]) => void;
  /** The look-up of this id failed or was refused: its name will not come. */
  isUnavailable: (accountId: string) => boolean;
}

const DirectoryContext = createContext<Directory | null>(null);

export function DirectoryProvider({ children }: { children: ReactNode }) {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [unavailable, setUnavailable] = useState<ReadonlySet<string>>(new Set());
  const asked = useRef(new Set<string>());

  const remember = useCallback((users: UserRef[]) => {
    if (users.length === 0) return;
    setNames((previous) => {
      const next = new Map(previous);
      for (const user of users) next.set(user.accountId, user.displayName);
      return next;
    });
  }, []);

  const load = useCallback(
    (accountIds: string[]) => {
      const missing = [...new Set(accountIds)].filter((id) => !asked.current.has(id));
      for (const id of missing) asked.current.add(id);
      for (let i = 0; i < missing.length; i += BATCH) {
        const batch = missing.slice(i, i + BATCH);
        void call('directory/users', { accountIds: batch }).then((result) => {
          // The site does not know an id it leaves out (a Jira-only or deactivated account): no name will come.
          const found = new Set(result.ok ? result.data.map((user) => user.accountId) : []);
          const missing = batch.filter((id) => !found.has(id));
          if (result.ok) remember(result.data);
          if (missing.length > 0) setUnavailable((previous) => new Set([...previous, ...missing]));
        });
      }
    },
    [remember],
  );

  const value = useMemo<Directory>(
    () => ({ nameOf: (id) => names.get(id), remember, load, isUnavailable: (id) => unavailable.has(id) }),
    [names, unavailable, remember, load],
  );
  return <DirectoryContext.Provider value={value}>{children}</DirectoryContext.Provider>;
}

export function useDirectory(): Directory {
  const value = useContext(DirectoryContext);
  if (!value) throw new Error('useDirectory() outside <DirectoryProvider>');
  return value;
}
