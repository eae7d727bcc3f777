/** The home feed (confluence:homepageFeed): what waits for the viewer in Procurement CRM, only ever their own. */
import type { LocalizedText } from '../../domain/model';
import type { ActionText } from '../../domain/plan';
import type { CommitmentsView } from './commitments';
import { emptySchema } from './common';
import { endpoint } from './endpoint';

/** An open survey the viewer was invited to and has not submitted. */
export interface HomeSurveyView {
  campaignId: string;
  campaignName: LocalizedText;
  closesOn: string;
  /** Days until the closing day, 0 on the day itself. */
  daysLeft: number;
  /** The survey's page, when the campaign is bound to one. */
  contentId: string | null;
}

/** A weighing of candidate actions the viewer (of the campaign's audience) has not done while its round is open. */
export type HomeWeighingView = HomeSurveyView;

/** Where the commitments made to the viewer (a closed campaign whose audience they are in) stand. */
export interface HomeCommitmentsView {
  campaignId: string;
  campaignName: LocalizedText;
  progress: CommitmentsView['progress'];
  contentId: string | null;
}

/** An action the viewer (a buyer) owns whose due date has passed and which is not done. */
export interface HomeOverdueActionView {
  campaignId: string;
  campaignName: LocalizedText;
  actionId: string;
  title: ActionText;
  dueDate: string;
  contentId: string | null;
}

/** Only the caller's own items: the payload names nobody. */
export interface HomeFeedView {
  surveys: HomeSurveyView[];
  weighings: HomeWeighingView[];
  commitments: HomeCommitmentsView[];
  overdueActions: HomeOverdueActionView[];
}

export const homeContract = {
  'home/feed': endpoint(emptySchema).returns<HomeFeedView>(),
} as const;
