import type { campaignsContract } from '../../shared/contract/campaigns';
import type { RouteTable } from '../router';
import { closeCampaign, openCampaign } from './lifecycle';
import { getCampaign, listCampaigns } from './read';
import { saveCampaign } from './save';

const readers = ['admin', 'team', 'quality'] as const;

export const campaignsRoutes = {
  'campaigns/list': {
    requires: { anyOf: readers, refusal: 'forbidden.seeCampaigns' },
    handle: listCampaigns,
  },
  'campaigns/get': { requires: { anyOf: readers, refusal: 'forbidden.seeCampaigns' }, handle: getCampaign },
  'campaigns/save': {
    requires: { anyOf: ['admin'], refusal: 'forbidden.editCampaigns' },
    handle: saveCampaign,
  },
  'campaigns/open': {
    requires: { anyOf: ['admin'], refusal: 'forbidden.openCampaigns' },
    handle: openCampaign,
  },
  'campaigns/close': {
    requires: { anyOf: ['admin'], refusal: 'forbidden.closeCampaigns' },
    handle: closeCampaign,
  },
} satisfies RouteTable<typeof campaignsContract>;
