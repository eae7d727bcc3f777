/** The campaign form's words for its settings' values, as typed message keys. */
import type { CampaignInput } from '@shared/contract/campaigns';
import type { MessageKey } from '../../app/i18n';

export const COMMENT_RULE_LABEL: Record<CampaignInput['commentRequiredAtOrBelow'], MessageKey> = {
  0: 'ui.admin.campaign.commentRule0',
  1: 'ui.admin.campaign.commentRule1',
  2: 'ui.admin.campaign.commentRule2',
  3: 'ui.admin.campaign.commentRule3',
};

type GroupSizeField = 'minGroupSize' | 'minCommentGroupSize';

export const GROUP_SIZE_LABEL: Record<GroupSizeField, { label: MessageKey; help: MessageKey }> = {
  minGroupSize: { label: 'ui.admin.campaign.minGroupSize', help: 'ui.admin.campaign.minGroupSizeHelp' },
  minCommentGroupSize: {
    label: 'ui.admin.campaign.minCommentGroupSize',
    help: 'ui.admin.campaign.minCommentGroupSizeHelp',
  },
};
