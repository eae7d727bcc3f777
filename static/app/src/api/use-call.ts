/** Calls a resolver on mount and on `retry()`, tracking loading / error / data. Stale replies are ignored. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Output, Payload, ResolverKey } from '@shared/contract';
import type { AppError } from '@shared/result';
import { call } from './call';

export type CallState<T> =
  { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; data: T };

export function useCall<K extends ResolverKey>(
  key: K,
  payload: Payload<K>,
): { state: CallState<Output<K>>; retry: () => void } {
  const [state, setState] = useState<CallState<Output<K>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const payloadKey = JSON.stringify(payload);
  const latest = useRef(0);

  useEffect(() => {
    const id = ++latest.current;
    setState({ status: 'loading' });
    void call(key, JSON.parse(payloadKey) as Payload<K>).then((result) => {
      if (id !== latest.current) return;
      setState(result.ok ? { status: 'ready', data: result.data } : { status: 'error', error: result.error });
    });
  }, [key, payloadKey, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
