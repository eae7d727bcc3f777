/**
 * The customers' weighing as the team runs it: put the candidates to the customers until a closing day, close
 * it, and read how many ballots came in. The values themselves show in the actions table, beside each action.
 */
import { useState } from 'react';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { WeighingSummary } from '@shared/contract/weighing';
import { call } from '../../api/call';
import { useI18n, type MessageKey } from '../../app/i18n';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/fields';
import { formatDay, todayUtc } from '../../components/dates';
import { failureBanner, FormBanner, type Banner } from '../../components/FormBanner';
import { FormDialog } from '../../components/FormDialog';
import { mapIssues, type FieldErrors } from '../../components/issues';
import type { AppError } from '@shared/result';
import { hiddenBecause } from './plan-reducer';

const HIDDEN_WHY = {
  whileOpen: 'ui.plan.weighing.suppressedWhy.whileOpen',
  tooFew: 'ui.plan.weighing.suppressedWhy.tooFew',
  settling: 'ui.plan.weighing.suppressedWhy.settling',
} as const satisfies Record<ReturnType<typeof hiddenBecause>, MessageKey>;

export function WeighingSection({
  campaignId,
  weighing,
  canEdit,
  hasCandidates,
  onChanged,
  onFailed,
}: {
  campaignId: string;
  weighing: WeighingSummary;
  canEdit: boolean;
  hasCandidates: boolean;
  onChanged: (weighing: WeighingSummary, text: string) => void;
  onFailed: (error: AppError) => void;
}) {
  const { t, locale } = useI18n();
  const [dialog, setDialog] = useState<'open' | 'close' | null>(null);
  const [closing, setClosing] = useState(false);

  const close = async () => {
    setClosing(true);
    const result = await call('weighing/close', { campaignId });
    setClosing(false);
    setDialog(null);
    if (result.ok) onChanged(result.data, t('ui.plan.weighing.closedNow'));
    else onFailed(result.error);
  };

  const status =
    weighing.status === 'notOpen'
      ? t('ui.plan.weighing.notOpen')
      : weighing.status === 'open'
        ? t('ui.plan.weighing.open', { date: weighing.closesOn ? formatDay(weighing.closesOn, locale) : '—' })
        : weighing.closesOn
          ? t('ui.plan.weighing.closed', { date: formatDay(weighing.closesOn, locale) })
          : t('ui.plan.weighing.closedNoDate');

  return (
    <section aria-labelledby="plan-weighing">
      <Stack space="space.100">
        <Heading as="h3" size="small" id="plan-weighing">
          {t('ui.plan.weighing.title')}
        </Heading>
        <Text as="p">{status}</Text>
        {weighing.status !== 'notOpen' ? (
          <Text as="p">{t('ui.plan.weighing.ballots', { count: weighing.ballots })}</Text>
        ) : null}
        {weighing.status !== 'notOpen' && weighing.suppressed ? (
          <Text as="p" color="color.text.subtle">
            {t(HIDDEN_WHY[hiddenBecause(weighing)], { k: weighing.minimumGroup })}
          </Text>
        ) : null}
        {canEdit && weighing.status === 'notOpen' && !hasCandidates ? (
          <Text as="p" color="color.text.subtle">
            {t('ui.plan.weighing.noCandidates')}
          </Text>
        ) : null}
        {canEdit && weighing.status !== 'closed' ? (
          <Inline>
            {weighing.status === 'notOpen' ? (
              <Button onClick={() => setDialog('open')} isDisabled={!hasCandidates}>
                {t('ui.plan.weighing.openButton')}
              </Button>
            ) : (
              <Button onClick={() => setDialog('close')}>{t('ui.plan.weighing.closeButton')}</Button>
            )}
          </Inline>
        ) : null}
      </Stack>
      {dialog === 'open' ? (
        <OpenDialog
          campaignId={campaignId}
          onCancel={() => setDialog(null)}
          onOpened={(summary) => {
            setDialog(null);
            onChanged(
              summary,
              t('ui.plan.weighing.opened', {
                date: summary.closesOn ? formatDay(summary.closesOn, locale) : '—',
              }),
            );
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={dialog === 'close'}
        title={t('ui.plan.weighing.closeTitle')}
        confirmLabel={t('ui.plan.weighing.closeConfirm')}
        isWorking={closing}
        onCancel={() => setDialog(null)}
        onConfirm={() => void close()}
      >
        <p>{t('ui.plan.weighing.closeConsequence')}</p>
      </ConfirmDialog>
    </section>
  );
}

function OpenDialog({
  campaignId,
  onOpened,
  onCancel,
}: {
  campaignId: string;
  onOpened: (summary: WeighingSummary) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [closesOn, setClosesOn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [saving, setSaving] = useState(false);
  const today = todayUtc();

  const open = async () => {
    if (closesOn === '') {
      setErrors({ closesOn: t('ui.plan.weighing.closesOnRequired') });
      return setBanner({ kind: 'invalid' });
    }
    setErrors({});
    setBanner(null);
    setSaving(true);
    const result = await call('weighing/open', { campaignId, closesOn });
    setSaving(false);
    if (result.ok) return onOpened(result.data);
    const failed = failureBanner(result.error, () => mapIssues(result.error, '', ['closesOn'], t));
    setBanner(failed.banner);
    setErrors(failed.fields ?? {});
  };

  return (
    <FormDialog
      isOpen
      title={t('ui.plan.weighing.openTitle')}
      submitLabel={t('ui.plan.weighing.openConfirm')}
      working={saving}
      onSubmit={() => void open()}
      onCancel={onCancel}
    >
      {banner ? <FormBanner banner={banner} onReload={onCancel} /> : null}
      <p>{t('ui.plan.weighing.openConsequence')}</p>
      <TextField
        id="weighing-closes"
        type="date"
        label={t('ui.plan.weighing.closesOn')}
        value={closesOn}
        min={today}
        width="medium"
        isRequired
        error={errors.closesOn}
        onChange={setClosesOn}
      />
    </FormDialog>
  );
}
