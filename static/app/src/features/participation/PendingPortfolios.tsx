/**
 * Named campaigns: per buyer portfolio, who has not answered yet, with a Remind action that copies the ready
 * reminder (or, without a clipboard, shows it to copy by hand).
 */
import { useState } from 'react';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import TextArea from '@atlaskit/textarea';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { ParticipationView } from '@shared/contract/participation';
import { useI18n } from '../../app/i18n';
import { copy, flag, reminderText } from './reminder';

type Portfolio = ParticipationView['portfolios'][number];

export function PendingPortfolios({
  view,
  accountId,
}: {
  view: ParticipationView;
  accountId: string | undefined;
}) {
  const { t } = useI18n();
  const [fallback, setFallback] = useState<string | null>(null);
  const message = reminderText(view.reminder);
  // The signed-in buyer's own portfolio first.
  const portfolios = [...view.portfolios].sort(
    (a, b) => Number(b.buyer.accountId === accountId) - Number(a.buyer.accountId === accountId),
  );

  const remind = async (buyer: string, count: number) => {
    const copied = await copy(message);
    setFallback(copied ? null : message);
    if (!copied) setTimeout(() => document.getElementById('reminder-text')?.focus(), 0);
    flag({
      id: `reminder-${buyer}-${Date.now()}`,
      type: copied ? 'success' : 'info',
      title: t(copied ? 'ui.participation.copiedTitle' : 'ui.participation.copyManuallyTitle'),
      description: copied
        ? t('ui.participation.copiedBody', { count })
        : t('ui.participation.copyManuallyBody'),
      isAutoDismiss: true,
    });
  };

  return (
    <Stack space="space.200">
      <Heading as="h3" size="small">
        {t('ui.participation.pendingTitle')}
      </Heading>
      {portfolios.map((p) => (
        <PendingCard
          key={p.buyer.accountId}
          portfolio={p}
          onRemind={(count) => void remind(p.buyer.accountId, count)}
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
  onRemind,
}: {
  portfolio: Portfolio;
  onRemind: (count: number) => void;
}) {
  const { t } = useI18n();
  const pending = p.pending ?? [];
  const headingId = `pending-${p.buyer.accountId}`;
  return (
    <Box
      padding="space.150"
      style={{
        border: `${token('border.width')} solid ${token('color.border')}`,
        borderRadius: token('radius.medium'),
      }}
    >
      <Stack space="space.100">
        <Inline spread="space-between" alignBlock="center" shouldWrap space="space.100">
          <Heading as="h4" size="xsmall" id={headingId}>
            {t('ui.participation.pendingOf', { buyer: p.buyer.displayName, count: pending.length })}
          </Heading>
          {pending.length > 0 ? (
            <Button onClick={() => onRemind(pending.length)} aria-describedby={headingId}>
              {t('ui.participation.remind')}
            </Button>
          ) : null}
        </Inline>
        {pending.length > 0 ? (
          <ul aria-labelledby={headingId} style={{ margin: 0, paddingInlineStart: token('space.250') }}>
            {pending.map((u) => (
              <li key={u.accountId}>{u.displayName}</li>
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
