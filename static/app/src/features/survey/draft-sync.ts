/**
 * Autosave of one response (a customer's answer or a self-assessment), independent of React so its guarantees are
 * testable on their own:
 *
 * - every change is written to the browser (draft-store) *before* the network is tried, and stays there until the
 *   server acknowledged exactly that content: a reload, a closed tab or a network failure loses nothing;
 * - changes are sent ~800 ms after the last one (debounce), one request at a time, with the last acknowledged
 *   revision as `baseRevision` (the server answers CONFLICT to a stale write and treats a replay as a no-op);
 * - an unacknowledged save is retried with exponential backoff and jitter, and at once when the browser comes back
 *   online; CONFLICT (another tab, another device) hands over to the caller, which reloads the server's state;
 * - once submitted, a response is never turned back into a draft: complete edits are re-submitted, incomplete ones
 *   are held in the browser until they are complete ("held").
 */
import type { SaveResultView } from '@shared/contract/survey';
import type { AppError, Result } from '@shared/result';
import type { Answers, ResponseStatus } from '@domain/survey';
import { clearDraft, writeDraft, type PendingDraft } from '../../components/questionnaire/draft-store';

export type SaveMode = 'draft' | 'submit';

export interface Snapshot {
  answers: Answers;
  departmentId?: string;
  baseRevision: number;
}

export type Sender = (mode: SaveMode, snapshot: Snapshot) => Promise<Result<SaveResultView>>;

export type SyncPhase =
  | { phase: 'idle' }
  | { phase: 'waiting' }
  | { phase: 'saving' }
  | { phase: 'saved'; at: number }
  | { phase: 'retrying'; attempt: number; error: AppError }
  | { phase: 'held' }
  | { phase: 'conflict' }
  | { phase: 'refused'; error: AppError };

export interface SyncState {
  answers: Answers;
  departmentId?: string;
  status: ResponseStatus | null;
  revision: number;
  /** Local changes the server has not acknowledged (kept in localStorage). */
  unsaved: boolean;
  sync: SyncPhase;
}

export interface DraftSyncOptions {
  storageKey: string;
  initial: { answers: Answers; departmentId?: string; status: ResponseStatus | null; revision: number };
  send: Sender;
  /** Whether a submitted response's edits are complete enough to be re-submitted. */
  canSubmit: (answers: Answers, departmentId: string | undefined) => boolean;
  onState: (state: SyncState) => void;
  onConflict: () => void;
  debounceMs?: number;
  backoffMs?: (attempt: number) => number;
}

export const AUTOSAVE_DEBOUNCE_MS = 800;

/** 1 s, 2 s, 4 s… capped at 30 s, ±25 % jitter so that many browsers do not retry in step. */
export const defaultBackoff = (attempt: number): number =>
  Math.round(Math.min(30_000, 1_000 * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5));

/** Errors worth retrying: the network or the platform, not the request itself. */
const RETRYABLE = new Set(['UNAVAILABLE', 'INTERNAL']);

export class DraftSync {
  private state: SyncState;
  private readonly o: Required<Omit<DraftSyncOptions, 'initial'>>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<unknown> | null = null;
  private changeSeq = 0;
  private attempt = 0;
  private disposed = false;

  constructor(options: DraftSyncOptions) {
    this.o = { debounceMs: AUTOSAVE_DEBOUNCE_MS, backoffMs: defaultBackoff, ...options };
    this.state = { ...options.initial, unsaved: false, sync: { phase: 'idle' } };
    if (typeof window !== 'undefined') window.addEventListener('online', this.onOnline);
  }

  get current(): SyncState {
    return this.state;
  }

  /**
   * A draft this browser kept from an earlier visit wins over the server's copy: it is shown and sent again, on the
   * revision it was made on (a save that was in fact acknowledged is then a no-op; a newer write elsewhere is a
   * CONFLICT).
   */
  restore(pending: PendingDraft): void {
    this.changeSeq++;
    this.set({
      answers: pending.answers,
      ...(pending.departmentId ? { departmentId: pending.departmentId } : { departmentId: undefined }),
      revision: pending.baseRevision,
      unsaved: true,
    });
    this.schedule(0);
  }

  change(answers: Answers, departmentId: string | undefined): void {
    if (this.disposed) return;
    this.changeSeq++;
    this.set({ answers, departmentId, unsaved: true, sync: { phase: 'waiting' } });
    this.persist();
    this.attempt = 0;
    this.schedule(this.o.debounceMs);
  }

  /** Sends now whatever is unsaved (Retry button, coming back online). */
  flushNow(): void {
    this.schedule(0);
  }

  /** Submits the current answers. Autosave pauses meanwhile; on failure the draft stays and autosave resumes. */
  async submit(): Promise<Result<SaveResultView>> {
    this.clearTimer();
    if (this.inFlight) await this.inFlight.catch(() => undefined);
    const seq = this.changeSeq;
    const result = await this.track(this.sendNow('submit'));
    this.settle(result, seq, 'submit');
    return result;
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    if (typeof window !== 'undefined') window.removeEventListener('online', this.onOnline);
  }

  private readonly onOnline = () => {
    if (this.state.unsaved && this.state.sync.phase === 'retrying') this.flushNow();
  };

  private set(patch: Partial<SyncState>) {
    this.state = { ...this.state, ...patch };
    if (!this.disposed) this.o.onState(this.state);
  }

  private persist() {
    const { answers, departmentId, revision } = this.state;
    writeDraft(this.o.storageKey, {
      answers,
      ...(departmentId ? { departmentId } : {}),
      baseRevision: revision,
      changedAt: Date.now(),
    });
  }

  private clearTimer() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(ms: number) {
    this.clearTimer();
    if (this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, ms);
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight = promise;
    void promise.finally(() => {
      if (this.inFlight === promise) this.inFlight = null;
    });
    return promise;
  }

  private sendNow(mode: SaveMode): Promise<Result<SaveResultView>> {
    const { answers, departmentId, revision } = this.state;
    this.set({ sync: { phase: 'saving' } });
    return this.o.send(mode, { answers, ...(departmentId ? { departmentId } : {}), baseRevision: revision });
  }

  private async flush(): Promise<void> {
    if (this.disposed || !this.state.unsaved) return;
    if (this.inFlight) {
      // One request at a time: try again once the current one has settled.
      await this.inFlight.catch(() => undefined);
      if (this.timer === undefined) this.schedule(0);
      return;
    }
    const mode: SaveMode = this.state.status === 'submitted' ? 'submit' : 'draft';
    if (mode === 'submit' && !this.o.canSubmit(this.state.answers, this.state.departmentId)) {
      this.set({ sync: { phase: 'held' } });
      return;
    }
    const seq = this.changeSeq;
    const result = await this.track(this.sendNow(mode));
    this.settle(result, seq, mode);
  }

  private settle(result: Result<SaveResultView>, seq: number, mode: SaveMode) {
    if (this.disposed) return;
    if (result.ok) {
      this.attempt = 0;
      const { revision, status } = result.data;
      if (seq === this.changeSeq) {
        clearDraft(this.o.storageKey);
        this.set({ revision, status, unsaved: false, sync: { phase: 'saved', at: Date.now() } });
      } else {
        // Changed while the request was out: keep the newer local copy, now based on the new revision.
        this.set({ revision, status, sync: { phase: 'waiting' } });
        this.persist();
        this.schedule(this.o.debounceMs);
      }
      return;
    }
    const { error } = result;
    if (error.code === 'CONFLICT') {
      this.clearTimer();
      clearDraft(this.o.storageKey);
      this.set({ unsaved: false, sync: { phase: 'conflict' } });
      this.o.onConflict();
      return;
    }
    if (mode === 'submit' && !this.state.unsaved) {
      // An explicit submit of answers already saved failed: the caller reports it, nothing is left to autosave.
      this.set({ sync: { phase: 'idle' } });
      return;
    }
    if (RETRYABLE.has(error.code)) {
      this.attempt++;
      this.set({ sync: { phase: 'retrying', attempt: this.attempt, error } });
      this.schedule(this.o.backoffMs(this.attempt));
      return;
    }
    if (mode === 'submit' && this.state.status !== 'submitted') {
      // A refused submit (e.g. answers incomplete on the server's side) leaves a valid draft: keep autosaving it.
      this.set({ sync: { phase: 'waiting' } });
      this.schedule(this.o.debounceMs);
      return;
    }
    // Refused (closed campaign, foreign binding, invalid answers): retrying cannot help, the draft stays local.
    this.set({ sync: { phase: 'refused', error } });
  }
}
