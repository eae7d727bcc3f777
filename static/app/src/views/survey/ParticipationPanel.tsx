/**
 * Participation (buyers, admins): response rates overall, per department and per buyer portfolio, and in named
 * campaigns who has not answered yet, with a Remind action that copies the ready reminder (subject, body, page link).
 * In anonymous campaigns a group under the minimum size shows "Below threshold" (never 0 or empty), with why.
 */
import { useState } from 'react';
import { showFlag } from '@forge/bridge';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { ParticipationView } from '@shared/contract';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../states';
import { useCall } from '../use-call';
import { formatRate } from './format';

/** Subject, body and the page link (unless the body already carries it): what a buyer pastes into a message. */
export const reminderText = (reminder: ParticipationView['reminder']): string =>
  [
    reminder.subject,
    '',
    reminder.body,
    ...(reminder.pageUrl && !reminder.body.includes(reminder.pageUrl) ? ['', reminder.pageUrl] : []),
  ].join('\n');

async function copy(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function flag(options: Parameters<typeof showFlag>[0]) {
  try {
    showFlag(options);
  } catch {
    /* no flags in this host */
  }
}

const cell = { padding: `${token('space.075')} ${token('space.100')}`, textAlign: 'start' as const };
const numeric = { ...cell, textAlign: 'end' as const, fontVariantNumeric: 'tabular-nums' };
const hiddenCell = { ...numeric, fontStyle: 'italic', color: token('color.text.subtle') };
const rowBorder = { borderBottom: `${token('border.width')} solid ${token('color.border')}` };

interface RateRow {
  key: string;
  name: string;
  invited: number;
  /** null: hidden below the anonymity threshold. */
  responded: number | null;
}

function RateTable({
  id,
  caption,
  groupLabel,
  rows,
  threshold,
}: {
  id: string;
  caption: string;
  groupLabel: string;
  rows: RateRow[];
  threshold: number | null;
}) {
  const { t, locale } = useI18n();
  const anyHidden = rows.some((row) => row.responded === null);
  const helpId = `${id}-threshold`;
  const below = t('ui.participation.belowThreshold');
  return (
    <Stack space="space.100">
      <table
        id={id}
        style={{ borderCollapse: 'collapse', width: '100%' }}
        aria-describedby={anyHidden ? helpId : undefined}
      >
        <caption style={{ textAlign: 'start', paddingBottom: token('space.100') }}>
          <Heading as="h3" size="small">
            {caption}
          </Heading>
        </caption>
        <thead>
          <tr style={rowBorder}>
            <th scope="col" style={cell}>
              {groupLabel}
            </th>
            <th scope="col" style={numeric}>
              {t('ui.participation.responded')}
            </th>
            <th scope="col" style={numeric}>
              {t('ui.participation.invited')}
            </th>
            <th scope="col" style={numeric}>
              {t('ui.participation.rate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} style={rowBorder}>
              <th scope="row" style={{ ...cell, fontWeight: token('font.weight.regular') }}>
                {row.name}
              </th>
              {row.responded === null ? (
                <>
                  <td style={hiddenCell}>{below}</td>
                  <td style={numeric}>{row.invited}</td>
                  <td style={hiddenCell}>{below}</td>
                </>
              ) : (
                <>
                  <td style={numeric}>{row.responded}</td>
                  <td style={numeric}>{row.invited}</td>
                  <td style={numeric}>{formatRate(row.responded, row.invited, locale)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {anyHidden ? (
        <Text as="p" id={helpId} size="small" color="color.text.subtle">
          {t('ui.participation.belowThresholdHelp', { k: threshold ?? '' })}
        </Text>
      ) : null}
    </Stack>
  );
}

export default function ParticipationPanel({
  campaignId,
  accountId,
}: {
  campaignId: string;
  accountId: string | undefined;
}) {
  const { t } = useI18n();
  const { state, retry } = useCall('participation/get', { campaignId });
  if (state.status === 'loading') return <Loading label={t('ui.participation.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  return <Participation view={state.data} accountId={accountId} />;
}

function Participation({ view, accountId }: { view: ParticipationView; accountId: string | undefined }) {
  const { t, locale } = useI18n();
  const [fallback, setFallback] = useState<string | null>(null);
  const message = reminderText(view.reminder);
  // The signed-in buyer's own portfolio first.
  const portfolios = [...view.portfolios].sort(
    (a, b) => Number(b.buyer.accountId === accountId) - Number(a.buyer.accountId === accountId),
  );

  const remind = async (buyer: string, count: number) => {
    if (await copy(message)) {
      setFallback(null);
      flag({
        id: `reminder-${buyer}-${Date.now()}`,
        type: 'success',
        title: t('ui.participation.copiedTitle'),
        description: t('ui.participation.copiedBody', { count }),
        isAutoDismiss: true,
      });
    } else {
      setFallback(message);
      setTimeout(() => document.getElementById('reminder-text')?.focus(), 0);
      flag({
        id: `reminder-${buyer}-${Date.now()}`,
        type: 'info',
        title: t('ui.participation.copyManuallyTitle'),
        description: t('ui.participation.copyManuallyBody'),
        isAutoDismiss: true,
      });
    }
  };

  return (
    <Stack space="space.300">
      <Heading as="h2" size="medium">
        {t('ui.participation.title')}
      </Heading>
      <Text as="p" size="large" weight="medium">
        {t('ui.participation.overall', {
          rate: formatRate(view.overall.responded, view.overall.invited, locale),
          responded: view.overall.responded,
          invited: view.overall.invited,
        })}
      </Text>
      {view.departments.length > 0 || view.unlisted ? (
        <RateTable
          id="participation-departments"
          caption={t('ui.participation.byDepartment')}
          groupLabel={t('ui.participation.department')}
          threshold={view.threshold}
          rows={[
            ...view.departments.map((d) => ({
              key: `department-${d.id}`,
              name: d.name,
              invited: d.invited,
              responded: d.responded,
            })),
            ...(view.unlisted
              ? [{ key: 'unlisted', name: t('ui.participation.notListed'), ...view.unlisted }]
              : []),
          ]}
        />
      ) : null}
      {view.portfolios.length > 0 ? (
        <RateTable
          id="participation-portfolios"
          caption={t('ui.participation.byPortfolio')}
          groupLabel={t('ui.participation.buyer')}
          threshold={view.threshold}
          rows={view.portfolios.map((p) => ({
            key: p.buyer.accountId,
            name: p.buyer.displayName,
            invited: p.invited,
            responded: p.responded,
          }))}
        />
      ) : null}
      {view.anonymous ? (
        <SectionMessage appearance="information">
          <p>{t('ui.participation.anonymous')}</p>
        </SectionMessage>
      ) : (
        <Stack space="space.200">
          <Heading as="h3" size="small">
            {t('ui.participation.pendingTitle')}
          </Heading>
          {portfolios.map((p) => {
            const pending = p.pending ?? [];
            const headingId = `pending-${p.buyer.accountId}`;
            return (
              <Box
                key={p.buyer.accountId}
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
                      <Button
                        onClick={() => void remind(p.buyer.accountId, pending.length)}
                        aria-describedby={headingId}
                      >
                        {t('ui.participation.remind')}
                      </Button>
                    ) : null}
                  </Inline>
                  {pending.length > 0 ? (
                    <ul
                      aria-labelledby={headingId}
                      style={{ margin: 0, paddingInlineStart: token('space.250') }}
                    >
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
          })}
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
      )}
    </Stack>
  );
}
