/**
 * The confirmation of Open and Close, saying what cannot be undone. Opening before the opening day schedules the
 * campaign: the dialog says so, and its button says "Schedule".
 */
import type { CampaignView } from '@shared/contract/campaigns';
import { useI18n } from '../../app/i18n';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDay } from '../../components/dates';
import type { Dialog } from './campaign-reducer';
import { opensLater } from './lifecycle';
import { localized } from '../../components/text';

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
  const { t, locale } = useI18n();
  const closing = dialog === 'close';
  const schedules = !closing && opensLater(view);
  const confirmLabel = closing
    ? t('ui.admin.campaign.closeConfirm')
    : schedules
      ? t('ui.admin.campaign.scheduleConfirm')
      : t('ui.admin.campaign.openConfirm');
  return (
    <ConfirmDialog
      isOpen={dialog !== null}
      title={
        closing
          ? t('ui.admin.campaign.closeTitle', { name: localized(view.name, locale) })
          : t('ui.admin.campaign.openTitle', { name: localized(view.name, locale) })
      }
      confirmLabel={confirmLabel}
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
          <p>
            {schedules
              ? t('ui.admin.campaign.scheduleAnswers', { date: formatDay(view.opensOn, locale) })
              : t('ui.admin.campaign.openAnswers')}
          </p>
        </>
      )}
    </ConfirmDialog>
  );
}
