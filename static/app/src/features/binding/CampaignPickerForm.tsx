/**
 * The config form: the campaigns as a radio group (required) with Save and Cancel. Radios rather than a select: the
 * whole list is in the flow, so the config frame (only as tall as its content) grows to show it and nothing is cut
 * off at its edge, and the screen needs neither react-select nor final-form, most of its weight before (issue 16:
 * a config screen is at most 100 KiB gzip). The messages come from @atlaskit/form's own subpaths, which do not pull
 * final-form in. The status is words in the label, not a Lozenge: Lozenge brings Emotion and the non-compiled
 * primitives, 19 KB gzip more on this screen when measured, which would put it over its budget.
 */
import { useRef, useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/default/button';
import { ErrorMessage } from '@atlaskit/form/error-message';
import { Fieldset } from '@atlaskit/form/fieldset';
import { FormFooter } from '@atlaskit/form/form-footer';
import { HelperMessage } from '@atlaskit/form/helper-message';
import { RadioGroup } from '@atlaskit/radio';
import { Box, Inline, Stack } from '@atlaskit/primitives/compiled';
import { useI18n } from '../../app/i18n';

export interface CampaignOption {
  value: string;
  /** Name, period and status in words: what the radio shows, and its accessible name. */
  label: string;
}

const GROUP_ID = 'config-campaign';
const LEGEND_ID = 'config-campaign-legend';
const MESSAGE_ID = 'config-campaign-message';

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
  onSubmit: (values: { campaign: CampaignOption | null }) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<string | null>(current?.value ?? null);
  const [missing, setMissing] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const group = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const campaign = options.find((o) => o.value === chosen) ?? null;
    if (!campaign) {
      setMissing(true);
      // As Atlaskit Form does: the keyboard lands on the field to fix, whose description now is the error.
      group.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    setSubmitting(true);
    try {
      await onSubmit({ campaign });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form aria-labelledby="config-title" noValidate onSubmit={(e) => void submit(e)}>
      <Stack space="space.200">
        <Fieldset
          legend={
            <span id={LEGEND_ID}>
              {t('ui.config.campaignLabel')}
              <span aria-hidden="true"> *</span>
            </span>
          }
        >
          <div ref={group}>
            <RadioGroup
              id={GROUP_ID}
              name="campaign"
              aria-labelledby={LEGEND_ID}
              isRequired
              isInvalid={missing}
              value={chosen}
              options={options.map((o) => ({
                name: 'campaign',
                value: o.value,
                label: o.label,
                'aria-describedby': MESSAGE_ID,
              }))}
              onChange={(e) => {
                setChosen(e.currentTarget.value);
                setMissing(false);
              }}
            />
          </div>
          <Box id={MESSAGE_ID}>
            {missing ? (
              <div id={`${GROUP_ID}-error`}>
                <ErrorMessage>{t('ui.config.required')}</ErrorMessage>
              </div>
            ) : (
              <HelperMessage>{help}</HelperMessage>
            )}
          </Box>
        </Fieldset>
        <FormFooter>
          <Inline space="space.100">
            <Button appearance="subtle" onClick={onCancel}>
              {t('ui.config.cancel')}
            </Button>
            <Button
              type="submit"
              appearance="primary"
              isLoading={submitting}
              isDisabled={options.length === 0}
            >
              {t('ui.config.save')}
            </Button>
          </Inline>
        </FormFooter>
      </Stack>
    </form>
  );
}
