/** Campaigns: list, read, save, open and close, and the hourly job that opens and closes them on their days. */
export { campaignsRoutes } from './routes';
export { runCampaignSchedule } from './lifecycle';
