/**
 * The admin page's choice of a closed campaign (the Plan and Results tabs): the latest closed one by default, or
 * the one chosen (in the picker or from the campaign list), and below it what the tab shows for that campaign.
 * Callers key what they show by the campaign id, so that another campaign starts afresh.
 */
import { useId, type ReactNode } from 'react';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useCall } from '../api/use-call';
import { useI18n } from '../app/i18n';
import { LazyPicker } from './LazyPicker';
import { ErrorState, Loading } from './states';
import { localized } from './text';

export function ClosedCampaignPicker({
  inputId,
  label,
  loadingLabel,
  emptyText,
  campaignId,
  onChoose,
  className,
  children,
}: {
  inputId: string;
  label: string;
  loadingLabel: string;
  /** What the tab says when no campaign is closed yet. */
  emptyText: string;
  /** The campaign chosen elsewhere (the list), if any. */
  campaignId: string | null;
  onChoose: (campaignId: string) => void;
  /** The picker's own class (the report drops it from print). */
  className?: string;
  /** What the tab shows for the campaign shown. */
  children: (campaignId: string) => ReactNode;
}) {
  const { locale } = useI18n();
  const labelId = useId();
  const { state, retry } = useCall('campaigns/list', {});
  if (state.status === 'loading') return <Loading label={loadingLabel} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  const closed = state.data
    .filter((c) => c.status === 'closed')
    .sort((a, b) => (b.closedOn ?? b.closesOn).localeCompare(a.closedOn ?? a.closesOn));
  if (closed.length === 0) {
    return (
      <Text as="p" color="color.text.subtle">
        {emptyText}
      </Text>
    );
  }
  const selected = closed.find((c) => c.id === campaignId)?.id ?? closed[0]!.id;
  return (
    <Stack space="space.300">
      <div style={{ maxWidth: '28rem' }} className={className}>
        <label id={labelId} htmlFor={inputId}>
          <Text weight="medium">{label}</Text>
        </label>
        <LazyPicker
          inputId={inputId}
          labelId={labelId}
          options={closed.map((c) => ({ value: c.id, label: `${localized(c.name, locale)} (${c.period})` }))}
          value={selected}
          onChange={(id) => id && onChoose(id)}
        />
      </div>
      {children(selected)}
    </Stack>
  );
}
