/** Results: a closed campaign's scores, gaps, trends and breakdowns, under the minimum group size. */
import type { CampaignStatus } from '../../domain/campaign';
import type { EvaluationModel, LocalizedText } from '../../domain/model';
import type { Results } from '../../domain/results';
import { byCampaignSchema, type UserRef } from './common';
import { endpoint } from './endpoint';

/** What a customer of the audience sees: the overall, its trends, and their own department's row. */
export type CustomerResults = Pick<Results, 'thresholds' | 'overall' | 'trends' | 'departments'>;

interface ResultsHead {
  campaign: {
    id: string;
    name: LocalizedText;
    period: string;
    status: CampaignStatus;
    anonymous: boolean;
    /** The day (UTC) it was really closed. */
    closedOn?: string;
  };
  /** The model version the campaign froze: sections, criteria and their texts. */
  model: EvaluationModel;
  /** People invited to answer: the response rate's denominator. */
  invited: number;
  /** When the figures were built (epoch ms). */
  builtAt: number;
}

/**
 * `full`: the roles the campaign shares its results with. `customer`: a customer of the audience, who sees the
 * overall and their own department only (no portfolios, heatmap, self-assessment, gaps or comments).
 */
export type ResultsView = ResultsHead &
  (
    | { scope: 'full'; results: Results; /** The portfolios' buyers, by name. */ buyers: UserRef[] }
    | { scope: 'customer'; results: CustomerResults }
  );

export const resultsContract = {
  'results/get': endpoint(byCampaignSchema).returns<ResultsView>(),
} as const;
