/** The config form: the campaign picker (required) with Save and Cancel. */
import Button from '@atlaskit/button/default/button';
import Form, { ErrorMessage, Field, FormFooter, HelperMessage } from '@atlaskit/form';
import Select from '@atlaskit/select';
import { Inline } from '@atlaskit/primitives/compiled';
import { useI18n } from '../../app/i18n';

export interface CampaignOption {
  value: string;
  label: string;
}

interface ConfigValues {
  campaign: CampaignOption | null;
}

export function CampaignPickerForm({
  options,
  current,
  onSubmit,
  onCancel,
}: {
  options: CampaignOption[];
  current: CampaignOption | null;
  onSubmit: (values: ConfigValues) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
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
              <Button appearance="subtle" onClick={onCancel}>
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
  );
}
