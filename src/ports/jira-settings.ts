/** Where the plan's issues go. */
import type { JiraTarget } from './jira';

export interface JiraSettingsStore {
  read(): Promise<JiraTarget | undefined>;
  save(target: JiraTarget): Promise<void>;
}
