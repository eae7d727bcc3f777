/**
 * The editor's top: Back, the campaign's name and status, where it stands, and its one lifecycle action (Open for a
 * draft, which schedules it when its opening day is ahead; Close for an open campaign; none once scheduled or
 * closed).
 */
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { CampaignView } from '@shared/contract/campaigns';
import { useI18n } from '../../app/i18n';
import { CampaignStatusLozenge } from '../../components/CampaignStatusLozenge';
import { localized } from '../../components/text';
import { UserText } from '../../components/UserText';
import type { Dialog } from './campaign-reducer';
import { lifecycleAction, statusSentence } from './lifecycle';

export function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useI18n();
  return (
    <Inline>
      <Button appearance="subtle" onClick={onBack}>
        {t('ui.admin.campaign.back')}
      </Button>
    </Inline>
  );
}

export function CampaignHeader({
  view,
  canEdit,
  dirty,
  onLifecycle,
}: {
  view: CampaignView | null;
  canEdit: boolean;
  /** Unsaved changes: Open and Close wait for a save. */
  dirty: boolean;
  onLifecycle: (dialog: Dialog) => void;
}) {
  const { t, locale } = useI18n();
  const action = view && canEdit ? lifecycleAction(view.status) : null;
  return (
    <Stack space="space.100">
      <Inline space="space.200" alignBlock="center" spread="space-between" shouldWrap>
        <Inline space="space.150" alignBlock="center" shouldWrap>
          <Heading as="h2" size="large" id="campaign-heading">
            {view ? <UserText>{localized(view.name, locale)}</UserText> : t('ui.admin.campaign.newHeading')}
          </Heading>
          {view ? <CampaignStatusLozenge status={view.status} /> : null}
        </Inline>
        {action ? (
          <Inline space="space.100" alignBlock="center" shouldWrap>
            {dirty ? (
              <Text id="lifecycle-dirty" color="color.text.subtle">
                {t('ui.admin.campaign.saveFirst')}
              </Text>
            ) : null}
            <Button
              appearance={action === 'open' ? 'primary' : 'warning'}
              isDisabled={dirty}
              aria-describedby={dirty ? 'lifecycle-dirty' : undefined}
              onClick={() => onLifecycle(action)}
            >
              {action === 'open' ? t('ui.admin.campaign.open') : t('ui.admin.campaign.close')}
            </Button>
          </Inline>
        ) : null}
      </Inline>
      {view ? (
        <Text as="p" color="color.text.subtle">
          {statusSentence(view, t, locale)}
        </Text>
      ) : null}
    </Stack>
  );
}
