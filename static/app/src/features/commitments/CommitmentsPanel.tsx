/**
 * The commitments macro: what Procurement committed to after a campaign, as its customers read it — each action's
 * title, description, the criteria it answers, where it stands (planned, in progress, done), when it is due and
 * whether it is late, with the share done. No names, issue keys or internal reasons: the server sends none.
 */
import { useState } from 'react';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { CommitmentsView, CommitmentView } from '@shared/contract/commitments';
import { call } from '../../api/call';
import { describeError } from '../../api/errors';
import { useCall } from '../../api/use-call';
import { useI18n, type MessageKey } from '../../app/i18n';
import { formatDay } from '../../components/dates';
import { Card } from '../../components/layout';
import { ProgressBar } from '../../components/ProgressBar';
import { LastRefreshed, useLiveRefresh } from '../../components/live';
import { ErrorState, Loading } from '../../components/states';
import { localized, textIn } from '../../components/text';
import { TeamText } from '../../components/UserText';

const STATUS_APPEARANCE = {
  planned: 'default',
  inProgress: 'inprogress',
  done: 'success',
} as const satisfies Record<CommitmentView['status'], string>;

const STATUS_LABEL: Record<CommitmentView['status'], MessageKey> = {
  planned: 'ui.commitments.status.planned',
  inProgress: 'ui.commitments.status.inProgress',
  done: 'ui.commitments.status.done',
};

/** Failures that say the commitments are not there for this reader: information, without a retry. */
const EXPECTED = new Set(['plan.notClosed', 'campaign.missing']);

export default function CommitmentsPanel({ campaignId }: { campaignId: string }) {
  const { t } = useI18n();
  const { state, retry } = useCall('commitments/get', { campaignId });
  if (state.status === 'loading') return <Loading label={t('ui.commitments.loading')} />;
  if (state.status === 'error') {
    const { error } = state;
    if (EXPECTED.has(error.reason ?? '') || error.code === 'NOT_FOUND') {
      return (
        <SectionMessage
          appearance="information"
          headingLevel="h2"
          title={t('ui.commitments.unavailableTitle')}
        >
          <p data-error-code={error.code}>{describeError(error, t)}</p>
        </SectionMessage>
      );
    }
    return <ErrorState error={error} message={describeError(error, t)} onRetry={retry} />;
  }
  return <Commitments view={state.data} />;
}

function Commitments({ view: initial }: { view: CommitmentsView }) {
  const { t, locale } = useI18n();
  const [view, setView] = useState(initial);
  const { refreshedAt } = useLiveRefresh(initial.campaign.id, async () => {
    const result = await call('commitments/get', { campaignId: initial.campaign.id });
    if (result.ok) setView(result.data);
    return result.ok;
  });
  const { progress } = view;
  return (
    <Stack space="space.300">
      <Stack space="space.100">
        <Heading as="h2" size="large">
          {t('ui.commitments.title')}
        </Heading>
        <Text as="p" color="color.text.subtle">
          {t('ui.commitments.intro', { name: localized(view.campaign.name, locale) })}
        </Text>
        <LastRefreshed at={refreshedAt} />
      </Stack>
      {view.commitments.length === 0 ? (
        <SectionMessage appearance="information">
          <p>{t('ui.commitments.empty')}</p>
        </SectionMessage>
      ) : (
        <>
          <Stack space="space.050">
            <ProgressBar
              value={progress.done}
              max={progress.total}
              label={t('ui.commitments.progressLabel')}
              text={t('ui.commitments.progress', { done: progress.done, total: progress.total })}
            />
            <Text size="small" color="color.text.subtle">
              {progress.overdue > 0
                ? t('ui.commitments.countsLate', {
                    inProgress: progress.inProgress,
                    planned: progress.planned,
                    late: progress.overdue,
                  })
                : t('ui.commitments.counts', { inProgress: progress.inProgress, planned: progress.planned })}
            </Text>
          </Stack>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('ui.commitments.title')}>
            {view.commitments.map((c) => (
              <li key={c.id} style={{ marginBottom: token('space.150') }}>
                <Commitment commitment={c} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Stack>
  );
}

function Commitment({ commitment }: { commitment: CommitmentView }) {
  const { t, locale } = useI18n();
  return (
    <Card>
      <Stack space="space.100">
        <Inline space="space.150" alignBlock="center" spread="space-between" shouldWrap>
          <Heading as="h3" size="small">
            <TeamText text={commitment.title} />
          </Heading>
          <Inline space="space.050">
            <Lozenge appearance={STATUS_APPEARANCE[commitment.status]}>
              {t(STATUS_LABEL[commitment.status])}
            </Lozenge>
            {commitment.overdue ? <Lozenge appearance="removed">{t('ui.commitments.late')}</Lozenge> : null}
          </Inline>
        </Inline>
        {textIn(commitment.description, locale) ? (
          <Text as="p">
            <span style={{ whiteSpace: 'pre-wrap' }}>
              <TeamText text={commitment.description} />
            </span>
          </Text>
        ) : null}
        {commitment.criteria.length > 0 ? (
          <Text as="p" size="small" color="color.text.subtle">
            {t('ui.commitments.criteria')}{' '}
            {commitment.criteria.map((c) => localized(c.text, locale)).join(' · ')}
          </Text>
        ) : null}
        {commitment.dueDate ? (
          <Text as="p" size="small" color={commitment.overdue ? 'color.text.danger' : 'color.text'}>
            {t(commitment.overdue ? 'ui.commitments.dueLate' : 'ui.commitments.due', {
              date: formatDay(commitment.dueDate, locale),
            })}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
