/** The autosave status line (with "Retry now" when a save is pending) and the bar that holds it. */
import type { ReactNode } from 'react';
import Button from '@atlaskit/button/default/button';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { Locale } from '@shared/i18n';
import { ERROR_KEY } from '../../api/errors';
import { useI18n, type Translate } from '../../app/i18n';
import { formatTime } from '../../components/dates';
import type { SyncState } from './draft-sync';

export function StickyBar({ children }: { children: ReactNode }) {
  return (
    <Box
      padding="space.150"
      style={{
        backgroundColor: token('elevation.surface.sunken'),
        borderRadius: token('radius.medium'),
      }}
    >
      <Stack space="space.100">{children}</Stack>
    </Box>
  );
}

type Tone = 'color.text.subtle' | 'color.text.danger' | 'color.text.warning';

/** What the status line says, in which tone, and whether "Retry now" is offered. */
function statusOf(
  sync: SyncState,
  submitted: boolean,
  problemCount: number,
  t: Translate,
  locale: Locale,
): { text: string; tone: Tone; retry: boolean } {
  const phase = sync.sync;
  switch (phase.phase) {
    case 'waiting':
    case 'saving':
      return { text: t('ui.survey.autosave.saving'), tone: 'color.text.subtle', retry: false };
    case 'saved':
      return {
        text: t(submitted ? 'ui.survey.autosave.submittedAt' : 'ui.survey.autosave.savedAt', {
          time: formatTime(phase.at, locale),
        }),
        tone: 'color.text.subtle',
        retry: false,
      };
    case 'retrying':
      return { text: t('ui.survey.autosave.retrying'), tone: 'color.text.warning', retry: true };
    case 'held':
      // Not sent: what is wrong is listed below the bar (ProblemSummary); the earlier submitted answer still counts.
      return {
        text: t('ui.survey.autosave.held', { count: problemCount }),
        tone: 'color.text.warning',
        retry: false,
      };
    case 'refused':
      return {
        text: t('ui.survey.autosave.refused', { reason: t(ERROR_KEY[phase.error.code]) }),
        tone: 'color.text.danger',
        retry: true,
      };
    case 'conflict':
      return { text: t('ui.survey.autosave.conflict'), tone: 'color.text.warning', retry: false };
    default:
      return {
        text: submitted
          ? t('ui.survey.autosave.submitted')
          : sync.revision > 0
            ? t('ui.survey.autosave.draftSaved')
            : t('ui.survey.autosave.hint'),
        tone: 'color.text.subtle',
        retry: false,
      };
  }
}

export function SyncStatus({
  sync,
  submitted,
  problemCount,
  onRetry,
}: {
  sync: SyncState;
  submitted: boolean;
  /** What keeps a held edit from being submitted. */
  problemCount: number;
  onRetry: () => void;
}) {
  const { t, locale } = useI18n();
  const { text, tone, retry } = statusOf(sync, submitted, problemCount, t, locale);
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap>
      <div role="status" aria-live="polite" data-sync-phase={sync.sync.phase}>
        <Text size="small" color={tone}>
          {text}
        </Text>
      </div>
      {retry ? (
        <Button appearance="subtle" spacing="compact" onClick={onRetry}>
          {t('ui.survey.autosave.retryNow')}
        </Button>
      ) : null}
    </Inline>
  );
}
