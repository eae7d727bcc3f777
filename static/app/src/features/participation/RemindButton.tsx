/**
 * A buyer's reminder through Confluence (issue 18): raises the page banner of customers of their own portfolio
 * ("Grace Okafor asked you to answer"). Says what happened in a live region, or the server's real reason.
 */
import { useState } from 'react';
import Button from '@atlaskit/button/default/button';
import type { UserRef } from '@shared/contract/common';
import { call } from '../../api/call';
import { describeError } from '../../api/errors';
import { useI18n } from '../../app/i18n';

/** One call names at most this many people (the server's MAX_REMINDED). */
const PER_CALL = 24;

export function useRemind(campaignId: string, onReminded: () => void) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ key: string; text: string } | null>(null);
  const remind = async (key: string, people: readonly UserRef[]) => {
    setBusy(true);
    let reminded = 0;
    for (let i = 0; i < people.length; i += PER_CALL) {
      const chunk = people.slice(i, i + PER_CALL);
      const answer = await call('reminders/remind', {
        campaignId,
        accountIds: chunk.map((p) => p.accountId),
      });
      if (!answer.ok) {
        setNotice({ key, text: describeError(answer.error, t) });
        setBusy(false);
        if (reminded > 0) onReminded();
        return;
      }
      reminded += answer.data.reminded;
    }
    setNotice({
      key,
      text:
        people.length === 1
          ? t('ui.participation.remindedOne', { name: people[0]!.displayName })
          : t('ui.participation.remindedMany', { count: reminded }),
    });
    setBusy(false);
    onReminded();
  };
  return { busy, notice, remind };
}

export function RemindButton({
  label,
  name,
  busy,
  onClick,
}: {
  label: string;
  /** The accessible name, when the visible label alone would not say whom. */
  name?: string;
  busy: boolean;
  onClick: () => void;
}) {
  return (
    <Button appearance="subtle" spacing="compact" isDisabled={busy} onClick={onClick} aria-label={name}>
      {label}
    </Button>
  );
}
