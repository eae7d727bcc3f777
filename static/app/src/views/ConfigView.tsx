/**
 * The survey macro's config screen (config resource): pick the campaign this macro collects answers for. Saving
 * first records the binding server-side (`survey/bind`: campaign ↔ page ↔ macro instance, admin or team only), and
 * only once the server accepted it submits the config with `view.submit({ config: { campaignId } })`. Cancel closes
 * unchanged with `view.close()`.
 */
import { useEffect, useState } from 'react';
import { view } from '@forge/bridge';
import Button from '@atlaskit/button/default/button';
import Form, { ErrorMessage, Field, FormFooter, HelperMessage } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import Select from '@atlaskit/select';
import { Inline, Stack } from '@atlaskit/primitives/compiled';
import type { AccessView, CampaignSummaryView } from '@shared/contract';
import type { AppError } from '@shared/result';
import { call } from '../api';
import type { AppContext } from '../context';
import { useI18n } from '../i18n';
import { ErrorState, Loading } from './states';

interface CampaignOption {
  value: string;
  label: string;
}

interface ConfigValues {
  campaign: CampaignOption | null;
}

type Load =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'denied' }
  | { status: 'ready'; campaigns: CampaignSummaryView[] };

const canConfigure = (access: AccessView) =>
  Array.isArray(access.roles) && (access.roles.includes('admin') || access.roles.includes('team'));

const ORDER = { open: 0, draft: 1, closed: 2 } as const;

export default function ConfigView({ ctx }: { ctx: AppContext }) {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [bindError, setBindError] = useState<AppError | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    void Promise.all([call('admin/getAccess', {}), call('campaign/list', {})]).then(([access, list]) => {
      if (!live) return;
      if ((access.ok && !canConfigure(access.data)) || (!list.ok && list.error.code === 'FORBIDDEN'))
        return setLoad({ status: 'denied' });
      if (!access.ok) return setLoad({ status: 'error', error: access.error });
      if (!list.ok) return setLoad({ status: 'error', error: list.error });
      setLoad({
        status: 'ready',
        campaigns: [...list.data].sort(
          (a, b) => ORDER[a.status] - ORDER[b.status] || b.opensOn.localeCompare(a.opensOn),
        ),
      });
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  const close = () => {
    void view.close().catch(() => undefined);
  };

  const title = (
    <Heading as="h1" size="medium" id="config-title">
      {t('ui.config.title')}
    </Heading>
  );

  if (load.status === 'loading') return <Loading label={t('ui.config.loading')} />;
  if (load.status === 'error')
    return (
      <Stack space="space.200">
        {title}
        <ErrorState error={load.error} onRetry={() => setAttempt((n) => n + 1)} />
      </Stack>
    );
  if (load.status === 'denied')
    return (
      <Stack space="space.200">
        {title}
        <SectionMessage appearance="warning" headingLevel="h2" title={t('ui.config.denied.title')}>
          <p>{t('ui.config.denied.body')}</p>
        </SectionMessage>
        <Inline>
          <Button onClick={close}>{t('ui.config.close')}</Button>
        </Inline>
      </Stack>
    );

  const options: CampaignOption[] = load.campaigns.map((c) => ({
    value: c.id,
    label: t('ui.config.option', {
      name: c.name,
      period: c.period,
      status: t(`ui.survey.status.${c.status}`),
    }),
  }));
  const current = options.find((o) => o.value === ctx.campaignId) ?? null;

  const onSubmit = async ({ campaign }: ConfigValues) => {
    setBindError(null);
    setSaveFailed(false);
    if (!campaign) return;
    const bound = await call('survey/bind', { campaignId: campaign.value });
    if (!bound.ok) {
      setBindError(bound.error);
      return;
    }
    try {
      await view.submit({ config: { campaignId: campaign.value } });
    } catch {
      setSaveFailed(true);
    }
  };

  return (
    <Stack space="space.200">
      {title}
      {bindError ? (
        <SectionMessage appearance="error" headingLevel="h2" title={t('ui.config.bindFailed')}>
          <Stack space="space.100">
            <p data-error-code={bindError.code}>
              {bindError.code === 'FORBIDDEN' ? bindError.message : t(`ui.errors.${bindError.code}`)}
            </p>
            {bindError.code === 'FORBIDDEN' ? <p>{t('ui.config.bindForbiddenHelp')}</p> : null}
          </Stack>
        </SectionMessage>
      ) : null}
      {saveFailed ? (
        <SectionMessage appearance="error">
          <p>{t('ui.config.saveFailed')}</p>
        </SectionMessage>
      ) : null}
      {options.length === 0 ? (
        <SectionMessage appearance="information" headingLevel="h2" title={t('ui.config.noCampaigns.title')}>
          <p>{t('ui.config.noCampaigns.body')}</p>
        </SectionMessage>
      ) : null}
      <Form<ConfigValues> onSubmit={onSubmit} labelId="config-title">
        {({ formProps, submitting }) => (
          <form {...formProps} noValidate>
            <Field<CampaignOption | null>
              name="campaign"
              label={t('ui.config.campaignLabel')}
              defaultValue={current}
              isRequired
              validate={(value) => (value ? undefined : t('ui.config.required'))}
            >
              {({ fieldProps: { id, ...rest }, error }) => (
                <>
                  <Select<CampaignOption>
                    {...rest}
                    inputId={id}
                    options={options}
                    placeholder={t('ui.config.placeholder')}
                    isClearable={false}
                    isDisabled={options.length === 0}
                  />
                  {error ? (
                    <ErrorMessage>{error}</ErrorMessage>
                  ) : (
                    <HelperMessage>{t('ui.config.campaignHelp')}</HelperMessage>
                  )}
                </>
              )}
            </Field>
            <FormFooter>
              <Inline space="space.100">
                <Button appearance="subtle" onClick={close}>
                  {t('ui.config.cancel')}
                </Button>
                <Button type="submit" appearance="primary" isLoading={submitting}>
                  {t('ui.config.save')}
                </Button>
              </Inline>
            </FormFooter>
          </form>
        )}
      </Form>
    </Stack>
  );
}
