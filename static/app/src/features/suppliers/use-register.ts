/**
 * The register as the screen reads it: one page from the server per query and filters (search is the server's, by
 * name prefix), and "Show more" appending the next page with the cursor. Stale replies are ignored.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Payload } from '@shared/contract';
import type { SupplierListView } from '@shared/contract/suppliers';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';

export type RegisterQuery = Omit<Payload<'suppliers/list'>, 'cursor'>;

export type RegisterState =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; view: SupplierListView; loadingMore: boolean; moreError?: AppError };

export function useRegister(query: RegisterQuery) {
  const [state, setState] = useState<RegisterState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const key = JSON.stringify(query);

  useEffect(() => {
    const id = ++latest.current;
    setState((current) => (current.status === 'ready' ? current : { status: 'loading' }));
    void call('suppliers/list', JSON.parse(key) as RegisterQuery).then((result) => {
      if (id !== latest.current) return;
      setState(
        result.ok
          ? { status: 'ready', view: result.data, loadingMore: false }
          : { status: 'error', error: result.error },
      );
    });
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const more = useCallback(() => {
    if (state.status !== 'ready' || !state.view.nextCursor) return;
    const id = latest.current;
    const cursor = state.view.nextCursor;
    setState({ ...state, loadingMore: true });
    void call('suppliers/list', { ...(JSON.parse(key) as RegisterQuery), cursor }).then((result) => {
      if (id !== latest.current) return;
      setState((current) => {
        if (current.status !== 'ready') return current;
        if (!result.ok) return { ...current, loadingMore: false, moreError: result.error };
        const { nextCursor: _old, ...rest } = current.view;
        return {
          status: 'ready',
          loadingMore: false,
          view: { ...rest, ...result.data, items: [...current.view.items, ...result.data.items] },
        };
      });
    });
  }, [state, key]);

  return { state, reload, more };
}

/** `value`, once it has not changed for `ms`: the search box asks the server after typing pauses. */
export function useDebounced<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
