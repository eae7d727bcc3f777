import { DEFAULT_MODEL } from '../domain/model';
import { RESOLVERS } from '../shared/contract';
import { toLocale } from '../shared/i18n';
import { fail, ok } from '../shared/result';
import { resolver, type Logger, type RawResolver } from './kit';
import type { SurveyStore } from './ports';

export function surveyResolvers(store: SurveyStore, logger: Logger): Record<string, RawResolver> {
  return {
    [RESOLVERS.getSurveyModel]: resolver(
      RESOLVERS.getSurveyModel,
      async ({ payload, context }) => {
        const locale = toLocale(context.locale);
        const campaign = payload.campaignId
          ? await store.campaign(payload.campaignId)
          : await store.currentCampaign();
        if (payload.campaignId && !campaign) {
          return fail('NOT_FOUND', 'This campaign does not exist or was deleted.');
        }
        if (!campaign) {
          // A new installation has no campaign yet: show the default model so the page is never empty.
          return ok({ campaign: null, model: DEFAULT_MODEL, locale });
        }
        const model = await store.model(campaign.modelId, campaign.modelVersion);
        if (!model) {
          return fail('NOT_FOUND', 'The evaluation model of this campaign is missing.');
        }
        return ok({
          campaign: { id: campaign.id, name: campaign.name, period: campaign.period },
          model,
          locale,
        });
      },
      logger,
    ),
  };
}
