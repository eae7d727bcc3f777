/** The campaigns slice's public entry. */
export { campaignsRoutes } from './routes';
export { runCampaignSchedule } from './lifecycle';
