/**
 * The due-date reminders' settings, next to the Jira project: on or off, and the one language Jira words them in
 * (Jira sends one text to every recipient; the app cannot read the site's language, see docs/decisions/plan.md).
 */
import { useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/default/button';
import { Checkbox } from '@atlaskit/checkbox';
import { Fieldset } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { RadioGroup } from '@atlaskit/radio';
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { NoticeSettings } from '@domain/plan';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';
import { describeError } from '../../api/errors';
import { useI18n } from '../../app/i18n';

export function NoticesSettings({ saved }: { saved: NoticeSettings }) {
  const { t } = useI18n();
  const [enabled, setEnabled] = useState(saved.enabled);
  const [locale, setLocale] = useState(saved.locale);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [justSaved, setJustSaved] = useState(false);

  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    setWorking(true);
    setFailure(null);
    const result = await call('jira-settings/notices', { enabled, locale });
    setWorking(false);
    setJustSaved(result.ok);
    if (!result.ok) setFailure(result.error);
  };

  return (
    <form onSubmit={(e) => void onSave(e)} aria-labelledby="notices-title">
      <Stack space="space.150">
        <Heading size="small" as="h3" id="notices-title">
          {t('ui.plan.jiraSettings.notices.title')}
        </Heading>
        <Text>{t('ui.plan.jiraSettings.notices.intro')}</Text>
        <Checkbox
          name="notices-enabled"
          label={t('ui.plan.jiraSettings.notices.enabled')}
          isChecked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
        />
        <Fieldset legend={t('ui.plan.jiraSettings.notices.language')}>
          <RadioGroup
            name="notices-locale"
            value={locale}
            options={[
              { name: 'notices-locale', value: 'en-US', label: t('ui.plan.jiraSettings.notices.en') },
              { name: 'notices-locale', value: 'fr-FR', label: t('ui.plan.jiraSettings.notices.fr') },
            ]}
            onChange={(event) => setLocale(event.currentTarget.value === 'fr-FR' ? 'fr-FR' : 'en-US')}
          />
        </Fieldset>
        {failure ? <SectionMessage appearance="error">{describeError(failure, t)}</SectionMessage> : null}
        {justSaved ? <Text role="status">{t('ui.plan.jiraSettings.notices.saved')}</Text> : null}
        <div>
          <Button type="submit" appearance="primary" isLoading={working}>
            {t('ui.plan.jiraSettings.notices.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
