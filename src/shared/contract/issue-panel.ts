/** The panel on an improvement action's Jira issue: the campaign, the criteria it answers and their scores. */
import type { LocalizedText } from '../../domain/model';
import type { ActionText } from '../../domain/plan';
import { emptySchema } from './common';
import { endpoint } from './endpoint';

/** The panel on an action's Jira issue; `found: false` for any issue that is not one of the app's actions. */
export type IssuePanelView =
  | { found: false }
  | {
      found: true;
      campaign: { id: string; name: LocalizedText; period: string };
      action: { id: string; title: ActionText };
      /** Scores only for those the campaign shares its results with; otherwise just the criteria. */
      criteria: {
        id: string;
        text: LocalizedText;
        score?: { n: number; mean: number | null; satisfaction: number | null };
        /** The results hide its score: fewer than the campaign's k people rated it. */
        tooFewAnswers?: true;
      }[];
      scoresShown: boolean;
      weighing?: { value: number; voters: number };
      pageUrl?: string;
    };

export const issuePanelContract = {
  /** The issue comes from the panel's context (checked against Jira as the user), never from the payload. */
  'issue-panel/get': endpoint(emptySchema).returns<IssuePanelView>(),
} as const;
