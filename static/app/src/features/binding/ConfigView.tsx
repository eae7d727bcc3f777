/**
 * The macros' config screen (config resource): pick the campaign a macro shows. For the survey macro, saving first
 * records the binding server-side (`binding/bind`: campaign ↔ page ↔ macro instance, admin or team only), and only
 * once the server accepted it submits the config with `view.submit({ config: { campaignId } })`. The results,
 * follow-up and commitments macros bind nothing (they may be shown on any page: who sees what is decided when
 * they are read), so they submit at once. Cancel closes unchanged with `view.close()`.
 *
 * The host's dialog shows the title in its own chrome: the app keeps its heading for assistive technology only (it
 * names the form), so sighted readers see the title once.
 */
import { useState, type ReactNode } from 'react';
import { view } from '@forge/bridge';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack } from '@atlaskit/primitives/compiled';
import type { CampaignSummaryView } from '@shared/contract/campaigns';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';
import { describeError, ERROR_KEY } from '../../api/errors';
import { MODULE_KEYS } from '../../app/context';
import { useI18n, type MessageKey } from '../../app/i18n';
import { visuallyHidden } from '../../components/layout';
import { ErrorState, Loading } from '../../components/states';
import { STATUS_LABEL } from '../../components/labels';
import { CampaignPickerForm, type CampaignOption } from './CampaignPickerForm';
import { useConfigLoad } from './use-config-load';
import { localized } from '../../components/text';

const close = () => {
  void view.close().catch(() => undefined);
};

/** The macros that show a campaign without binding it, with their screen's title and what saving does. */
const SHOWS_ONLY: Record<string, { title: MessageKey; help: MessageKey }> = {
  [MODULE_KEYS.resultsMacro]: { title: 'ui.config.resultsTitle', help: 'ui.config.resultsHelp' },
  [MODULE_KEYS.followupMacro]: { title: 'ui.followup.configTitle', help: 'ui.followup.configHelp' },
  [MODULE_KEYS.commitmentsMacro]: { title: 'ui.commitments.configTitle', help: 'ui.commitments.configHelp' },
};

export default function ConfigView({
  campaignId,
  moduleKey,
}: {
  campaignId: string | undefined;
  moduleKey: string;
}) {
  const { t } = useI18n();
  const { load, retry } = useConfigLoad();
  const showsOnly = Object.hasOwn(SHOWS_ONLY, moduleKey) ? SHOWS_ONLY[moduleKey] : undefined;
  const binds = !showsOnly;
  const title = (
    <div style={visuallyHidden}>
      <Heading as="h1" size="medium" id="config-title">
        {t(showsOnly?.title ?? 'ui.config.title')}
      </Heading>
    </div>
  );

  if (load.status === 'loading') return <Loading label={t('ui.config.loading')} />;
  if (load.status === 'error')
    return (
      <Stack space="space.200">
        {title}
        <ErrorState error={load.error} onRetry={retry} />
      </Stack>
    );
  if (load.status === 'denied')
    return (
      <Stack space="space.200">
        {title}
        <SectionMessage appearance="warning" headingLevel="h2" title={t('ui.config.denied.title')}>
          <p>{t(showsOnly ? 'ui.config.denied.showsBody' : 'ui.config.denied.surveyBody')}</p>
        </SectionMessage>
        <Inline>
          <Button onClick={close}>{t('ui.config.close')}</Button>
        </Inline>
      </Stack>
    );
  return (
    <BindCampaign
      title={title}
      campaigns={load.campaigns}
      campaignId={campaignId}
      binds={binds}
      help={t(showsOnly?.help ?? 'ui.config.campaignHelp')}
    />
  );
}

function BindCampaign({
  title,
  campaigns,
  campaignId,
  binds,
  help,
}: {
  title: ReactNode;
  campaigns: CampaignSummaryView[];
  campaignId: string | undefined;
  /** The survey macro records its binding first; the other macros have none. */
  binds: boolean;
  help: string;
}) {
  const { t, locale } = useI18n();
  const [bindError, setBindError] = useState<AppError | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const options: CampaignOption[] = campaigns.map((c) => ({
    value: c.id,
    label: t('ui.config.option', {
      name: localized(c.name, locale),
      period: c.period,
      status: t(STATUS_LABEL.survey[c.status]),
    }),
  }));

  const onSubmit = async ({ campaign }: { campaign: CampaignOption | null }) => {
    setBindError(null);
    setSaveFailed(false);
    if (!campaign) return;
    if (binds) {
      const bound = await call('binding/bind', { campaignId: campaign.value });
      if (!bound.ok) return setBindError(bound.error);
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
      {bindError ? <BindFailed error={bindError} /> : null}
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
      <CampaignPickerForm
        options={options}
        current={options.find((o) => o.value === campaignId) ?? null}
        help={help}
        onSubmit={onSubmit}
        onCancel={close}
      />
    </Stack>
  );
}

/** A refused binding says why (a campaign's survey lives on one page); other failures say what kind they are. */
function BindFailed({ error }: { error: AppError }) {
  const { t } = useI18n();
  const forbidden = error.code === 'FORBIDDEN';
  return (
    <SectionMessage appearance="error" headingLevel="h2" title={t('ui.config.bindFailed')}>
      <Stack space="space.100">
        <p data-error-code={error.code}>{forbidden ? describeError(error, t) : t(ERROR_KEY[error.code])}</p>
        {forbidden ? <p>{t('ui.config.bindForbiddenHelp')}</p> : null}
      </Stack>
    </SectionMessage>
  );
}
