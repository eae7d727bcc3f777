/**
 * A campaign read-only, as text (roles that cannot edit it, and every closed campaign): a description list of its
 * status and dates, how answers are collected, who sees the results, the audience's counts and the team with each
 * buyer's portfolio. Readable at full contrast, unlike a disabled form.
 */
import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { CampaignView } from '@shared/contract/campaigns';
import type { Locale } from '@shared/i18n';
import { useI18n, type Translate } from '../../app/i18n';
import { useDirectory } from '../../components/directory';
import { formatDay } from '../../components/dates';
import { CampaignStatusLozenge } from '../../components/CampaignStatusLozenge';
import { ROLE_LABEL } from '../../components/labels';
import { COMMENT_RULE_LABEL } from './labels';
import { closedDayOf } from './lifecycle';
import { localized } from '../../components/text';

const list = { margin: 0, paddingInlineStart: token('space.250') } as const;
const term = {
  font: token('font.body'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text'),
};
const definition = { margin: 0, color: token('color.text') } as const;

type Row = [term: string, value: ReactNode];

function datesOf(view: CampaignView, t: Translate, locale: Locale): Row[] {
  const closes =
    view.status === 'closed'
      ? t('ui.admin.campaign.summaryClosedOn', {
          date: formatDay(closedDayOf(view), locale),
          planned: formatDay(view.closesOn, locale),
        })
      : formatDay(view.closesOn, locale);
  return [
    [t('ui.admin.campaign.period'), view.period],
    [t('ui.admin.campaign.opensOn'), formatDay(view.opensOn, locale)],
    [t('ui.admin.campaign.closesOn'), closes],
  ];
}

function rulesOf(view: CampaignView, t: Translate): Row[] {
  const roles = view.results.roles.map((role) => t(ROLE_LABEL[role]));
  if (view.results.customersAfterClose) roles.push(t('ui.admin.campaign.summaryCustomersToo'));
  return [
    [
      t('ui.admin.campaign.answers'),
      t(view.anonymous ? 'ui.admin.campaign.summaryAnonymous' : 'ui.admin.campaign.summaryNamed'),
    ],
    [t('ui.admin.campaign.commentRule'), t(COMMENT_RULE_LABEL[view.commentRequiredAtOrBelow])],
    [t('ui.admin.campaign.resultsRoles'), roles.join(' · ')],
    [
      t('ui.admin.campaign.minGroupSize'),
      t('ui.admin.campaign.summaryGroupSizes', {
        k: view.results.minGroupSize ?? 5,
        kComments: Math.max(view.results.minGroupSize ?? 5, view.results.minCommentGroupSize ?? 10),
      }),
    ],
  ];
}

function Audience({ view }: { view: CampaignView }) {
  const { t, locale } = useI18n();
  const { departments, people } = view.audience;
  const invited = new Set([...departments.flatMap((d) => d.members), ...people]).size;
  return (
    <Stack space="space.050">
      <span>{t('ui.admin.campaign.summaryInvited', { count: invited })}</span>
      <ul style={list}>
        {departments.map((d) => (
          <li key={d.id}>
            {t('ui.admin.campaign.summaryDepartment', {
              department: localized(d.name, locale),
              count: d.members.length,
            })}
          </li>
        ))}
        <li>{t('ui.admin.campaign.summaryPeople', { count: people.length })}</li>
      </ul>
    </Stack>
  );
}

function Team({ view }: { view: CampaignView }) {
  const { t, locale } = useI18n();
  const directory = useDirectory();
  if (view.team.length === 0) return <span>{t('ui.admin.campaign.summaryNoTeam')}</span>;
  const departmentName = (id: string) => {
    const department = view.audience.departments.find((d) => d.id === id);
    return department ? localized(department.name, locale) : id;
  };
  return (
    <ul style={list}>
      {view.team.map(({ accountId, portfolio }, i) => {
        const customers = [
          ...portfolio.departments.map(departmentName),
          ...(portfolio.people.length > 0
            ? [t('ui.admin.campaign.summaryPortfolioPeople', { count: portfolio.people.length })]
            : []),
        ];
        return (
          <li key={accountId}>
            {t('ui.admin.campaign.summaryPortfolio', {
              name:
                directory.nameOf(accountId) ??
                (directory.isUnavailable(accountId)
                  ? t('ui.admin.campaign.summaryBuyer', { n: i + 1 })
                  : t('ui.admin.users.unknown')),
              customers:
                customers.length > 0 ? customers.join(', ') : t('ui.admin.campaign.summaryNoPortfolio'),
            })}
          </li>
        );
      })}
    </ul>
  );
}

export function CampaignSummary({ view }: { view: CampaignView }) {
  const { t, locale } = useI18n();
  const rows: Row[] = [
    // The header above says where it stands in a sentence.
    [t('ui.admin.campaign.summaryStatus'), <CampaignStatusLozenge key="status" status={view.status} />],
    ...datesOf(view, t, locale),
    ...rulesOf(view, t),
    [t('ui.admin.campaign.audience'), <Audience key="audience" view={view} />],
    [t('ui.admin.campaign.team'), <Team key="team" view={view} />],
  ];
  return (
    <section aria-labelledby="campaign-summary">
      <Stack space="space.200">
        <Heading as="h3" size="small" id="campaign-summary">
          {t('ui.admin.campaign.summary')}
        </Heading>
        <dl
          style={{
            display: 'grid',
            gridTemplateColumns: 'minmax(10rem, max-content) 1fr',
            columnGap: token('space.300'),
            rowGap: token('space.150'),
            margin: 0,
            padding: 0,
          }}
        >
          {rows.map(([label, value]) => (
            <div key={label} style={{ display: 'contents' }}>
              <dt style={term}>{label}</dt>
              <dd style={definition}>{value}</dd>
            </div>
          ))}
        </dl>
      </Stack>
    </section>
  );
}
