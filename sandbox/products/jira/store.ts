/**
 * The Jira sandbox's data: issues with their properties and remote links, and the counters Jira hands ids out
 * from. Kept in memory, and mirrored to a JSON file next to the host's SQLite file when one is given, so that a
 * demo survives a restart of `npm start` (tests use none).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface RemoteLinkRecord {
  id: number;
  globalId?: string;
  relationship?: string;
  application?: Record<string, unknown>;
  object: Record<string, unknown>;
}

export interface IssueRecord {
  id: string;
  key: string;
  issueTypeId: string;
  statusId: string;
  summary: string;
  /** An Atlassian Document Format document, or null. */
  description: unknown;
  labels: string[];
  duedate: string | null;
  assigneeAccountId: string | null;
  reporterAccountId: string;
  createdMs: number;
  updatedMs: number;
  properties: Record<string, unknown>;
  remoteLinks: RemoteLinkRecord[];
}

/** A notification Jira queued (`POST .../notify`): what it says and whom it reaches. */
export interface NotificationRecord {
  issueKey: string;
  /** The caller's account id; null for the app. */
  by: string | null;
  at: number;
  subject: string;
  textBody: string;
  htmlBody: string;
  recipients: string[];
}

export interface JiraData {
  version: 1;
  issues: IssueRecord[];
  nextIssueNumber: number;
  nextIssueId: number;
  nextChangelogId: number;
  nextRemoteLinkId: number;
  notifications: NotificationRecord[];
  /** The latest timestamp handed out: every change gets a later one, so `updated` strictly increases. */
  lastStampMs: number;
}

export const emptyData = (): JiraData => ({
  version: 1,
  issues: [],
  nextIssueNumber: 1,
  nextIssueId: 10000,
  nextChangelogId: 10000,
  nextRemoteLinkId: 10000,
  notifications: [],
  lastStampMs: 0,
});

export class JiraStore {
  data: JiraData;

  constructor(
    private readonly file: string | undefined,
    private readonly now: () => number,
    warn: (message: string) => void,
  ) {
    this.data = emptyData();
    if (file && existsSync(file)) {
      try {
        const saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<JiraData>;
        if (saved.version === 1 && Array.isArray(saved.issues)) this.data = { ...emptyData(), ...saved };
      } catch (error) {
        warn(`the Jira sandbox could not read ${file} (${String(error)}): starting with no issues`);
      }
    }
  }

  /** A time later than any handed out before, and not before the clock. */
  stamp(): number {
    const next = Math.max(this.now(), this.data.lastStampMs + 1);
    this.data.lastStampMs = next;
    return next;
  }

  find(idOrKey: string): IssueRecord | undefined {
    const wanted = idOrKey.trim().toUpperCase();
    return this.data.issues.find((issue) => issue.id === wanted || issue.key === wanted);
  }

  save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    // Write then rename: a crash mid-write keeps the previous file rather than half of one.
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.data));
    renameSync(temporary, this.file);
  }

  reset(): void {
    this.data = emptyData();
    this.save();
  }
}
