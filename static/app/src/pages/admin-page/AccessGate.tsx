/**
 * What a person without an app role sees: the one-time setup (the first admin must be a Confluence administrator;
 * the server checks it through Confluence as the user) or a clear "no access" state.
 */
import { useState } from 'react';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { AccessView } from '@shared/contract/roles';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';
import { useI18n } from '../../app/i18n';
import { ErrorState } from '../../components/states';

export function SetupState({ onDone }: { onDone: (access: AccessView) => void }) {
  const { t } = useI18n();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const bootstrap = async () => {
    setWorking(true);
    setError(null);
    const result = await call('roles/bootstrap', {});
    setWorking(false);
    if (result.ok) onDone(result.data);
    else setError(result.error);
  };
  return (
    <section aria-labelledby="setup-heading">
      <Stack space="space.200">
        <Heading as="h2" size="medium" id="setup-heading">
          {t('ui.admin.setup.heading')}
        </Heading>
        <Text as="p">{t('ui.admin.setup.description')}</Text>
        <Text as="p" color="color.text.subtle">
          {t('ui.admin.setup.why')}
        </Text>
        {error ? (
          error.code === 'FORBIDDEN' ? (
            <SectionMessage appearance="error" title={t('ui.admin.setup.refusedTitle')} headingLevel="h3">
              <p data-error-code="FORBIDDEN">{t('ui.admin.setup.refused')}</p>
            </SectionMessage>
          ) : (
            <ErrorState error={error} />
          )
        ) : null}
        <Inline>
          <Button appearance="primary" isLoading={working} onClick={() => void bootstrap()}>
            {t('ui.admin.setup.button')}
          </Button>
        </Inline>
      </Stack>
    </section>
  );
}

export function NoAccess() {
  const { t } = useI18n();
  return (
    <SectionMessage appearance="warning" title={t('ui.admin.noAccess.title')} headingLevel="h2">
      <Stack space="space.100">
        <p>{t('ui.admin.noAccess.message')}</p>
        <p>{t('ui.admin.noAccess.notSetUp')}</p>
      </Stack>
    </SectionMessage>
  );
}
