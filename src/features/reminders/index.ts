/** Reminders: the page banner and the buyers' reminders. Campaigns invite and purge through `invitations`. */
export { remindersRoutes } from './routes';
export { inviteAudience, purgeInvitations } from './invitations';
export { openSurveysOf, type OpenSurvey } from './open-surveys';
