/**
 * Calls a resolver on mount and on `retry()`, tracking loading / error / data. Stale replies are ignored.
 * `refresh()` reads again in place: the data shown stays until the new reply replaces it (a failed refresh keeps
 * it), so that what the reader was looking at, and any message next to it, does not vanish behind a spinner.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Output, Payload, ResolverKey } from '@shared/contract';
import type { AppError } from '@shared/result';
import { call } from './call';

export type CallState<T> =
  { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; data: T };

export function useCall<K extends ResolverKey>(
  key: K,
  payload: Payload<K>,
): { state: CallState<Output<K>>; retry: () => void; refresh: () => void } {
  const [state, setState] = useState<CallState<Output<K>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const payloadKey = JSON.stringify(payload);
  const latest = useRef(0);
  const inPlace = useRef(false);

  useEffect(() => {
    const id = ++latest.current;
    const quiet = inPlace.current;
    inPlace.current = false;
    if (!quiet) setState({ status: 'loading' });
    void call(key, JSON.parse(payloadKey) as Payload<K>).then((result) => {
      if (id !== latest.current) return;
      if (result.ok) setState({ status: 'ready', data: result.data });
      else if (!quiet) setState({ status: 'error', error: result.error });
    });
  }, [key, payloadKey, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const refresh = useCallback(() => {
    inPlace.current = true;
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry, refresh };
}
