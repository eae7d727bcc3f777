import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { DEFAULT_NOTICE_SETTINGS, type NoticeSettings } from '../domain/plan';
import type { JiraTarget } from '../ports/jira';
import { StoredRecordError } from '../ports/storage';
import type { JiraSettingsStore } from '../ports/jira-settings';
import { KEYS } from './keys';

const jiraSettingsSchema = z.object({
  schemaVersion: z.literal(1),
  projectKey: z.string(),
  issueTypeId: z.string(),
});

const noticeSettingsSchema = z.object({
  schemaVersion: z.literal(1),
  enabled: z.boolean(),
  locale: z.enum(['en-US', 'fr-FR']),
});

/** One plain key: the admin's last choice wins (there is nothing to merge). */
export class KvsJiraSettings implements JiraSettingsStore {
  async read(): Promise<JiraTarget | undefined> {
    const value = await kvs.get(KEYS.jiraSettings);
    if (value === undefined) return undefined;
    const parsed = jiraSettingsSchema.safeParse(value);
    if (!parsed.success) return undefined;
    return { projectKey: parsed.data.projectKey, issueTypeId: parsed.data.issueTypeId };
  }

  async save(target: JiraTarget): Promise<void> {
    await kvs.set(KEYS.jiraSettings, { schemaVersion: 1, ...target });
  }

  /** An unreadable record is raised, not taken for the defaults: that would turn notices back on. */
  async notices(): Promise<NoticeSettings> {
    const value = await kvs.get(KEYS.noticeSettings);
    if (value === undefined) return DEFAULT_NOTICE_SETTINGS;
    const parsed = noticeSettingsSchema.safeParse(value);
    if (!parsed.success) throw new StoredRecordError(KEYS.noticeSettings, parsed.error.message);
    return { enabled: parsed.data.enabled, locale: parsed.data.locale };
  }

  async saveNotices(settings: NoticeSettings): Promise<void> {
    await kvs.set(KEYS.noticeSettings, { schemaVersion: 1, ...settings });
  }
}
