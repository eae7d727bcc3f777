/**
 * Words for values the whole UI shows (a rating, a role, a campaign's status), as typed message keys: a value added
 * to its type without its message fails the typecheck here.
 */
import type { CampaignStatus } from '@domain/campaigns';
import type { AppRole } from '@domain/roles';
import type { Rating } from '@domain/model';
import type { MessageKey } from '../app/i18n';

/** A rating, or "not applicable". */
export const SCALE_LABEL: Record<Rating | 'na', MessageKey> = {
  1: 'ui.scale.1',
  2: 'ui.scale.2',
  3: 'ui.scale.3',
  4: 'ui.scale.4',
  na: 'ui.scale.na',
};

export const ROLE_LABEL: Record<AppRole, MessageKey> = {
  admin: 'ui.admin.roles.admin',
  team: 'ui.admin.roles.team',
  quality: 'ui.admin.roles.quality',
};

/** A status worded for who reads it: `survey` for the people who answer, `admin` for those who run campaigns. */
export const STATUS_LABEL: Record<'admin' | 'survey', Record<CampaignStatus, MessageKey>> = {
  admin: {
    draft: 'ui.admin.status.draft',
    scheduled: 'ui.admin.status.scheduled',
    open: 'ui.admin.status.open',
    closed: 'ui.admin.status.closed',
  },
  survey: {
    draft: 'ui.survey.status.draft',
    scheduled: 'ui.survey.status.scheduled',
    open: 'ui.survey.status.open',
    closed: 'ui.survey.status.closed',
  },
};
