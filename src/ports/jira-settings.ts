/** Where the plan's issues go, and the due-date notices' settings (both set in the admin page's Jira tab). */
import type { NoticeSettings } from '../domain/plan';
import type { JiraTarget } from './jira';

export interface JiraSettingsStore {
  read(): Promise<JiraTarget | undefined>;
  save(target: JiraTarget): Promise<void>;
  /** The notices' settings; the defaults (on, en-US) until an admin saves some. */
  notices(): Promise<NoticeSettings>;
  saveNotices(settings: NoticeSettings): Promise<void>;
}
