import type { campaignsContract } from '../../shared/contract/campaigns';
import type { RouteTable } from '../router';
import { closeCampaign, openCampaign } from './lifecycle';
import { getCampaign, listCampaigns } from './read';
import { saveCampaign } from './save';

const readers = ['admin', 'team', 'quality'] as const;

export const campaignsRoutes = {
  'campaign/list': { requires: { anyOf: readers, refusal: 'forbidden.seeCampaigns' }, handle: listCampaigns },
  'campaign/get': { requires: { anyOf: readers, refusal: 'forbidden.seeCampaigns' }, handle: getCampaign },
  'campaign/save': {
    requires: { anyOf: ['admin'], refusal: 'forbidden.editCampaigns' },
    handle: saveCampaign,
  },
  'campaign/open': {
    requires: { anyOf: ['admin'], refusal: 'forbidden.openCampaigns' },
    handle: openCampaign,
  },
  'campaign/close': {
    requires: { anyOf: ['admin'], refusal: 'forbidden.closeCampaigns' },
    handle: closeCampaign,
  },
} satisfies RouteTable<typeof campaignsContract>;
