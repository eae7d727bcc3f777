/**
 * The config form: the campaign picker (required) with Save and Cancel. The picker's menu is laid out in the flow,
 * not floating (components/select-styles): the config frame is only as tall as its content, so a floating menu
 * would be cut off at the frame's edge; in the flow it makes the frame grow (the host's dialog scrolls it if the
 * screen is short).
 */
import Button from '@atlaskit/button/default/button';
import Form, { ErrorMessage, Field, FormFooter, HelperMessage } from '@atlaskit/form';
import Select from '@atlaskit/select';
import { Inline } from '@atlaskit/primitives/compiled';
import { useI18n } from '../../app/i18n';
import { inFlowMenuStyles } from '../../components/select-styles';

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
  help,
  onSubmit,
  onCancel,
}: {
  options: CampaignOption[];
  current: CampaignOption | null;
  /** What saving does, for this macro. */
  help: string;
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
                  styles={inFlowMenuStyles}
                />
                {error ? <ErrorMessage>{error}</ErrorMessage> : <HelperMessage>{help}</HelperMessage>}
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
