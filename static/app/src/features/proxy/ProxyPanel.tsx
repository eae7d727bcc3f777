/**
 * Proxy entry (named campaigns, buyers): after a face-to-face review, the buyer records the answers of one of the
 * customers of their portfolio. Stored as that customer's answer, marked as entered by proxy. The buyer's work in
 * progress is kept in this browser until the server acknowledged it.
 */
import { useMemo, useState } from 'react';
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { UserRef } from '@shared/contract/common';
import type { SurveyStateView } from '@shared/contract/survey';
import { useCall } from '../../api/use-call';
import { useI18n } from '../../app/i18n';
import { LazyPicker } from '../../components/LazyPicker';
import { ErrorState, Loading } from '../../components/states';
import { proxyCandidates } from './candidates';
import { ProxyForm } from './ProxyForm';

export default function ProxyPanel({
  state,
  accountId,
}: {
  state: SurveyStateView;
  accountId: string | undefined;
}) {
  const { t, locale } = useI18n();
  const { state: participation, retry } = useCall('participation/get', { campaignId: state.campaign.id });
  const [customerId, setCustomerId] = useState<string | undefined>();
  const [done, setDone] = useState<UserRef[]>([]);
  const candidates = useMemo(
    () =>
      participation.status === 'ready'
        ? proxyCandidates(participation.data, accountId, locale).filter(
            (c) => !done.some((d) => d.accountId === c.accountId),
          )
        : [],
    [participation, accountId, done, locale],
  );
  if (participation.status === 'loading') return <Loading label={t('ui.survey.proxy.loading')} />;
  if (participation.status === 'error') return <ErrorState error={participation.error} onRetry={retry} />;
  const customer = candidates.find((c) => c.accountId === customerId);
  return (
    <Stack space="space.200">
      <Text as="p">{t('ui.survey.proxy.intro')}</Text>
      {done.length > 0 ? (
        <SectionMessage appearance="success" headingLevel="h2" title={t('ui.survey.proxy.recordedTitle')}>
          <p>{t('ui.survey.proxy.recorded', { names: done.map((d) => d.displayName).join(', ') })}</p>
        </SectionMessage>
      ) : null}
      {candidates.length === 0 ? (
        <SectionMessage appearance="information">
          <p>{t('ui.survey.proxy.none')}</p>
        </SectionMessage>
      ) : (
        <CustomerPicker candidates={candidates} value={customerId} onChange={setCustomerId} />
      )}
      {customer ? (
        <ProxyForm
          key={customer.accountId}
          state={state}
          customer={customer}
          accountId={accountId}
          onDone={() => {
            setDone((d) => [...d, customer]);
            setCustomerId(undefined);
          }}
        />
      ) : null}
    </Stack>
  );
}

function CustomerPicker({
  candidates,
  value,
  onChange,
}: {
  candidates: UserRef[];
  value: string | undefined;
  onChange: (accountId: string | undefined) => void;
}) {
  const { t } = useI18n();
  return (
    <Stack space="space.050">
      <label id="proxy-customer-label" htmlFor="proxy-customer">
        <Text weight="medium">{t('ui.survey.proxy.customerLabel')}</Text>
      </label>
      <div style={{ maxWidth: '24rem' }}>
        <LazyPicker
          inputId="proxy-customer"
          labelId="proxy-customer-label"
          options={candidates.map((c) => ({ value: c.accountId, label: c.displayName }))}
          value={value}
          onChange={onChange}
          placeholder={t('ui.survey.proxy.customerPlaceholder')}
          // Until a customer is picked nothing is below the picker: a floating list would be cut at the frame's edge.
          menuInFlow
        />
      </div>
    </Stack>
  );
}
