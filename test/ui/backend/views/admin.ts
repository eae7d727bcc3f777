/** Builders with overrides for the admin page's views (contract types, never copied). */
import type { CampaignView } from '../../../../src/shared/contract/campaigns';
import { DEFAULT_MODEL } from '../../../../src/domain/model/model';
import { idOf } from './people';

export function campaignView(overrides: Partial<CampaignView> = {}): CampaignView {
  return {
    id: 'survey-2025',
    name: { 'en-US': 'Survey 2025', 'fr-FR': 'Survey 2025' },
    period: '2025',
    opensOn: '2025-03-01',
    closesOn: '2025-03-31',
    status: 'draft',
    anonymous: false,
    modelId: DEFAULT_MODEL.id,
    modelVersion: 1,
    audience: {
      departments: [
        {
          id: 'engineering',
          name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' },
          members: [idOf('Alice')],
        },
      ],
      people: [idOf('Bruno')],
    },
    team: [{ accountId: idOf('Grace'), portfolio: { departments: ['engineering'], people: [] } }],
    commentRequiredAtOrBelow: 2,
    results: { roles: ['admin', 'team', 'quality'], customersAfterClose: false },
    revision: 3,
    bound: false,
    hasAnswers: false,
    ...overrides,
  };
}
