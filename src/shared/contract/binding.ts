/** Binding a campaign to the survey macro instance it lives on (from the macro's config screen). */
import { byCampaignSchema } from './common';
import { endpoint } from './endpoint';

export interface BindingView {
  campaignId: string;
  contentId: string;
  localId: string;
}

export const bindingContract = {
  'binding/bind': endpoint(byCampaignSchema).returns<BindingView>(),
} as const;
