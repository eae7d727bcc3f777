/**
 * Named campaigns, for the campaign's team: per buyer portfolio, who has not answered yet and how often they were
 * reminded. In their own portfolio a buyer reminds one person or all of them through Confluence (the page banner),
 * or copies a reminder message (or, without a clipboard, is shown it to copy by hand) to send another way. Once the
 * campaign is closed there is nobody left to remind: the lists say who did not answer, without Remind.
 */
import { useState } from 'react';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import TextArea from '@atlaskit/textarea';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { UserRef } from '@shared/contract/common';
import type { ParticipationView, RemindedView } from '@shared/contract/participation';
import { useI18n } from '../../app/i18n';
import { copy, reminderText } from './reminder';
import { formatDate } from '../../components/dates';
import { sortedByName } from '../../components/text';
import { RemindButton, useRemind } from './RemindButton';
import { UserText } from '../../components/UserText';

type Portfolio = ParticipationView['portfolios'][number];

export interface ReminderCampaign {
  id: string;
  name: string;
  closesOn: string;
  closed: boolean;
}

export function PendingPortfolios({
  view,
  campaign,
  accountId,
  onReminded,
}: {
  view: ParticipationView;
  campaign: ReminderCampaign;
  accountId: string | undefined;
  /** A reminder was recorded: the counts are read again. */
  onReminded: () => void;
}) {
  const { t, locale } = useI18n();
  const reminding = useRemind(campaign.id, onReminded);
  const reminded = new Map((view.reminders.byPerson ?? []).map((r) => [r.accountId, r]));
  const [fallback, setFallback] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ buyer: string; text: string } | null>(null);
  // The signed-in buyer's own portfolio first.
  const portfolios = [...view.portfolios].sort(
    (a, b) => Number(b.buyer.accountId === accountId) - Number(a.buyer.accountId === accountId),
  );

  const remind = async (buyer: string, count: number) => {
    const message = reminderText(campaign, view.reminder.pageUrl, t, locale);
    const copied = await copy(message);
    setFallback(copied ? null : message);
    setNotice({
      buyer,
      text: copied
        ? `${t('ui.participation.copiedTitle')}. ${t('ui.participation.copiedBody', { count })}`
        : `${t('ui.participation.copyManuallyTitle')}. ${t('ui.participation.copyManuallyBody')}`,
    });
    if (!copied) setTimeout(() => document.getElementById('reminder-text')?.focus(), 0);
  };

  return (
    <Stack space="space.200">
      <Heading as="h3" size="small">
        {t(campaign.closed ? 'ui.participation.closedTitle' : 'ui.participation.pendingTitle')}
      </Heading>
      {campaign.closed ? (
        <Text as="p" color="color.text.subtle">
          {t('ui.participation.closedNote')}
        </Text>
      ) : null}
      {portfolios.map((p) => (
        <PendingCard
          key={p.buyer.accountId}
          portfolio={p}
          closed={campaign.closed}
          notice={notice?.buyer === p.buyer.accountId ? notice.text : ''}
          onRemind={(count) => void remind(p.buyer.accountId, count)}
          reminded={reminded}
          reminding={p.buyer.accountId === accountId && !campaign.closed ? reminding : undefined}
        />
      ))}
      {fallback ? (
        <Stack space="space.050">
          <label htmlFor="reminder-text">
            <Text weight="medium">{t('ui.participation.fallbackLabel')}</Text>
          </label>
          <TextArea
            id="reminder-text"
            value={fallback}
            isReadOnly
            minimumRows={6}
            onFocus={(e) => e.currentTarget.select()}
          />
        </Stack>
      ) : null}
    </Stack>
  );
}

function PendingCard({
  portfolio: p,
  closed,
  notice,
  onRemind,
  reminded,
  reminding,
}: {
  portfolio: Portfolio;
  closed: boolean;
  /** What the last Remind did, said next to the button (a live region, so it is announced too). */
  notice: string;
  onRemind: (count: number) => void;
  reminded: ReadonlyMap<string, RemindedView>;
  /** The buyer's own portfolio while the campaign is open: reminders through Confluence. */
  reminding?: ReturnType<typeof useRemind>;
}) {
  const { t, locale } = useI18n();
  const said = reminding?.notice?.key === p.buyer.accountId ? reminding.notice.text : '';
  const pending = sortedByName(p.pending ?? [], locale);
  const headingId = `pending-${p.buyer.accountId}`;
  const canRemind = !closed && pending.length > 0;
  return (
    <Box
      padding="space.150"
      style={{
        border: `${token('border.width')} solid ${token('color.border')}`,
        borderRadius: token('radius.medium'),
      }}
    >
      <Stack space="space.100">
        <div>
          <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
            <Heading as="h4" size="xsmall" id={headingId}>
              {t(closed ? 'ui.participation.closedOf' : 'ui.participation.pendingOf', {
                buyer: p.buyer.displayName,
                count: pending.length,
              })}
            </Heading>
            {canRemind ? (
              <Inline space="space.100" shouldWrap>
                {reminding ? (
                  <Button
                    appearance="primary"
                    isDisabled={reminding.busy}
                    onClick={() => void reminding.remind(p.buyer.accountId, pending)}
                    aria-describedby={headingId}
                  >
                    {t('ui.participation.remindAll')}
                  </Button>
                ) : null}
                <Button onClick={() => onRemind(pending.length)} aria-describedby={headingId}>
                  {t('ui.participation.remind')}
                </Button>
              </Inline>
            ) : null}
          </Inline>
          {canRemind ? (
            <div role="status" style={{ paddingTop: notice || said ? token('space.100') : undefined }}>
              {notice || said ? (
                <Text as="p" size="small">
                  {said || notice}
                </Text>
              ) : null}
            </div>
          ) : null}
        </div>
        {pending.length > 0 ? (
          <ul aria-labelledby={headingId} style={{ margin: 0, paddingInlineStart: token('space.250') }}>
            {pending.map((u) => (
              <PendingPerson
                key={u.accountId}
                user={u}
                reminded={reminded.get(u.accountId)}
                reminding={reminding}
                buyer={p.buyer.accountId}
              />
            ))}
          </ul>
        ) : (
          <Text as="p" color="color.text.subtle">
            {t('ui.participation.allAnswered')}
          </Text>
        )}
      </Stack>
    </Box>
  );
}

/** One person who has not answered: how often they were reminded, and (own portfolio) Remind. */
function PendingPerson({
  user,
  reminded,
  reminding,
  buyer,
}: {
  user: UserRef;
  reminded: RemindedView | undefined;
  reminding: ReturnType<typeof useRemind> | undefined;
  buyer: string;
}) {
  const { t, locale } = useI18n();
  return (
    <li style={{ paddingBlock: token('space.025') }}>
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <UserText>{user.displayName}</UserText>
        {reminded ? (
          <Text size="small" color="color.text.subtle">
            {t('ui.participation.remindedInfo', {
              count: reminded.count,
              date: formatDate(reminded.lastAt, locale),
              name: reminded.lastBy.displayName,
            })}
          </Text>
        ) : null}
        {reminding ? (
          <RemindButton
            label={t('ui.participation.remindOne')}
            name={t('ui.participation.remindNamed', { name: user.displayName })}
            busy={reminding.busy}
            onClick={() => void reminding.remind(buyer, [user])}
          />
        ) : null}
      </Inline>
    </li>
  );
}
