/** The confirmation of Open and Close, saying what cannot be undone. */
import type { CampaignView } from '@shared/contract/campaigns';
import { useI18n } from '../../app/i18n';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { Dialog } from './campaign-reducer';

export function LifecycleDialog({
  view,
  dialog,
  working,
  onCancel,
  onConfirm,
}: {
  view: CampaignView;
  dialog: Dialog | null;
  working: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useI18n();
  const closing = dialog === 'close';
  return (
    <ConfirmDialog
      isOpen={dialog !== null}
      title={
        closing
          ? t('ui.admin.campaign.closeTitle', { name: view.name })
          : t('ui.admin.campaign.openTitle', { name: view.name })
      }
      confirmLabel={closing ? t('ui.admin.campaign.closeConfirm') : t('ui.admin.campaign.openConfirm')}
      appearance="warning"
      isWorking={working}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      {closing ? (
        <>
          <p>{t('ui.admin.campaign.closeConsequence')}</p>
          {view.anonymous ? <p>{t('ui.admin.campaign.closeAnonymous')}</p> : null}
        </>
      ) : (
        <>
          <p>{t('ui.admin.campaign.openConsequence', { version: view.modelVersion })}</p>
          <p>{t('ui.admin.campaign.openAnswers')}</p>
        </>
      )}
    </ConfirmDialog>
  );
}
