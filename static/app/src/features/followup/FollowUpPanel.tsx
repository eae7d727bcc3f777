/**
 * The follow-up macro's view of a plan (the campaign's team, admins, quality managers): progress, each selected
 * action as Jira last told it (key, status, assignee, due date, overdue, history of statuses and date changes),
 * a refresh from Jira, and the periodic reviews that freeze the plan's state with a comment.
 */
import { lazy, Suspense, useState } from 'react';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { FollowUpView, ReviewSnapshot } from '@shared/contract/followup';
import type { ActionView, PlanView } from '@shared/contract/plan';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';
import { describeError } from '../../api/errors';
import { useCall } from '../../api/use-call';
import { useI18n, type MessageKey } from '../../app/i18n';
import { ExpandableRowsTable } from '../../components/ExpandableRowsTable';
import { NoticeBanner, NoticeMessage, type Notice } from '../../components/NoticeBanner';
import { DueDate } from '../../components/plan/DueDate';
import { HistoryPanel, HistoryToggle } from '../../components/plan/history';
import {
  AssigneeName,
  IssueKey,
  JiraBanner,
  JiraLinkState,
  JiraStatusLozenge,
} from '../../components/plan/jira';
import { usePlanPeople } from '../../components/plan/people';
import { PlanProgress } from '../../components/plan/PlanProgress';
import { LastRefreshed, useLiveRefresh } from '../../components/live';
import { ErrorState, Loading } from '../../components/states';
import { cell } from '../../components/table-style';
import { localized } from '../../components/text';
import { TeamText, UserText } from '../../components/UserText';
import { ReviewList } from './ReviewList';

// The dialog (and the modal library) loads when someone records a review: most readers only read.
const ReviewDialog = lazy(() => import('./ReviewDialog').then((m) => ({ default: m.ReviewDialog })));

/** Failures that describe the campaign rather than a fault: information, without a retry. */
const EXPECTED = new Set(['plan.notClosed']);

export default function FollowUpPanel({ campaignId }: { campaignId: string }) {
  const { t } = useI18n();
  const { state, retry } = useCall('followup/get', { campaignId });
  if (state.status === 'loading') return <Loading label={t('ui.followup.loading')} />;
  if (state.status === 'error') {
    const { error } = state;
    if (error.code === 'NOT_FOUND') return <NotFound error={error} />;
    if (EXPECTED.has(error.reason ?? '')) return <Unavailable error={error} text={describeError(error, t)} />;
    return <ErrorState error={error} message={describeError(error, t)} onRetry={retry} />;
  }
  return <FollowUp initial={state.data} />;
}

function Unavailable({ error, text }: { error: AppError; text: string }) {
  const { t } = useI18n();
  return (
    <SectionMessage appearance="information" headingLevel="h2" title={t('ui.followup.unavailableTitle')}>
      <p data-error-code={error.code}>{text}</p>
    </SectionMessage>
  );
}

/**
 * The server answers "does not exist" to anyone the plan is not for, so as not to tell them it exists: a customer
 * reading the page would be told that the campaign whose commitments they just read does not exist. Who the
 * reader is decides what is true to say: admins and quality managers read every campaign (for them it is really
 * missing); a buyer reads their own campaigns' plans; anyone else is not among the follow-up's readers.
 */
function NotFound({ error }: { error: AppError }) {
  const { t } = useI18n();
  const { state } = useCall('roles/getAccess', {});
  if (state.status === 'loading') return <Loading label={t('ui.followup.loading')} />;
  if (state.status === 'error') return <Unavailable error={error} text={t('ui.followup.notShown')} />;
  const { roles } = state.data;
  if (roles.includes('admin') || roles.includes('quality'))
    return <Unavailable error={error} text={describeError(error, t)} />;
  if (roles.includes('team')) return <Unavailable error={error} text={t('ui.followup.notYourTeam')} />;
  return <Unavailable error={error} text={t('ui.followup.notForYou')} />;
}

function FollowUp({ initial }: { initial: FollowUpView }) {
  const { t, locale } = useI18n();
  const [plan, setPlan] = useState<PlanView>(initial.plan);
  const [reviews, setReviews] = useState<ReviewSnapshot[]>(initial.reviews);
  const [refreshing, setRefreshing] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const selected = plan.actions.filter((a) => a.selected);
  usePlanPeople(selected);
  const { refreshedAt, markRead } = useLiveRefresh(plan.campaign.id, async () => {
    const result = await call('followup/get', { campaignId: plan.campaign.id });
    if (!result.ok) return false;
    setPlan(result.data.plan);
    setReviews(result.data.reviews);
    return true;
  });

  const refresh = async () => {
    setRefreshing(true);
    const result = await call('plan/refresh', { campaignId: plan.campaign.id });
    setRefreshing(false);
    if (result.ok) {
      setPlan(result.data);
      markRead();
      // Jira not reached: the banner says so and that the table is Jira's last word; nothing says "latest".
      setNotice(
        result.data.jira.kind === 'ready' ? { kind: 'success', text: t('ui.followup.refreshed') } : null,
      );
    } else setNotice({ kind: 'error', error: result.error });
  };

  return (
    <Stack space="space.400">
      <Stack space="space.100">
        <Inline space="space.200" spread="space-between" alignBlock="center" shouldWrap>
          <Heading as="h2" size="large">
            {t('ui.followup.title')}
          </Heading>
          <Inline space="space.100" shouldWrap>
            <Button onClick={() => void refresh()} isLoading={refreshing}>
              {t('ui.followup.refresh')}
            </Button>
            {/* Every reader of the follow-up records reviews (quality managers too): a review changes no action. */}
            <Button appearance="primary" onClick={() => setReviewing(true)}>
              {t('ui.followup.review.button')}
            </Button>
          </Inline>
        </Inline>
        <Text as="p" color="color.text.subtle">
          <UserText>{localized(plan.campaign.name, locale)}</UserText>
          {' · '}
          {plan.campaign.period}
        </Text>
        <LastRefreshed at={refreshedAt} />
      </Stack>
      <JiraBanner jira={plan.jira} canEdit={plan.canEdit} />
      {notice ? (
        <NoticeBanner notice={notice}>
          <NoticeMessage notice={notice} />
        </NoticeBanner>
      ) : null}
      <PlanProgress progress={plan.progress} />
      {selected.length === 0 ? (
        <Text as="p">{t('ui.followup.empty')}</Text>
      ) : (
        <FollowUpTable campaignId={plan.campaign.id} actions={selected} />
      )}
      <ReviewList reviews={reviews} />
      {reviewing ? (
        <Suspense fallback={<Loading label={t('ui.app.loading')} />}>
          <ReviewDialog
            campaignId={plan.campaign.id}
            onCancel={() => setReviewing(false)}
            onRecorded={(review) => {
              setReviewing(false);
              setReviews((previous) => [review, ...previous]);
              setNotice({ kind: 'success', text: t('ui.followup.review.recorded') });
            }}
          />
        </Suspense>
      ) : null}
    </Stack>
  );
}

function FollowUpTable({ campaignId, actions }: { campaignId: string; actions: ActionView[] }) {
  const { t } = useI18n();
  const columns: MessageKey[] = [
    'ui.followup.column.action',
    'ui.followup.column.issue',
    'ui.followup.column.status',
    'ui.followup.column.assignee',
    'ui.followup.column.due',
    'ui.followup.column.history',
  ];
  return (
    <ExpandableRowsTable
      caption={t('ui.followup.caption')}
      headers={columns.map((column) => t(column))}
      rows={actions}
      rowKey={(action) => action.id}
      renderDetail={(action) => <HistoryPanel campaignId={campaignId} action={action} />}
      renderCells={(action, history) => (
        <>
          <th scope="row" style={{ ...cell, fontWeight: token('font.weight.medium'), maxWidth: '24rem' }}>
            <TeamText text={action.title} />
          </th>
          <td style={cell}>
            {action.jira.state === 'created' ? (
              <IssueKey issueKey={action.jira.key} url={action.issueUrl ?? action.jira.url} />
            ) : (
              <JiraLinkState action={action} />
            )}
          </td>
          <td style={cell}>
            {action.current ? (
              <JiraStatusLozenge category={action.current.statusCategory} name={action.current.statusName} />
            ) : (
              <Text color="color.text.subtle">—</Text>
            )}
          </td>
          <td style={cell}>
            {action.current ? (
              <AssigneeName accountId={action.current.assigneeAccountId} owner={action.owner} />
            ) : action.owner ? (
              <UserText>{action.owner.displayName}</UserText>
            ) : (
              <Text color="color.text.subtle">—</Text>
            )}
          </td>
          <td style={{ ...cell, whiteSpace: 'nowrap' }}>
            <DueDate action={action} showOverdue />
          </td>
          <td style={cell}>
            <HistoryToggle action={action} open={history.open} onToggle={history.toggle} />
          </td>
        </>
      )}
    />
  );
}
