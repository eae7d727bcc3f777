/**
 * The survey macro's config screen (config resource). Binds the macro to a campaign id, validated with the shared
 * `idSchema`; saved with `view.submit({ config })`, or closed unchanged with `view.close()`.
 * An empty id saves `{}`: the macro then follows the campaign currently open.
 */
import { useState } from 'react';
import { view } from '@forge/bridge';
import Button from '@atlaskit/button/default/button';
import Form, { ErrorMessage, Field, FormFooter, HelperMessage } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { Inline, Stack } from '@atlaskit/primitives/compiled';
import { idSchema } from '@shared/contract';
import type { AppContext } from '../context';
import { useI18n } from '../i18n';

interface ConfigValues {
  campaignId: string;
}

export default function ConfigView({ ctx }: { ctx: AppContext }) {
  const { t } = useI18n();
  const [saveFailed, setSaveFailed] = useState(false);

  const validate = (value: string | undefined): string | undefined => {
    const id = (value ?? '').trim();
    return id === '' || idSchema.safeParse(id).success ? undefined : t('ui.config.invalidId');
  };

  const onSubmit = async ({ campaignId }: ConfigValues) => {
    const id = (campaignId ?? '').trim();
    setSaveFailed(false);
    try {
      await view.submit({ config: id ? { campaignId: id } : {} });
    } catch {
      setSaveFailed(true);
    }
  };

  const cancel = () => {
    void view.close().catch(() => undefined);
  };

  return (
    <Stack space="space.200">
      <Heading as="h1" size="medium" id="config-title">
        {t('ui.config.title')}
      </Heading>
      {saveFailed ? (
        <SectionMessage appearance="error">
          <p>{t('ui.config.saveFailed')}</p>
        </SectionMessage>
      ) : null}
      <Form<ConfigValues> onSubmit={onSubmit} labelId="config-title">
        {({ formProps, submitting }) => (
          <form {...formProps} noValidate>
            <Field<string>
              name="campaignId"
              label={t('ui.config.campaignLabel')}
              defaultValue={ctx.campaignId ?? ''}
              validate={validate}
            >
              {({ fieldProps, error }) => (
                <>
                  <Textfield {...fieldProps} autoComplete="off" spellCheck={false} />
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
                <Button appearance="subtle" onClick={cancel}>
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
