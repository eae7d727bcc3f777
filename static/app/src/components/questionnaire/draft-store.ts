/**
 * The browser's copy of an answer the server has not acknowledged yet (QUALITY.md: "the browser keeps an
 * unacknowledged draft and retries"). One entry per campaign, kind and account, so two people sharing a browser, or
 * a buyer's own survey and self-assessment, never overwrite each other. Written on every change, before the network
 * is tried; removed only when the server acknowledged exactly that content.
 */
import type { Answers } from '@domain/survey';

export interface PendingDraft {
  answers: Answers;
  departmentId?: string;
  /** The server revision this draft was made on: sent as `baseRevision`, so a replay is a no-op. */
  baseRevision: number;
  /** When the browser last changed it (epoch ms), for display only. */
  changedAt: number;
}

const PREFIX = 'procurement-crm.draft.v1';

export const draftKey = (campaignId: string, kind: string, accountId: string | undefined): string =>
  `${PREFIX}:${campaignId}:${kind}:${accountId ?? 'unknown'}`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** localStorage may be missing, full or blocked (private mode, sandboxed frame): the draft then lives in memory. */
function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

function parse(raw: string | null): PendingDraft | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (!isRecord(value) || !isRecord(value.answers) || typeof value.baseRevision !== 'number') return null;
    return {
      answers: value.answers as Answers,
      baseRevision: value.baseRevision,
      changedAt: typeof value.changedAt === 'number' ? value.changedAt : 0,
      ...(typeof value.departmentId === 'string' ? { departmentId: value.departmentId } : {}),
    };
  } catch {
    return null;
  }
}

export function readDraft(key: string): PendingDraft | null {
  try {
    return parse(storage()?.getItem(key) ?? null);
  } catch {
    return null;
  }
}

/** Returns false when the browser refused to store it (the draft is then only in memory). */
export function writeDraft(key: string, draft: PendingDraft): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    /* nothing to clear */
  }
}
