/** The campaign form's settings: general fields, how answers are collected, who sees the results. */
import Checkbox from '@atlaskit/checkbox';
import { Fieldset, HelperMessage, Label } from '@atlaskit/form';
import { RadioGroup } from '@atlaskit/radio';
import Toggle from '@atlaskit/toggle';
import { Inline, Stack } from '@atlaskit/primitives/compiled';
import type { CampaignInput } from '@shared/contract/campaigns';
import { useI18n } from '../../app/i18n';
import { TextField } from '../../components/fields';
import type { FieldErrors } from '../../components/issues';
import { ROLE_LABEL } from '../../components/labels';
import { FormSection } from '../../components/layout';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { ROLES } from './campaign-draft';
import type { DraftAction } from './campaign-reducer';
import { COMMENT_RULE_LABEL, GROUP_SIZE_LABEL } from './labels';

export interface SectionProps {
  draft: CampaignInput;
  errors: FieldErrors;
  readOnly: boolean;
  edit: (change: DraftAction) => void;
}

export function GeneralSection({ draft, errors, readOnly, edit }: SectionProps) {
  const { t } = useI18n();
  return (
    <FormSection title={t('ui.admin.campaign.general')} id="campaign-general">
      <LocalizedTextFields
        base="name"
        idBase="campaign-name"
        legend={t('ui.admin.campaign.name')}
        value={draft.name}
        errors={errors}
        isDisabled={readOnly}
        onChange={(name) => edit({ type: 'setName', name })}
      />
      <Inline space="space.200" shouldWrap>
        <TextField
          id="campaign-period"
          label={t('ui.admin.campaign.period')}
          helper={t('ui.admin.campaign.periodHelp')}
          value={draft.period}
          width="small"
          isRequired
          isDisabled={readOnly}
          error={errors.period}
          onChange={(value) => edit({ type: 'setText', field: 'period', value })}
        />
        <TextField
          id="campaign-opens"
          type="date"
          label={t('ui.admin.campaign.opensOn')}
          value={draft.opensOn}
          isRequired
          isDisabled={readOnly}
          error={errors.opensOn}
          onChange={(value) => edit({ type: 'setText', field: 'opensOn', value })}
        />
        <TextField
          id="campaign-closes"
          type="date"
          label={t('ui.admin.campaign.closesOn')}
          helper={t('ui.admin.campaign.closesHelp')}
          value={draft.closesOn}
          isRequired
          isDisabled={readOnly}
          error={errors.closesOn}
          onChange={(value) => edit({ type: 'setText', field: 'closesOn', value })}
        />
      </Inline>
    </FormSection>
  );
}

export function AnswersSection({
  draft,
  readOnly,
  edit,
  hasAnswers,
  opened,
}: SectionProps & { hasAnswers: boolean; opened: boolean }) {
  const { t } = useI18n();
  return (
    <FormSection title={t('ui.admin.campaign.answers')} id="campaign-answers">
      <Stack space="space.050">
        <Inline space="space.100" alignBlock="center">
          <Toggle
            id="campaign-anonymous"
            isChecked={draft.anonymous}
            isDisabled={readOnly || hasAnswers}
            descriptionId="campaign-anonymous-help"
            onChange={(e) => edit({ type: 'setAnonymous', anonymous: e.currentTarget.checked })}
          />
          <Label htmlFor="campaign-anonymous">{t('ui.admin.campaign.anonymous')}</Label>
        </Inline>
        <div id="campaign-anonymous-help">
          <HelperMessage>
            {hasAnswers ? t('ui.admin.campaign.anonymousLocked') : t('ui.admin.campaign.anonymousHelp')}
          </HelperMessage>
        </div>
      </Stack>
      <Stack space="space.050">
        <Checkbox
          name="campaign-suppliers"
          label={t('ui.admin.campaign.suppliers')}
          isChecked={draft.suppliers?.enabled === true}
          isDisabled={readOnly || opened}
          aria-describedby="campaign-suppliers-help"
          onChange={(e) => edit({ type: 'setSuppliers', enabled: e.currentTarget.checked })}
        />
        <div id="campaign-suppliers-help">
          <HelperMessage>
            {opened ? t('ui.admin.campaign.suppliersLocked') : t('ui.admin.campaign.suppliersHelp')}
          </HelperMessage>
        </div>
      </Stack>
      <Fieldset legend={t('ui.admin.campaign.commentRule')}>
        <RadioGroup
          name="comment-rule"
          isDisabled={readOnly}
          value={String(draft.commentRequiredAtOrBelow)}
          options={(['0', '1', '2', '3'] as const).map((value) => ({
            name: 'comment-rule',
            value,
            label: t(COMMENT_RULE_LABEL[value]),
          }))}
          onChange={(e) => {
            const level = Number(e.currentTarget.value) as CampaignInput['commentRequiredAtOrBelow'];
            edit({ type: 'setCommentRule', level });
          }}
        />
      </Fieldset>
    </FormSection>
  );
}

export function ResultsSection({ draft, errors, readOnly, edit }: SectionProps) {
  const { t } = useI18n();
  return (
    <FormSection title={t('ui.admin.campaign.results')} id="campaign-results">
      <Fieldset legend={t('ui.admin.campaign.resultsRoles')}>
        {ROLES.map((role) => (
          <Checkbox
            key={role}
            name="results-roles"
            value={role}
            label={t(ROLE_LABEL[role])}
            isChecked={draft.results.roles.includes(role)}
            isDisabled={readOnly}
            onChange={(e) => edit({ type: 'toggleResultRole', role, checked: e.currentTarget.checked })}
          />
        ))}
      </Fieldset>
      <Checkbox
        name="customers-after-close"
        label={t('ui.admin.campaign.customersAfterClose')}
        isChecked={draft.results.customersAfterClose}
        isDisabled={readOnly}
        onChange={(e) => edit({ type: 'setCustomersAfterClose', value: e.currentTarget.checked })}
      />
      <Inline space="space.200" shouldWrap>
        {(['minGroupSize', 'minCommentGroupSize'] as const).map((field) => (
          <TextField
            key={field}
            id={`campaign-${field}`}
            type="number"
            width="small"
            label={t(GROUP_SIZE_LABEL[field].label)}
            helper={t(GROUP_SIZE_LABEL[field].help)}
            value={draft.results[field] === undefined ? '' : String(draft.results[field])}
            isDisabled={readOnly}
            error={errors[`results.${field}`]}
            onChange={(value) =>
              edit({ type: 'setGroupSize', field, value: value.trim() === '' ? undefined : Number(value) })
            }
          />
        ))}
      </Inline>
    </FormSection>
  );
}
