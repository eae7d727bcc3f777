/** Who answers: the audience's departments (name and members) and people listed in no department. */
import Button from '@atlaskit/button/default/button';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useI18n } from '../../app/i18n';
import { Card, FormSection } from '../../components/layout';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { nameIn } from '../../components/text';
import { UserPicker } from '../../components/UserPicker';
import type { SectionProps } from './SettingsSections';

/** A department's name as the form shows it (also in the team's portfolios). */
export function useDepartmentLabel(draft: SectionProps['draft']) {
  const { t, locale } = useI18n();
  return (id: string) => {
    const department = draft.audience.departments.find((d) => d.id === id);
    return (department && nameIn(department.name, locale)) || t('ui.admin.campaign.unnamedDepartment');
  };
}

export function AudienceSection({ draft, errors, readOnly, edit }: SectionProps) {
  const { t } = useI18n();
  const departments = draft.audience.departments;
  const departmentLabel = useDepartmentLabel(draft);
  return (
    <FormSection
      title={t('ui.admin.campaign.audience')}
      id="campaign-audience"
      description={t('ui.admin.campaign.audienceHelp')}
    >
      {departments.length === 0 ? (
        <Text as="p" color="color.text.subtle">
          {t('ui.admin.campaign.noDepartments')}
        </Text>
      ) : null}
      {departments.map((department, i) => (
        <Card key={department.id}>
          <Stack space="space.150">
            <LocalizedTextFields
              base={`audience.departments.${i}.name`}
              idBase={`department-${i}-name`}
              legend={t('ui.admin.campaign.departmentName')}
              value={department.name}
              errors={errors}
              isDisabled={readOnly}
              onChange={(name) => edit({ type: 'renameDepartment', index: i, name })}
            />
            <UserPicker
              id={`department-${i}-members`}
              label={t('ui.admin.campaign.departmentMembers', { department: departmentLabel(department.id) })}
              value={department.members}
              isDisabled={readOnly}
              error={errors[`audience.departments.${i}.members`]}
              onChange={(members) => edit({ type: 'setDepartmentMembers', index: i, members })}
            />
            {readOnly ? null : (
              <Inline>
                <Button appearance="subtle" onClick={() => edit({ type: 'removeDepartment', index: i })}>
                  {t('ui.admin.campaign.removeDepartment', { department: departmentLabel(department.id) })}
                </Button>
              </Inline>
            )}
          </Stack>
        </Card>
      ))}
      {readOnly ? null : (
        <Inline>
          <Button onClick={() => edit({ type: 'addDepartment' })}>
            {t('ui.admin.campaign.addDepartment')}
          </Button>
        </Inline>
      )}
      <UserPicker
        id="audience-people"
        label={t('ui.admin.campaign.people')}
        helper={t('ui.admin.campaign.peopleHelp')}
        value={draft.audience.people}
        isDisabled={readOnly}
        error={errors['audience.people']}
        onChange={(people) => edit({ type: 'setAudiencePeople', people })}
      />
    </FormSection>
  );
}
