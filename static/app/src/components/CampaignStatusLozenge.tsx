/**
 * A campaign's status as one lozenge everywhere (survey macro, admin page, macro config): the same colour for the
 * same status, worded for who reads it (`survey`: "Not open yet" for a draft; `admin`: "Draft").
 * Atlaskit's meanings: default (grey) not started, discovery (purple) coming, information (blue) in progress,
 * success (green) done.
 */
import Lozenge from '@atlaskit/lozenge';
import type { CampaignStatus } from '@domain/campaigns';
import { useI18n } from '../app/i18n';
import { STATUS_LABEL } from './labels';

const APPEARANCE = {
  draft: 'default',
  scheduled: 'new',
  open: 'inprogress',
  closed: 'success',
} as const satisfies Record<CampaignStatus, string>;

export function CampaignStatusLozenge({
  status,
  wording = 'admin',
}: {
  status: CampaignStatus;
  wording?: 'admin' | 'survey';
}) {
  const { t } = useI18n();
  return <Lozenge appearance={APPEARANCE[status]}>{t(STATUS_LABEL[wording][status])}</Lozenge>;
}
