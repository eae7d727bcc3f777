/** React binding of DraftSync: one engine per response (campaign, kind, account), disposed on unmount. */
import { useEffect, useRef, useState } from 'react';
import type { Answers, ResponseStatus } from '@domain/survey';
import { readDraft } from '../../components/questionnaire/draft-store';
import { DraftSync, type Sender, type SyncState } from './draft-sync';

export interface UseDraftSyncOptions {
  storageKey: string;
  initial: { answers: Answers; departmentId?: string; status: ResponseStatus | null; revision: number };
  send: Sender;
  canSubmit: (answers: Answers, departmentId: string | undefined) => boolean;
  onConflict: () => void;
  /** Read-only (closed campaign): nothing is sent and the local copy is ignored. */
  disabled?: boolean;
}

export function useDraftSync(options: UseDraftSyncOptions): { state: SyncState; engine: DraftSync } {
  const latest = useRef(options);
  latest.current = options;
  const [engine] = useState(
    () =>
      new DraftSync({
        storageKey: options.storageKey,
        initial: options.initial,
        send: (mode, snapshot) => latest.current.send(mode, snapshot),
        canSubmit: (answers, departmentId) => latest.current.canSubmit(answers, departmentId),
        onConflict: () => latest.current.onConflict(),
        onState: (next) => setState(next),
      }),
  );
  const [state, setState] = useState<SyncState>(engine.current);

  useEffect(() => {
    if (!options.disabled) {
      const pending = readDraft(options.storageKey);
      if (pending) engine.restore(pending);
    }
    return () => engine.dispose();
    // The engine lives as long as the component; the parent keys the component by its storage key.
  }, [engine]);

  return { state, engine };
}
