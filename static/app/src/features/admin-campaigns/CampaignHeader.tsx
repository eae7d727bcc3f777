/** The editor's top: Back, the campaign's name and status, and the Open or Close action (saved campaigns only). */
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { CampaignView } from '@shared/contract/campaigns';
import { useI18n } from '../../app/i18n';
import type { Dialog } from './campaign-reducer';
import { StatusLozenge } from './format';

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
  const { t } = useI18n();
  return (
    <Stack space="space.100">
      <Inline space="space.200" alignBlock="center" spread="space-between" shouldWrap>
        <Inline space="space.150" alignBlock="center" shouldWrap>
          <Heading as="h2" size="large" id="campaign-heading">
            {view ? view.name : t('ui.admin.campaign.newHeading')}
          </Heading>
          {view ? <StatusLozenge status={view.status} /> : null}
        </Inline>
        {view && canEdit && view.status !== 'closed' ? (
          <Inline space="space.100" alignBlock="center" shouldWrap>
            {dirty ? (
              <Text id="lifecycle-dirty" color="color.text.subtle">
                {t('ui.admin.campaign.saveFirst')}
              </Text>
            ) : null}
            <Button
              appearance={view.status === 'draft' ? 'primary' : 'warning'}
              isDisabled={dirty}
              aria-describedby={dirty ? 'lifecycle-dirty' : undefined}
              onClick={() => onLifecycle(view.status === 'draft' ? 'open' : 'close')}
            >
              {view.status === 'draft' ? t('ui.admin.campaign.open') : t('ui.admin.campaign.close')}
            </Button>
          </Inline>
        ) : null}
      </Inline>
      {view && view.status !== 'closed' ? (
        <Text as="p" color="color.text.subtle">
          {view.status === 'draft' ? t('ui.admin.campaign.draftStatus') : t('ui.admin.campaign.openStatus')}
        </Text>
      ) : null}
    </Stack>
  );
}
