/**
 * The home feed (`home-feed`, on Confluence's home page): what waits for the viewer in Procurement CRM — their open
 * surveys and weighings, where the commitments made to them stand, and a buyer's overdue actions — each with a link to its page.
 * Only the viewer's own items: the server sends nothing else.
 */
import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { router } from '@forge/bridge';
import type { HomeFeedView } from '@shared/contract/home';
import type { LocalizedText } from '@domain/model';
import { describeError } from '../../api/errors';
import { useCall } from '../../api/use-call';
import { useI18n } from '../../app/i18n';
import { formatDay } from '../../components/dates';
import { ErrorState, Loading } from '../../components/states';
import { linkButton } from '../../components/link-button';
import { localized } from '../../components/text';
import { TeamText } from '../../components/UserText';

export default function HomeFeed() {
  const { t } = useI18n();
  const { state, retry } = useCall('home/feed', {});
  if (state.status === 'loading') return <Loading label={t('ui.home.loading')} />;
  if (state.status === 'error') {
    return <ErrorState error={state.error} message={describeError(state.error, t)} onRetry={retry} />;
  }
  return <Feed view={state.data} />;
}

const open = (contentId: string) => void router.navigate({ target: 'contentView', contentId });

/** One item: its link when it has a page, else its name alone. */
function Item({
  name,
  contentId,
  children,
}: {
  name: string;
  contentId: string | null;
  children: ReactNode;
}) {
  return (
    <li style={{ marginBottom: token('space.100') }}>
      <Stack space="space.025">
        {contentId ? (
          // Not stretched to the row: the link is the campaign's name, not the whole line; flush with the text below.
          <Inline>
            <button type="button" style={linkButton} onClick={() => open(contentId)}>
              {name}
            </button>
          </Inline>
        ) : (
          <Text weight="medium">{name}</Text>
        )}
        <Text size="small" color="color.text.subtle">
          {children}
        </Text>
      </Stack>
    </li>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Stack space="space.100">
        <Heading as="h3" size="xsmall">
          {title}
        </Heading>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>{children}</ul>
      </Stack>
    </section>
  );
}

function Feed({ view }: { view: HomeFeedView }) {
  const { t, locale } = useI18n();
  const name = (text: LocalizedText) => localized(text, locale);
  const empty =
    view.surveys.length + view.weighings.length + view.commitments.length + view.overdueActions.length === 0;
  return (
    <Stack space="space.200">
      <Heading as="h2" size="small">
        {t('ui.home.title')}
      </Heading>
      {empty ? (
        <SectionMessage appearance="information">
          <p>{t('ui.home.empty')}</p>
        </SectionMessage>
      ) : null}
      {view.surveys.length > 0 ? (
        <Section title={t('ui.home.surveys')}>
          {view.surveys.map((s) => (
            <Item key={s.campaignId} name={name(s.campaignName)} contentId={s.contentId}>
              {t('ui.home.closes', { date: formatDay(s.closesOn, locale), days: s.daysLeft })}
            </Item>
          ))}
        </Section>
      ) : null}
      {view.weighings.length > 0 ? (
        <Section title={t('ui.home.weighings')}>
          {view.weighings.map((w) => (
            <Item key={w.campaignId} name={name(w.campaignName)} contentId={w.contentId}>
              {t('ui.home.closes', { date: formatDay(w.closesOn, locale), days: w.daysLeft })}
            </Item>
          ))}
        </Section>
      ) : null}
      {view.overdueActions.length > 0 ? (
        <Section title={t('ui.home.overdue')}>
          {view.overdueActions.map((a) => (
            <Item key={a.actionId} name={name(a.campaignName)} contentId={a.contentId}>
              <TeamText text={a.title} /> · {t('ui.home.dueOn', { date: formatDay(a.dueDate, locale) })}
            </Item>
          ))}
        </Section>
      ) : null}
      {view.commitments.length > 0 ? (
        <Section title={t('ui.home.commitments')}>
          {view.commitments.map((c) => (
            <Item key={c.campaignId} name={name(c.campaignName)} contentId={c.contentId}>
              {t('ui.home.progress', { ...c.progress, late: c.progress.overdue })}
            </Item>
          ))}
        </Section>
      ) : null}
    </Stack>
  );
}
