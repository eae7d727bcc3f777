/** The procurement team of the campaign and, per buyer, the portfolio they serve (departments and people). */
import Checkbox from '@atlaskit/checkbox';
import { Fieldset } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { CampaignInput } from '@shared/contract/campaigns';
import { useI18n } from '../../app/i18n';
import { useDirectory } from '../../components/directory';
import { Card, FormSection } from '../../components/layout';
import { UserPicker } from '../../components/UserPicker';
import { useDepartmentLabel } from './AudienceSection';
import type { SectionProps } from './SettingsSections';

export function TeamSection({ draft, errors, readOnly, edit }: SectionProps) {
  const { t } = useI18n();
  return (
    <FormSection
      title={t('ui.admin.campaign.team')}
      id="campaign-team"
      description={t('ui.admin.campaign.teamHelp')}
    >
      <UserPicker
        id="team-members"
        label={t('ui.admin.campaign.teamMembers')}
        value={draft.team.map((m) => m.accountId)}
        isDisabled={readOnly}
        error={errors.team}
        onChange={(accountIds) => edit({ type: 'setTeam', accountIds })}
      />
      {draft.team.map((member, i) => (
        <PortfolioCard
          key={member.accountId}
          member={member}
          index={i}
          draft={draft}
          errors={errors}
          readOnly={readOnly}
          edit={edit}
        />
      ))}
    </FormSection>
  );
}

function PortfolioCard({
  member,
  index: i,
  draft,
  errors,
  readOnly,
  edit,
}: SectionProps & { member: CampaignInput['team'][number]; index: number }) {
  const { t } = useI18n();
  const directory = useDirectory();
  const departmentLabel = useDepartmentLabel(draft);
  const departments = draft.audience.departments;
  const name = directory.nameOf(member.accountId) ?? t('ui.admin.users.unknown');
  return (
    <Card>
      <Stack space="space.150">
        <Heading as="h4" size="xsmall">
          {t('ui.admin.campaign.portfolioOf', { name })}
        </Heading>
        <Fieldset legend={t('ui.admin.campaign.portfolioDepartments')}>
          {departments.length === 0 ? (
            <Text as="p" color="color.text.subtle">
              {t('ui.admin.campaign.noDepartments')}
            </Text>
          ) : null}
          {departments.map((department) => (
            <Checkbox
              key={department.id}
              name={`portfolio-${i}`}
              value={department.id}
              label={departmentLabel(department.id)}
              isDisabled={readOnly}
              isChecked={member.portfolio.departments.includes(department.id)}
              onChange={(e) =>
                edit({
                  type: 'togglePortfolioDepartment',
                  member: i,
                  departmentId: department.id,
                  checked: e.currentTarget.checked,
                })
              }
            />
          ))}
        </Fieldset>
        <UserPicker
          id={`team-${i}-people`}
          label={t('ui.admin.campaign.portfolioPeople', { name })}
          value={member.portfolio.people}
          isDisabled={readOnly}
          error={errors[`team.${i}.portfolio.people`] ?? errors[`team.${i}.portfolio.departments`]}
          onChange={(people) => edit({ type: 'setPortfolioPeople', member: i, people })}
        />
      </Stack>
    </Card>
  );
}
